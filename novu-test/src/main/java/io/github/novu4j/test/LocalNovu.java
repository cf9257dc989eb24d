package io.github.novu4j.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.webhooks.NovuWebhookSigner;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local Novu for tests: an HTTP server on a loopback port the OS assigns, with in-memory state, answering
 * in Novu's real wire format (the {@code {"data": ...}} envelope, statuses, error bodies, page limits).
 * Nothing is delivered and nothing leaves the machine.
 *
 * <pre>{@code
 * try (LocalNovu novu = LocalNovu.start()) {
 *     NovuClient client = novu.client();
 *     client.trigger(TriggerRequest.builder("order-placed").to("customer-1").build());
 *     LocalNovuAssertions.assertThat(novu).hasTriggered("order-placed").to("customer-1");
 * }
 * }</pre>
 *
 * <p><b>Stateful</b> (they change and read the in-memory state): {@code GET /v1/environments/me}; triggers
 * (single, bulk, broadcast, cancel); v1 subscribers (create = upsert, bulk create, retrieve, update, delete,
 * list), their in-app feed, unseen count, {@code mark-as} and {@code mark-all}; v2 subscribers (create,
 * retrieve, patch, delete, search); v1 topics (create, retrieve, rename, delete, list, assign, remove,
 * membership) and v2 topics (create, get, update, delete, list, subscriptions list/create/delete); a
 * subscriber's credentials, online status, preferences (v1 and v2) and topic subscriptions; the Framework
 * bridge sync ({@link #syncBridge(URI)}) and the runs of code-first workflows; messages, notifications, execution
 * details and the v2 Inbox over the same in-app messages; integrations, workflow groups, environments and their
 * variables, agents, channel connections and endpoints, domains, v2 workflows, layouts, contexts and translations.
 * Calls that would reach an outside system (DNS, OAuth, a provider) answer realistic canned bodies. Every
 * operation of the client is answered; a path it does not know answers 404 in Novu's error shape.
 *
 * <p>Checked on every request, as Novu does: {@code Authorization: ApiKey <key>} (401 otherwise, with
 * Novu's three messages), the rate limits ({@link RateLimits}; generous by default, with the {@code RateLimit-*}
 * headers on every answer), the request against Novu's OpenAPI documents (422 {@code Validation Error}; see
 * {@link #validateRequests(boolean)}), the body limit (100 kB, 20 MB on {@code /v1/events/*}; 413 above) and
 * {@code Idempotency-Key} on POST and PATCH (same key and body: the first answer replayed with
 * {@code Idempotency-Replay: true}; another body: 422; still in flight: 409).
 *
 * <p>Every request is recorded ({@link #requests()}), every accepted event too ({@link #triggers()}).
 * {@link #faults()} plays failures; {@link #reset()} forgets everything between tests. Thread-safe.
 */
public final class LocalNovu implements AutoCloseable {

	/** The API key a local Novu started with {@link #start()} accepts. */
	public static final String DEFAULT_API_KEY = "local-novu-test-key";

	private static final Logger logger = LoggerFactory.getLogger(LocalNovu.class);

	private static final int BODY_LIMIT = 100 * 1024;

	private static final int EVENTS_BODY_LIMIT = 20 * 1024 * 1024;

	/** Before the first attempt and each retry: Novu's schedule (0, 5 s, 5 min, ...) shortened for a test. */
	private static final long[] WEBHOOK_RETRY_DELAYS_MS = { 50, 200, 500, 1000 };

	private final JsonMapper json = JsonMapper.builder().build();

	private final String apiKey;

	private final HttpServer server;

	private final ExecutorService executor;

	private final NovuState state;

	private final Faults faults = new Faults();

	private final List<ReceivedRequest> requests = new CopyOnWriteArrayList<>();

	private final List<Trigger> triggers = new CopyOnWriteArrayList<>();

	private final List<WebhookDelivery> webhooks = new CopyOnWriteArrayList<>();

	private final List<Answer> answers = new CopyOnWriteArrayList<>();

	private final Map<String, IdempotentCall> idempotentCalls = new ConcurrentHashMap<>();

	private final HttpClient webhookClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private volatile @Nullable WebhookTarget webhookTarget;

	private volatile @Nullable NovuClient client;

	private final RateLimits.Buckets rateLimits = new RateLimits.Buckets();

	private volatile boolean validateRequests;

	/** What {@link #reset()} restores: the builder's settings. */
	private final boolean defaultValidateRequests;

	private final RateLimits defaultRateLimits;

	private LocalNovu(HttpServer server, Builder settings) {
		this.server = server;
		this.apiKey = settings.apiKey;
		this.defaultValidateRequests = settings.validateRequests;
		this.defaultRateLimits = settings.rateLimits;
		this.validateRequests = settings.validateRequests;
		this.rateLimits.configure(settings.rateLimits);
		this.state = new NovuState(this.json, this::triggered);
		this.state.bridge().secretKey(this.apiKey);
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
	 * Starts a local Novu on a free loopback port that accepts the key {@value #DEFAULT_API_KEY}.
	 * @return the running local Novu; {@link #close()} stops it
	 */
	public static LocalNovu start() {
		return start(DEFAULT_API_KEY);
	}

	/**
	 * Starts a local Novu on a free loopback port.
	 * @param apiKey the only API key it accepts (any other answers 401 {@code API Key not found})
	 * @return the running local Novu; {@link #close()} stops it
	 */
	public static LocalNovu start(String apiKey) {
		return builder().apiKey(apiKey).start();
	}

	/**
	 * A builder for a local Novu with other settings than {@link #start()}'s, e.g.
	 * {@code LocalNovu.builder().validateRequests(false).rateLimits(RateLimits.freeTier()).start()}.
	 * @return a builder with the defaults: key {@value #DEFAULT_API_KEY}, requests validated, generous rate limits
	 */
	public static Builder builder() {
		return new Builder();
	}

	private static LocalNovu start(Builder settings) {
		try {
			return new LocalNovu(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0), settings);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the local Novu", ex);
		}
	}

	/** @return the base URL to give a Novu client, e.g. {@code http://127.0.0.1:41234} */
	public String baseUrl() {
		return "http://" + this.server.getAddress().getAddress().getHostAddress() + ":" + port();
	}

	/** @return the port the local Novu listens on */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/** @return the API key the local Novu accepts */
	public String apiKey() {
		return this.apiKey;
	}

	/**
	 * A client pointed at this local Novu with its key, the client's default settings otherwise (retries
	 * included). Built once; build your own with {@link #baseUrl()} and {@link #apiKey()} for other settings.
	 * @return the client
	 */
	public NovuClient client() {
		NovuClient current = this.client;
		if (current == null) {
			synchronized (this) {
				current = this.client;
				if (current == null) {
					current = NovuClient.builder().apiKey(this.apiKey).baseUrl(baseUrl()).build();
					this.client = current;
				}
			}
		}
		return current;
	}

	/** @return the faults to play; cleared by {@link #reset()} */
	public Faults faults() {
		return this.faults;
	}

	/** @return every request received so far, oldest first */
	public List<ReceivedRequest> requests() {
		return List.copyOf(this.requests);
	}

	/** @return every event accepted so far (single, bulk items and broadcasts), oldest first */
	public List<Trigger> triggers() {
		return List.copyOf(this.triggers);
	}

	/** @return every webhook delivery posted so far, oldest first, with the status of its last attempt */
	public List<WebhookDelivery> webhooks() {
		return List.copyOf(this.webhooks);
	}

	/**
	 * @param subscriberId the subscriber's id
	 * @return the subscriber as stored (the wire format's fields, without {@code null}s), or empty
	 */
	public Optional<Map<String, Object>> subscriber(String subscriberId) {
		Objects.requireNonNull(subscriberId, "subscriberId");
		synchronized (this.state) {
			return Optional.ofNullable(this.state.subscriber(subscriberId));
		}
	}

	/**
	 * @param key the topic's key
	 * @return the topic as stored ({@code _id}, {@code key}, {@code name}, {@code subscribers}: the member ids),
	 * or empty
	 */
	public Optional<Map<String, Object>> topic(String key) {
		Objects.requireNonNull(key, "key");
		synchronized (this.state) {
			return Optional.ofNullable(this.state.topic(key));
		}
	}

	/**
	 * @param subscriberId the subscriber's id
	 * @return the subscriber's in-app messages, oldest first, as stored
	 */
	public List<Map<String, Object>> messages(String subscriberId) {
		Objects.requireNonNull(subscriberId, "subscriberId");
		synchronized (this.state) {
			return this.state.messagesOf(subscriberId);
		}
	}

	/**
	 * Makes a workflow behave as one with a delay step: its triggers are accepted but wait (no in-app
	 * message) until {@link #releaseDelayed()}, and {@code DELETE /v1/events/trigger/{transactionId}} cancels
	 * them (answering {@code true}). Other workflows deliver at once, so there is nothing to cancel.
	 * @param workflow the workflow's trigger identifier
	 */
	public void delayWorkflow(String workflow) {
		Objects.requireNonNull(workflow, "workflow");
		synchronized (this.state) {
			this.state.delayWorkflow(workflow);
		}
	}

	/**
	 * Ends every delay: each waiting, not cancelled trigger creates its in-app messages now.
	 * @return how many notifications were released
	 */
	public int releaseDelayed() {
		synchronized (this.state) {
			return this.state.releaseDelayed();
		}
	}

	/**
	 * Plays Novu's {@code POST /v1/bridge/sync} for a Framework bridge (the same as that route): makes a signed
	 * {@code GET <bridgeUrl>?action=discover} with this local Novu's API key as the environment's secret key, stores
	 * the discovered workflows and forgets the ones synced earlier that the bridge no longer serves. From then on, a
	 * trigger of a synced workflow runs it on the bridge, step by step, with signed {@code execute} requests
	 * ({@link #bridgeExecutions()}); its in-app steps put the rendered message in the subscriber's feed. The
	 * bridge must be reachable now, e.g. {@code http://127.0.0.1:8080/api/novu}.
	 * @param bridgeUrl the bridge's URL
	 * @return the ids of the synced workflows, in the bridge's order
	 * @throws IllegalStateException when the bridge is unreachable or does not answer the discover with 200
	 */
	public List<String> syncBridge(URI bridgeUrl) {
		Objects.requireNonNull(bridgeUrl, "bridgeUrl");
		if (BridgeWorker.httpUri(bridgeUrl.toString()) == null) {
			throw new IllegalArgumentException("bridgeUrl must be an absolute http(s) URL: " + bridgeUrl);
		}
		this.state.bridge().sync(bridgeUrl);
		return this.state.bridge().syncedWorkflows();
	}

	/** @return the ids of the code-first workflows synced from a bridge, empty before a sync */
	public List<String> syncedWorkflows() {
		return this.state.bridge().syncedWorkflows();
	}

	/**
	 * @return every step of a synced workflow run so far, oldest first: what the bridge rendered, skipped or failed
	 * (a failing bridge is recorded here; the trigger itself was accepted)
	 */
	public List<BridgeExecution> bridgeExecutions() {
		return this.state.bridge().executions();
	}

	/**
	 * Switches the check of every request against Novu's OpenAPI documents on or off (on by default; a request
	 * the documents forbid is answered 422 {@code Validation Error}, as Novu does). Switch it off if your tests
	 * send something the documents forbid but your Novu accepts. {@link #reset()} restores the setting it was
	 * started with ({@link Builder#validateRequests(boolean)}, on by default).
	 * @param enabled whether requests are checked
	 * @return this local Novu
	 */
	public LocalNovu validateRequests(boolean enabled) {
		this.validateRequests = enabled;
		return this;
	}

	/**
	 * Sets the rate limits it plays (default {@link RateLimits#generous()}, which no test reaches); the buckets
	 * start full. {@link #reset()} restores the limits it was started with ({@link Builder#rateLimits}).
	 * @param limits the limits, e.g. {@code RateLimits.of(5, 5, 5)} or {@link RateLimits#freeTier()}
	 * @return this local Novu
	 */
	public LocalNovu rateLimits(RateLimits limits) {
		this.rateLimits.configure(Objects.requireNonNull(limits, "limits"));
		return this;
	}

	/**
	 * Forgets everything: stored subscribers, topics, notifications and messages, the other stored resources
	 * (integrations, agents, domains, ...), delayed workflows, recorded requests, triggers, webhook deliveries and
	 * bridge executions, idempotency keys and faults. The port, the key,
	 * the webhook endpoint and the synced bridge stay; request validation and the rate limits come back to the
	 * settings it was started with.
	 */
	public void reset() {
		synchronized (this.state) {
			this.state.reset();
		}
		this.faults.clear();
		this.requests.clear();
		this.triggers.clear();
		this.webhooks.clear();
		this.answers.clear();
		this.idempotentCalls.clear();
		this.validateRequests = this.defaultValidateRequests;
		this.rateLimits.configure(this.defaultRateLimits);
	}

	/**
	 * Posts signed {@code message.*} webhooks to an endpoint after each accepted trigger, as Novu does for a
	 * webhook endpoint configured in its dashboard: per recipient, a {@code message.sent} then a
	 * {@code message.delivered}, or only a {@code message.failed} when the subscriber's email ends in
	 * {@code .invalid}. A delivery not answered
	 * 2xx is retried three more times, quickly, with the same {@code webhook-id}.
	 * @param endpoint the receiving URL, e.g. {@code http://127.0.0.1:8080/novu/webhooks}
	 * @param secret the endpoint's signing secret ({@code whsec_...}), the one the receiver verifies with
	 */
	public void sendWebhooksTo(URI endpoint, String secret) {
		this.webhookTarget = new WebhookTarget(Objects.requireNonNull(endpoint, "endpoint"),
				new NovuWebhookSigner(Objects.requireNonNull(secret, "secret")));
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
			String trimmed = (path.length() > 1 && path.endsWith("/")) ? path.substring(0, path.length() - 1) : path;
			int limit = trimmed.startsWith("/v1/events/") ? EVENTS_BODY_LIMIT : BODY_LIMIT;
			byte[] bytes = readBody(exchange.getRequestBody(), limit);
			ReceivedRequest request = new ReceivedRequest(method, path, exchange.getRequestURI().getRawQuery(),
					headers(exchange), (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : "");
			this.requests.add(request);
			Fault fault = this.faults.take(method, path);
			if (fault != null && fault.kind() == Fault.Kind.DROP_CONNECTION) {
				// Closing the exchange without response headers closes the connection without an answer.
				return;
			}
			if (fault != null && fault.kind() == Fault.Kind.DELAY) {
				sleep(fault.duration().toMillis());
			}
			Reply reply;
			try {
				if (fault != null && fault.kind() == Fault.Kind.RATE_LIMITED) {
					reply = rateLimited(fault, path);
				}
				else if (fault != null && fault.kind() == Fault.Kind.SERVER_ERROR) {
					reply = serverError(fault.status(), path);
				}
				else if (bytes == null) {
					reply = Reply.error(413, "Payload Too Large", "request entity too large", path);
				}
				else {
					reply = answer(request, trimmed);
				}
			}
			catch (RuntimeException ex) {
				logger.error("Local Novu failed on {} {}", method, path, ex);
				reply = serverError(500, path);
			}
			this.answers.add(new Answer(request, reply.status(),
					(reply.body() != null) ? this.json.writeValueAsString(reply.body()) : ""));
			send(exchange, reply);
		}
	}

	/** @return every answer given so far with its request, oldest first (for this module's own tests) */
	List<Answer> answers() {
		return List.copyOf(this.answers);
	}

	private Reply answer(ReceivedRequest request, String path) {
		if (request.method().equals("GET") && path.equals("/v1/health-check")) {
			return Reply.wrapped(200, Map.of("status", "ok", "info", Map.of("apiVersion", "local")));
		}
		Reply unauthorized = IntegrationRoutes.isPublic(request.method(), path) ? null : authenticate(request);
		if (unauthorized != null) {
			return unauthorized;
		}
		// WIRE-FORMAT §6: the throttler runs after authentication, before everything else.
		RateLimits.Verdict verdict = this.rateLimits.take(path, cost(request.method(), path), System.nanoTime());
		Reply reply;
		if (!verdict.allowed()) {
			reply = Reply.error(429, null, "API rate limit exceeded", request.path())
				.withHeader("Retry-After", Long.toString(verdict.retryAfter()));
		}
		else {
			reply = idempotent(request, path);
		}
		for (Map.Entry<String, String> header : verdict.headers().entrySet()) {
			reply = reply.withHeader(header.getKey(), header.getValue());
		}
		return reply;
	}

	/** WIRE-FORMAT §6: a bulk trigger, a broadcast and a bulk subscriber create cost 100 tokens. */
	private static int cost(String method, String path) {
		return method.equals("POST") && (path.equals("/v1/events/trigger/bulk")
				|| path.equals("/v1/events/trigger/broadcast") || path.equals("/v1/subscribers/bulk")) ? 100 : 1;
	}

	private Reply idempotent(ReceivedRequest request, String path) {
		String key = request.header("Idempotency-Key");
		if (key == null || !(request.method().equals("POST") || request.method().equals("PATCH"))) {
			return route(request, path);
		}
		// WIRE-FORMAT §7.
		if (key.length() > 255) {
			return Reply.badRequest(request.path(), "Idempotency-Key must not be longer than 255 characters");
		}
		String fingerprint = request.method() + " " + path + " " + request.body();
		IdempotentCall call = new IdempotentCall(fingerprint);
		IdempotentCall earlier = this.idempotentCalls.putIfAbsent(key, call);
		if (earlier != null) {
			Reply stored = earlier.reply;
			if (!earlier.fingerprint.equals(fingerprint)) {
				return Reply.error(422, "Unprocessable Entity",
						"Request with key \"" + key + "\" is being reused for a different body", request.path());
			}
			if (stored == null) {
				return Reply.error(409, "Conflict", "Request with key \"" + key
						+ "\" is currently being processed. Please retry after 1 second", request.path())
					.withHeader("Retry-After", "1");
			}
			return stored.withHeader("Idempotency-Replay", "true");
		}
		try {
			Reply reply = route(request, path).withHeader("Idempotency-Key", key);
			call.reply = reply;
			return reply;
		}
		catch (RuntimeException ex) {
			this.idempotentCalls.remove(key, call);
			throw ex;
		}
	}

	private @Nullable Reply authenticate(ReceivedRequest request) {
		// WIRE-FORMAT §1: three messages, all 401.
		String authorization = request.header("Authorization");
		if (authorization == null || authorization.isBlank()) {
			return Reply.error(401, "Unauthorized", "Missing authorization header", request.path());
		}
		String[] scheme = authorization.trim().split(" ", 2);
		if (!scheme[0].equals("ApiKey")) {
			return Reply.error(401, "Unauthorized", "Invalid authentication scheme: \"" + scheme[0] + "\"",
					request.path());
		}
		if (scheme.length < 2 || !scheme[1].equals(this.apiKey)) {
			return Reply.error(401, "Unauthorized", "API Key not found", request.path());
		}
		return null;
	}

	private Reply route(ReceivedRequest request, String path) {
		Map<String, List<String>> query = query(request.query());
		if (this.validateRequests) {
			// WIRE-FORMAT §2 and WIRE-FORMAT-CURRENT §E: a DTO failure is 422 "Validation Error".
			List<String> problems = OpenApiRequests.problems(request.method(), path, query, request.body());
			if (problems != null && !problems.isEmpty()) {
				return Reply.validationError(request.path(), problems.toArray(String[]::new));
			}
		}
		JsonNode body = readJson(request.body());
		Reply reply;
		try {
			synchronized (this.state) {
				reply = this.state.answer(new NovuState.Request(request.method(), path, query, body, request));
			}
		}
		finally {
			// A trigger of a synced code-first workflow runs its steps now, before it is answered (BridgeWorker).
			this.state.bridge().runQueued();
		}
		if (reply == null) {
			return Reply.notFound("Cannot " + request.method() + " " + request.path(), request.path());
		}
		return reply;
	}

	private static Reply rateLimited(Fault fault, String path) {
		// WIRE-FORMAT §2 and §6: no "error" key; the rate-limit headers and Retry-After.
		long seconds = Math.max(1, fault.duration().toSeconds());
		return Reply.error(429, null, "API rate limit exceeded", path)
			.withHeader("Retry-After", Long.toString(seconds))
			.withHeader("RateLimit-Limit", "60")
			.withHeader("RateLimit-Remaining", "0")
			.withHeader("RateLimit-Reset", Long.toString(seconds))
			.withHeader("RateLimit-Policy", "60;w=5;burst=66;comment=\"token bucket\";category=\"trigger\"");
	}

	private static Reply serverError(int status, String path) {
		if (status == 500) {
			return Reply.error(500, "Internal Server Error", "Internal server error", path)
				.with("errorId", UUID.randomUUID().toString());
		}
		return Reply.error(status, (status == 503) ? "Service Unavailable" : "Server Error",
				(status == 503) ? "Service Unavailable" : "Server error " + status, path);
	}

	private void triggered(Trigger trigger) {
		this.triggers.add(trigger);
		scheduleWebhooks(trigger);
	}

	private @Nullable JsonNode readJson(String body) {
		if (body.isBlank()) {
			return null;
		}
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private void send(HttpExchange exchange, Reply reply) throws IOException {
		reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
		if (reply.body() == null) {
			exchange.sendResponseHeaders(reply.status(), -1);
			return;
		}
		// A reply that names its own Content-Type (the OAuth callback's HTML) carries its text as it is.
		boolean text = reply.body() instanceof String && reply.headers().containsKey("Content-Type");
		byte[] bytes = text ? ((String) reply.body()).getBytes(StandardCharsets.UTF_8)
				: this.json.writeValueAsBytes(reply.body());
		if (!text) {
			exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		}
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

	private static Map<String, List<String>> query(@Nullable String rawQuery) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return query;
		}
		for (String pair : rawQuery.split("&")) {
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = (equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			query.computeIfAbsent(name, (n) -> new ArrayList<>()).add(value);
		}
		return query;
	}

	/** @return the body, or {@code null} when it is longer than the limit */
	private static byte @Nullable [] readBody(InputStream in, int limit) throws IOException {
		byte[] bytes = in.readNBytes(limit + 1);
		if (bytes.length > limit) {
			in.transferTo(OutputStream.nullOutputStream());
			return null;
		}
		return bytes;
	}

	private void scheduleWebhooks(Trigger trigger) {
		WebhookTarget target = this.webhookTarget;
		if (target == null) {
			return;
		}
		for (Object recipient : trigger.to()) {
			if (recipient instanceof Map<?, ?> map && "Topic".equals(map.get("type"))) {
				continue;
			}
			String subscriberId = (recipient instanceof Map<?, ?> map) ? String.valueOf(map.get("subscriberId"))
					: String.valueOf(recipient);
			Object email = (recipient instanceof Map<?, ?> map) ? map.get("email") : null;
			boolean fails = (email instanceof String address) && address.endsWith(".invalid");
			// WIRE-FORMAT-CURRENT §G: message.sent when the provider took the message, then message.delivered;
			// a message the provider refused gives only message.failed. One message, so one _id for both.
			List<String> types = fails ? List.of("message.failed") : List.of("message.sent", "message.delivered");
			String messageId = NovuState.objectId();
			List<byte[]> bodies = new ArrayList<>();
			for (String type : types) {
				bodies.add(this.json.writeValueAsBytes(messageEvent(trigger, subscriberId, messageId, type)));
			}
			this.executor.execute(() -> {
				// In order: each event is delivered (or given up) before the next is sent.
				for (int i = 0; i < types.size(); i++) {
					String webhookId = "msg_" + UUID.randomUUID().toString().replace("-", "");
					deliver(target, webhookId, bodies.get(i), types.get(i), trigger.transactionId());
				}
			});
		}
	}

	private Map<String, Object> messageEvent(Trigger trigger, String subscriberId, String messageId, String type) {
		boolean fails = type.equals("message.failed");
		String now = Instant.now().toString();
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("_id", messageId);
		message.put("subscriberId", subscriberId);
		message.put("transactionId", trigger.transactionId());
		message.put("templateIdentifier", trigger.workflow());
		message.put("channel", "email");
		message.put("providerId", "local-novu");
		message.put("status", fails ? "error" : type.equals("message.delivered") ? "delivered" : "sent");
		message.put("createdAt", now);
		message.put("updatedAt", now);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("object", message);
		if (fails) {
			message.put("errorText", "Mailbox does not exist");
			data.put("error", Map.of("message", "Mailbox does not exist"));
		}
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("id", "evt_" + NovuState.objectId());
		event.put("type", type);
		event.put("object", "message");
		event.put("data", data);
		event.put("timestamp", now);
		event.put("environmentId", this.state.environment().get("identifier"));
		return event;
	}

	private void deliver(WebhookTarget target, String webhookId, byte[] body, String type, String transactionId) {
		int status = 0;
		for (long delay : WEBHOOK_RETRY_DELAYS_MS) {
			sleep(delay);
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
				logger.debug("Local Novu: webhook {} to {} failed: {}", webhookId, target.endpoint(), ex.toString());
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
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Settings of a local Novu to start; {@link LocalNovu#reset()} comes back to them. */
	public static final class Builder {

		private String apiKey = DEFAULT_API_KEY;

		private boolean validateRequests = true;

		private RateLimits rateLimits = RateLimits.generous();

		private Builder() {
		}

		/**
		 * @param apiKey the only API key it accepts (any other answers 401 {@code API Key not found})
		 * @return this builder
		 */
		public Builder apiKey(String apiKey) {
			Objects.requireNonNull(apiKey, "apiKey");
			if (apiKey.isBlank()) {
				throw new IllegalArgumentException("apiKey must not be blank");
			}
			this.apiKey = apiKey;
			return this;
		}

		/**
		 * @param validateRequests whether every request is checked against Novu's OpenAPI documents (default
		 * {@code true}; see {@link LocalNovu#validateRequests(boolean)})
		 * @return this builder
		 */
		public Builder validateRequests(boolean validateRequests) {
			this.validateRequests = validateRequests;
			return this;
		}

		/**
		 * @param rateLimits the rate limits it plays (default {@link RateLimits#generous()})
		 * @return this builder
		 */
		public Builder rateLimits(RateLimits rateLimits) {
			this.rateLimits = Objects.requireNonNull(rateLimits, "rateLimits");
			return this;
		}

		/** @return the running local Novu, on a free loopback port; {@link LocalNovu#close()} stops it */
		public LocalNovu start() {
			return LocalNovu.start(this);
		}

		@Override
		public String toString() {
			return "LocalNovu.Builder{validateRequests=" + this.validateRequests + ", rateLimits=" + this.rateLimits + "}";
		}

	}

	/** An answer the local Novu gave: the request, the status and the body as sent (empty for none). */
	record Answer(ReceivedRequest request, int status, String body) {
	}

	private static final class IdempotentCall {

		final String fingerprint;

		volatile @Nullable Reply reply;

		IdempotentCall(String fingerprint) {
			this.fingerprint = fingerprint;
		}

	}

	private record WebhookTarget(URI endpoint, NovuWebhookSigner signer) {

		@Override
		public String toString() {
			return "WebhookTarget{" + this.endpoint + "}";
		}

	}

}
