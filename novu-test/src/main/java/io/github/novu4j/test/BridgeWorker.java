package io.github.novu4j.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local Novu's part of Novu's worker for code-first workflows (FRAMEWORK-BRIDGE.md §1, §3, §4): it syncs a
 * bridge ({@code POST /v1/bridge/sync}: a signed {@code GET ?action=discover}, the discovered workflows upserted,
 * earlier synced ones no longer discovered deleted) and runs a trigger of a synced workflow step by step with
 * signed {@code POST ?action=execute} requests, passing each step's result to the next in {@code state[]}.
 *
 * <p>Digest, delay and throttle steps do not wait: a digest holds the one event, a delay has waited, a throttle
 * let it through. Steps run synchronously, after the state's lock is released and before the trigger is answered
 * ({@link #runQueued()}), so a test sees every step once the trigger call returns. The synced bridge lives under
 * the state's lock; executions are kept until {@link #reset()}.
 */
final class BridgeWorker {

	/**
	 * How long a bridge call may take. Novu gives up after 5 s (FRAMEWORK-BRIDGE.md §1); a test machine that is
	 * busy or runs the bridge's first, cold request may need longer, and a timeout here would fail a test for no
	 * fault of the code under test.
	 */
	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final JsonMapper json;

	private final NovuState state;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Map<String, SyncedWorkflow> workflows = new LinkedHashMap<>();

	private final List<BridgeExecution> executions = new CopyOnWriteArrayList<>();

	private final ThreadLocal<List<Run>> queued = ThreadLocal.withInitial(ArrayList::new);

	private volatile String secretKey = "";

	private @Nullable URI bridgeUrl;

	BridgeWorker(JsonMapper json, NovuState state) {
		this.json = json;
		this.state = state;
	}

	/** @param secretKey the key that signs bridge requests: the environment's secret key, the local Novu's API key */
	void secretKey(String secretKey) {
		this.secretKey = secretKey;
	}

	/** {@code POST /v1/bridge/sync?source=..} {@code {"bridgeUrl"}}. Called under the state's lock. */
	Reply syncRoute(NovuState.Request request) {
		JsonNode body = request.json();
		JsonNode url = (body != null) ? body.get("bridgeUrl") : null;
		URI bridgeUrl = (url != null && url.isString()) ? httpUri(url.asString()) : null;
		if (bridgeUrl == null) {
			return Reply.badRequest(request.path(), "bridgeUrl must be a URL address");
		}
		try {
			return Reply.wrapped(201, sync(bridgeUrl));
		}
		catch (BridgeSyncException ex) {
			return Reply.error(400, "Bad Request", ex.getMessage(), request.path());
		}
	}

	/**
	 * Discovers the bridge's workflows (signed), then upserts them and deletes earlier synced ones it no longer
	 * serves.
	 * @return the synced workflows, as the sync answers them
	 * @throws BridgeSyncException when the bridge is unreachable or does not answer a discover
	 */
	List<Map<String, @Nullable Object>> sync(URI bridgeUrl) {
		JsonNode discovered = discover(bridgeUrl);
		synchronized (this.state) {
			Map<String, SyncedWorkflow> previous = new LinkedHashMap<>(this.workflows);
			this.workflows.clear();
			List<Map<String, @Nullable Object>> answer = new ArrayList<>();
			for (JsonNode workflow : discovered.path("workflows")) {
				String id = workflow.path("workflowId").asString("");
				if (id.isEmpty()) {
					continue;
				}
				List<StepRef> steps = new ArrayList<>();
				for (JsonNode step : workflow.path("steps")) {
					steps.add(new StepRef(step.path("stepId").asString(""), step.path("type").asString("")));
				}
				List<String> tags = new ArrayList<>();
				workflow.path("tags").forEach((tag) -> tags.add(tag.asString()));
				SyncedWorkflow earlier = previous.get(id);
				SyncedWorkflow synced = new SyncedWorkflow((earlier != null) ? earlier.objectId() : NovuState.objectId(),
						id, workflow.path("name").asString(id), List.copyOf(tags), List.copyOf(steps));
				this.workflows.put(id, synced);
				answer.add(describe(synced));
			}
			this.bridgeUrl = bridgeUrl;
			return answer;
		}
	}

	/** @return the ids of the synced workflows, in discovery order */
	List<String> syncedWorkflows() {
		synchronized (this.state) {
			return List.copyOf(this.workflows.keySet());
		}
	}

	/**
	 * Queues a trigger's run for one subscriber when its workflow is synced; it runs at {@link #runQueued()} on
	 * this thread. Called under the state's lock.
	 * @return whether the workflow is a synced code-first workflow (then the bridge renders its messages)
	 */
	boolean enqueue(String workflowId, String notificationId, String transactionId, String subscriberId,
			@Nullable Map<String, ?> subscriber, Map<String, @Nullable Object> payload) {
		if (!this.workflows.containsKey(workflowId)) {
			return false;
		}
		Map<String, @Nullable Object> recipient = new LinkedHashMap<>();
		if (subscriber != null) {
			subscriber.forEach((key, value) -> {
				if (!key.startsWith("_")) {
					recipient.put(key, value);
				}
			});
		}
		recipient.put("subscriberId", subscriberId);
		this.queued.get().add(new Run(workflowId, notificationId, transactionId, subscriberId, recipient, payload));
		return true;
	}

	/** Runs what this thread queued, outside the state's lock (so a step may call the local Novu). */
	void runQueued() {
		List<Run> runs = new ArrayList<>(this.queued.get());
		this.queued.remove();
		for (Run run : runs) {
			run(run);
		}
	}

	/** @return every step run so far, in order */
	List<BridgeExecution> executions() {
		return List.copyOf(this.executions);
	}

	/** Forgets the executions; the synced bridge stays, like the port and the key. */
	void reset() {
		this.executions.clear();
	}

	private void run(Run run) {
		SyncedWorkflow workflow;
		URI url;
		synchronized (this.state) {
			workflow = this.workflows.get(run.workflowId());
			url = this.bridgeUrl;
		}
		if (workflow == null || url == null) {
			return;
		}
		List<Map<String, @Nullable Object>> earlier = new ArrayList<>();
		for (StepRef step : workflow.steps()) {
			String jobId = NovuState.objectId();
			Map<String, @Nullable Object> body = new LinkedHashMap<>();
			body.put("payload", run.payload());
			body.put("controls", Map.of());
			body.put("state", List.copyOf(earlier));
			body.put("subscriber", run.subscriber());
			body.put("context", Map.of());
			body.put("env", Map.of("name", "Development", "type", "dev"));
			URI execute = withQuery(url, "action=execute&workflowId=" + encode(workflow.id()) + "&stepId="
					+ encode(step.stepId()) + "&jobId=" + jobId + "&environmentType=dev");
			Answer answer = call(execute, this.json.writeValueAsString(body));
			if (answer == null) {
				return;
			}
			if (answer.status() < 200 || answer.status() >= 300) {
				this.executions.add(new BridgeExecution(workflow.id(), step.stepId(), step.type(), run.subscriberId(),
						run.transactionId(), answer.status(), Map.of(), false, answer.text("code"), answer.text("message")));
				// Novu's worker fails the job; the later steps of this run are not executed.
				return;
			}
			Map<String, @Nullable Object> outputs = toMap((answer.body() != null) ? answer.body().get("outputs") : null);
			boolean skipped = answer.body() != null && answer.body().path("options").path("skip").asBoolean(false);
			this.executions.add(new BridgeExecution(workflow.id(), step.stepId(), step.type(), run.subscriberId(),
					run.transactionId(), answer.status(), outputs, skipped, null, null));
			if (!skipped && step.type().equals("in_app")) {
				synchronized (this.state) {
					this.state.bridgeInAppMessage(run.notificationId(), outputs);
				}
			}
			Map<String, @Nullable Object> entry = new LinkedHashMap<>();
			entry.put("stepId", step.stepId());
			entry.put("outputs", result(step.type(), outputs, run, jobId));
			entry.put("state", Map.of("status", skipped ? "skipped" : "completed"));
			earlier.add(entry);
		}
	}

	/** What a step leaves for later steps (FRAMEWORK-BRIDGE.md §3, the worker's {@code mapOutput}), nothing waiting. */
	private static Map<String, @Nullable Object> result(String type, Map<String, @Nullable Object> outputs, Run run,
			String jobId) {
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		switch (type) {
			case "digest" -> {
				Map<String, @Nullable Object> event = new LinkedHashMap<>();
				event.put("id", jobId);
				event.put("time", Instant.now().toString());
				event.put("payload", run.payload());
				result.put("events", List.of(event));
				result.put("eventCount", 1);
			}
			case "delay" -> result.put("duration", millis(outputs));
			case "throttle" -> {
				result.put("throttled", false);
				result.put("executionCount", 1);
				result.put("threshold", (outputs.get("threshold") instanceof Number n) ? n.intValue() : 1);
			}
			case "in_app" -> {
				result.put("seen", false);
				result.put("read", false);
			}
			case "custom" -> result.putAll(outputs);
			default -> {
				// Channel steps leave nothing.
			}
		}
		return result;
	}

	private static long millis(Map<String, @Nullable Object> outputs) {
		long amount = (outputs.get("amount") instanceof Number n) ? n.longValue() : 0;
		String unit = String.valueOf(outputs.get("unit"));
		Duration one = switch (unit) {
			case "seconds" -> Duration.ofSeconds(1);
			case "minutes" -> Duration.ofMinutes(1);
			case "hours" -> Duration.ofHours(1);
			case "days" -> Duration.ofDays(1);
			case "weeks" -> Duration.ofDays(7);
			case "months" -> Duration.ofDays(30);
			default -> Duration.ZERO;
		};
		return one.toMillis() * amount;
	}

	private JsonNode discover(URI bridgeUrl) {
		URI discover = withQuery(bridgeUrl, "action=discover");
		HttpResponse<String> response;
		try {
			response = this.http.send(signed(discover, null).GET().build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new BridgeSyncException("Bridge " + bridgeUrl + " is not reachable: " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BridgeSyncException("Interrupted while discovering " + bridgeUrl);
		}
		JsonNode body = readJson(response.body());
		if (response.statusCode() != 200 || body == null || !body.path("workflows").isArray()) {
			String code = (body != null) ? body.path("code").asString("") : "";
			throw new BridgeSyncException("Bridge " + bridgeUrl + " answered " + response.statusCode()
					+ (code.isEmpty() ? "" : " " + code) + " to discover");
		}
		return body;
	}

	/** @return the bridge's answer, or {@code null} when the run must stop (recorded, or interrupted) */
	private @Nullable Answer call(URI uri, String body) {
		HttpResponse<String> response;
		try {
			response = this.http.send(signed(uri, body).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			return new Answer(0, null, "Bridge did not answer: " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		return new Answer(response.statusCode(), readJson(response.body()), null);
	}

	private HttpRequest.Builder signed(URI uri, @Nullable String body) {
		long now = System.currentTimeMillis();
		String signed = (body == null || body.isBlank()) ? "{}" : body;
		return HttpRequest.newBuilder(uri)
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header("Bypass-Tunnel-Reminder", "true")
			.header("novu-signature", "t=" + now + ",v1=" + hmac(this.secretKey, now + "." + signed));
	}

	/** The {@code v1} of {@code novu-signature}: lowercase hex HMAC-SHA256 (FRAMEWORK-BRIDGE.md §2). */
	static String hmac(String key, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private Map<String, @Nullable Object> describe(SyncedWorkflow workflow) {
		Map<String, @Nullable Object> trigger = new LinkedHashMap<>();
		trigger.put("type", "event");
		trigger.put("identifier", workflow.id());
		trigger.put("variables", List.of());
		List<Map<String, String>> steps = new ArrayList<>();
		for (StepRef step : workflow.steps()) {
			steps.add(Map.of("stepId", step.stepId(), "type", step.type()));
		}
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		result.put("_id", workflow.objectId());
		result.put("_environmentId", this.state.environment().get("_id"));
		result.put("_organizationId", this.state.environment().get("_organizationId"));
		result.put("name", workflow.name());
		result.put("active", true);
		result.put("type", "BRIDGE");
		result.put("origin", "external");
		result.put("tags", workflow.tags());
		result.put("triggers", List.of(trigger));
		result.put("steps", steps);
		return result;
	}

	private @Nullable JsonNode readJson(String text) {
		try {
			JsonNode node = text.isBlank() ? null : this.json.readTree(text);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	@SuppressWarnings("unchecked")
	private Map<String, @Nullable Object> toMap(@Nullable JsonNode node) {
		return (node != null && node.isObject()) ? this.json.treeToValue(node, LinkedHashMap.class) : Map.of();
	}

	/** @return the URL when it is an absolute http(s) URL, else {@code null} */
	static @Nullable URI httpUri(String text) {
		try {
			URI uri = URI.create(text);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) ? uri : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static URI withQuery(URI base, String query) {
		String text = base.toString();
		return URI.create(text + ((base.getRawQuery() == null) ? "?" : "&") + query);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A discover that failed; its message names the bridge and the status, never the key. */
	static final class BridgeSyncException extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		BridgeSyncException(String message) {
			super(message);
		}

	}

	private record SyncedWorkflow(String objectId, String id, String name, List<String> tags, List<StepRef> steps) {
	}

	private record StepRef(String stepId, String type) {
	}

	private record Run(String workflowId, String notificationId, String transactionId, String subscriberId,
			Map<String, @Nullable Object> subscriber, Map<String, @Nullable Object> payload) {
	}

	private record Answer(int status, @Nullable JsonNode body, @Nullable String failure) {

		@Nullable String text(String field) {
			if (this.body == null || !this.body.path(field).isString()) {
				return this.failure;
			}
			return this.body.get(field).asString();
		}

	}

}
