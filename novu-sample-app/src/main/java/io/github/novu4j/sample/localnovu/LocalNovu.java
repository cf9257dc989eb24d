package io.github.novu4j.sample.localnovu;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.novu4j.client.webhooks.NovuWebhookSigner;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for the Novu API: an HTTP server on a loopback port the OS assigns, answering in
 * Novu's real wire format (the {@code {"data": ...}} envelope, status codes, error bodies), so an
 * application runs and can be tested without a Novu account or network. Nothing is delivered.
 *
 * <p>Routes: {@code POST /v1/events/trigger}, {@code POST /v1/events/trigger/bulk},
 * {@code POST /v1/events/trigger/broadcast}, {@code DELETE /v1/events/trigger/{transactionId}} and
 * {@code GET /v1/environments/me}. Any other route answers 404, and a request without
 * {@code Authorization: ApiKey <key>} answers 401, as Novu does. Any key is accepted.
 *
 * <p>Every request is recorded ({@link #requests()}), and every triggered event with it
 * ({@link #triggers()}), for tests to assert on.
 *
 * <pre>{@code
 * try (LocalNovu novu = LocalNovu.start()) {
 *     NovuClient client = NovuClient.builder().apiKey("any").baseUrl(novu.baseUrl()).build();
 *     client.trigger(...);
 *     assertThat(novu.triggers()).extracting(LocalNovu.Trigger::workflow).containsExactly("order-placed");
 * }
 * }</pre>
 *
 * <p>After {@link #sendWebhooksTo(URI, String)}, it also plays Novu's outbound webhooks: shortly after each
 * accepted trigger (single or bulk) it posts, per recipient, a signed {@code message.delivered} to the given
 * endpoint, or a {@code message.failed} when the recipient's email ends in {@code .invalid}. Like Novu, it
 * retries a delivery that is not answered 2xx (three more times, quickly), keeping the same
 * {@code webhook-id}. Sent deliveries are recorded ({@link #webhooks()}).
 *
 * Self-contained (the JDK's HTTP server and Jackson), thread-safe.
 */
public final class LocalNovu implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(LocalNovu.class);

	private static final String TRIGGER = "/v1/events/trigger";

	private static final String TRIGGER_PREFIX = TRIGGER + "/";

	/** Before the first attempt and each retry: Novu's schedule (0, 5 s, 5 min, ...) shortened for a local run. */
	private static final long[] WEBHOOK_RETRY_DELAYS_MS = { 50, 200, 500, 1000 };

	private final JsonMapper json = JsonMapper.builder().build();

	private final List<ReceivedRequest> requests = new CopyOnWriteArrayList<>();

	private final List<Trigger> triggers = new CopyOnWriteArrayList<>();

	private final Map<String, Object> environment;

	private final HttpServer server;

	private final ExecutorService executor;

	private final List<WebhookDelivery> webhooks = new CopyOnWriteArrayList<>();

	private final HttpClient webhookClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private volatile @Nullable WebhookTarget webhookTarget;

	private LocalNovu(HttpServer server) {
		this.server = server;
		String organizationId = objectId();
		this.environment = new LinkedHashMap<>();
		this.environment.put("_id", objectId());
		this.environment.put("name", "Local stand-in");
		this.environment.put("_organizationId", organizationId);
		this.environment.put("identifier", "local-" + objectId().substring(0, 8));
		this.environment.put("_parentId", objectId());
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "local-novu-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		server.setExecutor(this.executor);
		server.createContext("/", this::handle);
		server.start();
	}

	/**
	 * Starts a stand-in on a free loopback port.
	 * @return the running stand-in; {@link #close()} stops it
	 */
	public static LocalNovu start() {
		try {
			return new LocalNovu(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the local Novu stand-in", ex);
		}
	}

	/** @return the base URL to give the Novu client, e.g. {@code http://127.0.0.1:41234} */
	public String baseUrl() {
		return "http://" + this.server.getAddress().getAddress().getHostAddress() + ":" + port();
	}

	/** @return the port the stand-in listens on */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/** @return every request received so far, oldest first */
	public List<ReceivedRequest> requests() {
		return List.copyOf(this.requests);
	}

	/** @return every event triggered so far (single, bulk and broadcast), oldest first */
	public List<Trigger> triggers() {
		return List.copyOf(this.triggers);
	}

	/** Forgets the recorded requests, triggers and webhook deliveries. */
	public void reset() {
		this.requests.clear();
		this.triggers.clear();
		this.webhooks.clear();
	}

	/**
	 * Posts signed {@code message.*} webhooks to an endpoint after each accepted trigger, as Novu does for a
	 * webhook endpoint configured in its dashboard.
	 * @param endpoint the receiving URL, e.g. {@code http://127.0.0.1:8080/novu/webhooks}
	 * @param secret the endpoint's signing secret ({@code whsec_...}), the one the receiver verifies with
	 */
	public void sendWebhooksTo(URI endpoint, String secret) {
		this.webhookTarget = new WebhookTarget(endpoint, new NovuWebhookSigner(secret));
	}

	/** @return every webhook delivery posted so far, oldest first, with the status of its last attempt */
	public List<WebhookDelivery> webhooks() {
		return List.copyOf(this.webhooks);
	}

	/** Stops the server. */
	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	@Override
	public String toString() {
		return "LocalNovu{baseUrl=" + baseUrl() + "}";
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
			String path = exchange.getRequestURI().getRawPath();
			ReceivedRequest request = new ReceivedRequest(method, path, exchange.getRequestURI().getRawQuery(),
					headers(exchange), readBody(exchange.getRequestBody()));
			this.requests.add(request);
			Reply reply;
			try {
				reply = answer(request);
			}
			catch (RuntimeException ex) {
				logger.error("Local Novu stand-in failed on {} {}", method, path, ex);
				reply = error(500, "Internal Server Error", "Internal server error", path)
					.with("errorId", UUID.randomUUID().toString());
			}
			send(exchange, reply);
		}
	}

	private Reply answer(ReceivedRequest request) {
		String authorization = request.header("Authorization");
		if (authorization == null || authorization.isBlank()) {
			return error(401, "Unauthorized", "Missing authorization header", request.path());
		}
		String[] scheme = authorization.trim().split(" ", 2);
		if (!scheme[0].equals("ApiKey") || scheme.length < 2 || scheme[1].isBlank()) {
			return error(401, "Unauthorized", "Invalid authentication scheme: \"" + scheme[0] + "\"", request.path());
		}
		String path = stripTrailingSlash(request.path());
		return switch (request.method() + " " + path) {
			case "POST " + TRIGGER -> triggerOne(request, false);
			case "POST " + TRIGGER + "/bulk" -> triggerBulk(request);
			case "POST " + TRIGGER + "/broadcast" -> triggerOne(request, true);
			case "GET /v1/environments/me" -> new Reply(200, Map.of("data", this.environment));
			default -> {
				if (request.method().equals("DELETE") && path.startsWith(TRIGGER_PREFIX)
						&& path.indexOf('/', TRIGGER_PREFIX.length()) < 0) {
					// Nothing waits in a delay or digest here, so there is never anything to cancel.
					yield new Reply(200, Map.of("data", false));
				}
				yield error(404, "Not Found", "Cannot " + request.method() + " " + request.path(), request.path());
			}
		};
	}

	private Reply triggerOne(ReceivedRequest request, boolean broadcast) {
		JsonNode body = readJson(request);
		List<String> problems = eventProblems(body, broadcast);
		if (!problems.isEmpty()) {
			return error(400, "Bad Request", problems, request.path());
		}
		return new Reply(201, Map.of("data", accept(body, request)));
	}

	private Reply triggerBulk(ReceivedRequest request) {
		JsonNode body = readJson(request);
		JsonNode events = (body != null) ? body.get("events") : null;
		if (events == null || !events.isArray() || events.isEmpty() || events.size() > 100) {
			return error(400, "Bad Request", List.of("events must contain between 1 and 100 elements"),
					request.path());
		}
		for (JsonNode event : events) {
			List<String> problems = eventProblems(event, false);
			if (!problems.isEmpty()) {
				return error(400, "Bad Request", problems, request.path());
			}
		}
		List<Map<String, Object>> results = new ArrayList<>();
		for (JsonNode event : events) {
			if (event.get("payload") == null || !event.get("payload").isObject()) {
				// As Novu: a bulk event without payload fails on its own, the others go through.
				Map<String, Object> failed = new LinkedHashMap<>();
				failed.put("acknowledged", true);
				failed.put("status", "error");
				failed.put("error", List.of("payload is required for bulk trigger events"));
				failed.put("transactionId", transactionId(event));
				results.add(failed);
			}
			else {
				results.add(accept(event, request));
			}
		}
		return new Reply(201, Map.of("data", results));
	}

	private static List<String> eventProblems(@Nullable JsonNode event, boolean broadcast) {
		List<String> problems = new ArrayList<>();
		if (event == null || !event.isObject()) {
			return List.of("body must be a JSON object");
		}
		JsonNode name = event.get("name");
		if (name == null || !name.isString() || name.asString().isBlank()) {
			problems.add("name should not be empty");
		}
		if (broadcast) {
			if (event.get("payload") == null || !event.get("payload").isObject()) {
				problems.add("payload must be an object");
			}
		}
		else {
			JsonNode to = event.get("to");
			if (to == null || to.isNull() || (to.isArray() && to.isEmpty())) {
				problems.add("to should not be empty");
			}
		}
		return problems;
	}

	private Map<String, Object> accept(JsonNode event, ReceivedRequest request) {
		String transactionId = transactionId(event);
		Trigger trigger = new Trigger(event.get("name").asString(), recipients(event.get("to")),
				toMap(event.get("payload")), transactionId, request);
		this.triggers.add(trigger);
		scheduleWebhooks(trigger);
		logger.debug("Local Novu stand-in: '{}' triggered for {}, transactionId {}", trigger.workflow(),
				trigger.to(), transactionId);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("acknowledged", true);
		result.put("status", "processed");
		result.put("transactionId", transactionId);
		return result;
	}

	private static String transactionId(JsonNode event) {
		JsonNode given = event.get("transactionId");
		return (given != null && given.isString() && !given.asString().isBlank()) ? given.asString()
				: UUID.randomUUID().toString();
	}

	private List<Object> recipients(@Nullable JsonNode to) {
		if (to == null || to.isNull()) {
			return List.of();
		}
		// Novu takes one recipient or an array of them.
		List<Object> recipients = new ArrayList<>();
		if (to.isArray()) {
			to.forEach((recipient) -> recipients.add(this.json.treeToValue(recipient, Object.class)));
		}
		else {
			recipients.add(this.json.treeToValue(to, Object.class));
		}
		return List.copyOf(recipients);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> toMap(@Nullable JsonNode node) {
		return (node != null && node.isObject()) ? this.json.treeToValue(node, Map.class) : Map.of();
	}

	private @Nullable JsonNode readJson(ReceivedRequest request) {
		if (request.body().isBlank()) {
			return null;
		}
		try {
			return this.json.readTree(request.body());
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static Reply error(int status, String error, Object message, String path) {
		// Novu's error body (WIRE-FORMAT §2); message is a list for validation failures.
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("statusCode", status);
		body.put("message", message);
		body.put("error", error);
		body.put("timestamp", Instant.now().toString());
		body.put("path", path);
		return new Reply(status, body);
	}

	private void send(HttpExchange exchange, Reply reply) throws IOException {
		byte[] bytes = this.json.writeValueAsBytes(reply.body());
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(reply.status(), bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static Map<String, List<String>> headers(HttpExchange exchange) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders()
			.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
		return headers;
	}

	private static String readBody(InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.UTF_8);
	}

	private static String stripTrailingSlash(String path) {
		return (path.length() > 1 && path.endsWith("/")) ? path.substring(0, path.length() - 1) : path;
	}

	private void scheduleWebhooks(Trigger trigger) {
		WebhookTarget target = this.webhookTarget;
		if (target == null) {
			return;
		}
		for (Object recipient : trigger.to()) {
			String subscriberId = (recipient instanceof Map<?, ?> map) ? String.valueOf(map.get("subscriberId"))
					: String.valueOf(recipient);
			Object email = (recipient instanceof Map<?, ?> map) ? map.get("email") : null;
			boolean fails = (email instanceof String address) && address.endsWith(".invalid");
			byte[] body = this.json.writeValueAsBytes(messageEvent(trigger, subscriberId, fails));
			String webhookId = "msg_" + UUID.randomUUID().toString().replace("-", "");
			this.executor.execute(() -> deliver(target, webhookId, body, fails ? "message.failed" : "message.delivered",
					trigger.transactionId()));
		}
	}

	private Map<String, Object> messageEvent(Trigger trigger, String subscriberId, boolean fails) {
		String now = Instant.now().toString();
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("_id", objectId());
		message.put("subscriberId", subscriberId);
		message.put("transactionId", trigger.transactionId());
		message.put("templateIdentifier", trigger.workflow());
		message.put("channel", "email");
		message.put("providerId", "local-stand-in");
		message.put("status", fails ? "error" : "sent");
		message.put("createdAt", now);
		message.put("updatedAt", now);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("object", message);
		if (fails) {
			message.put("errorText", "Mailbox does not exist");
			data.put("error", Map.of("message", "Mailbox does not exist"));
		}
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("id", "evt_" + objectId());
		event.put("type", fails ? "message.failed" : "message.delivered");
		event.put("object", "message");
		event.put("data", data);
		event.put("timestamp", now);
		event.put("environmentId", this.environment.get("identifier"));
		return event;
	}

	private void deliver(WebhookTarget target, String webhookId, byte[] body, String type, String transactionId) {
		int status = 0;
		for (int attempt = 0; attempt < WEBHOOK_RETRY_DELAYS_MS.length; attempt++) {
			sleep(WEBHOOK_RETRY_DELAYS_MS[attempt]);
			HttpRequest.Builder request = HttpRequest.newBuilder(target.endpoint())
				.timeout(Duration.ofSeconds(15))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body));
			target.signer().headers(webhookId, Instant.now(), body).forEach(request::header);
			try {
				status = this.webhookClient.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
			}
			catch (IOException ex) {
				status = 0;
				logger.debug("Local Novu stand-in: webhook {} to {} failed: {}", webhookId, target.endpoint(), ex.toString());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			if (status >= 200 && status < 300) {
				break;
			}
		}
		this.webhooks.add(new WebhookDelivery(webhookId, type, transactionId, status));
		logger.debug("Local Novu stand-in: webhook {} ({}, transaction {}) answered {}", webhookId, type, transactionId,
				status);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String objectId() {
		byte[] bytes = new byte[12];
		ThreadLocalRandom.current().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * A request the stand-in received.
	 *
	 * @param method the HTTP method
	 * @param path the raw (still encoded) path
	 * @param query the raw query, or {@code null}
	 * @param headers the headers, names in lower case
	 * @param body the body as text
	 */
	public record ReceivedRequest(String method, String path, @Nullable String query,
			Map<String, List<String>> headers, String body) {

		/**
		 * @param name a header name, in any case
		 * @return the header's first value, or {@code null}
		 */
		public @Nullable String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (values == null || values.isEmpty()) ? null : values.get(0);
		}

		@Override
		public String toString() {
			// Not the headers: they hold the API key.
			return this.method + " " + this.path;
		}

	}

	/**
	 * An event the stand-in accepted.
	 *
	 * @param workflow the workflow's trigger identifier ({@code name})
	 * @param to the recipients as plain Java values: subscriber id strings, subscriber or topic maps;
	 * empty for a broadcast
	 * @param payload the payload, empty if none
	 * @param transactionId the transaction id the stand-in answered
	 * @param request the request that carried it
	 */
	public record Trigger(String workflow, List<Object> to, Map<String, Object> payload, String transactionId,
			ReceivedRequest request) {

	}

	/**
	 * A webhook delivery the stand-in posted.
	 *
	 * @param webhookId its {@code webhook-id}, the same on every attempt
	 * @param type the event type, e.g. {@code message.delivered}
	 * @param transactionId the transaction id of the trigger it is about
	 * @param status the HTTP status of the last attempt, 0 if there was no answer
	 */
	public record WebhookDelivery(String webhookId, String type, String transactionId, int status) {

	}

	private record WebhookTarget(URI endpoint, NovuWebhookSigner signer) {

		@Override
		public String toString() {
			return "WebhookTarget{" + this.endpoint + "}";
		}

	}

	private record Reply(int status, Map<String, Object> body) {

		Reply with(String name, Object value) {
			Map<String, Object> body = new LinkedHashMap<>(this.body);
			body.put(name, value);
			return new Reply(this.status, body);
		}

	}

}
