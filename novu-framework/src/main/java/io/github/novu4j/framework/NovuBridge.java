package io.github.novu4j.framework;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Novu's Framework bridge: one handler for every request Novu (or its dashboard) sends to the bridge URL.
 * The {@code action} query parameter selects {@code health-check} (GET, the default, never signature-checked),
 * {@code discover} (GET), {@code execute} or {@code preview} (POST); OPTIONS answers {@code {}}. Every other request
 * must carry a valid {@code novu-signature} unless signature checks are switched off for local development.
 * Errors are answered as {@code {"message", "code", "data"}} with the status and code {@code @novu/framework} uses.
 *
 * <pre>{@code
 * NovuBridge bridge = NovuBridge.builder(secretKey).workflow(welcome).build();
 * BridgeResponse response = bridge.handle(new BridgeRequest(method, query, headers, rawBody));
 * }</pre>
 *
 * Thread-safe once built.
 */
public final class NovuBridge {

	/** The protocol version {@code @novu/framework} announces, and this bridge with it. */
	public static final String FRAMEWORK_VERSION = "2024-06-26";

	private static final String SDK_VERSION = readVersion();

	private final @Nullable String secretKey;

	private final boolean strictAuthentication;

	private final Clock clock;

	private final String serverName;

	private final Map<String, Workflow<?>> workflows;

	private final @Nullable BridgeObserver observer;

	private NovuBridge(Builder builder) {
		this.secretKey = builder.secretKey;
		this.strictAuthentication = builder.strictAuthentication;
		this.clock = builder.clock;
		this.serverName = builder.serverName;
		this.workflows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.workflows));
		this.observer = builder.observationRegistry == null ? null : new BridgeObserver(builder.observationRegistry);
	}

	/**
	 * Starts a bridge that checks signatures with the environment's secret key.
	 *
	 * @param secretKey the Novu environment's secret key (the API key); never logged or printed
	 * @return a builder
	 */
	public static Builder builder(String secretKey) {
		Builder builder = new Builder();
		builder.secretKey = requireSecret(secretKey);
		return builder;
	}

	/**
	 * Starts a bridge for local development that accepts unsigned requests. Never expose it to the internet:
	 * anyone could then call it.
	 *
	 * @return a builder with signature checks off
	 */
	public static Builder insecureForLocalDevelopment() {
		Builder builder = new Builder();
		builder.strictAuthentication = false;
		return builder;
	}

	private static String requireSecret(String secretKey) {
		Objects.requireNonNull(secretKey, "secretKey");
		if (secretKey.isBlank()) {
			throw new IllegalArgumentException("secretKey must not be blank");
		}
		return secretKey;
	}

	/**
	 * The workflows served, by id.
	 *
	 * @return the workflows
	 */
	public Map<String, Workflow<?>> workflows() {
		return workflows;
	}

	/**
	 * Whether requests other than {@code health-check} must carry a valid signature.
	 *
	 * @return true unless built with {@link #insecureForLocalDevelopment()}
	 */
	public boolean strictAuthentication() {
		return strictAuthentication;
	}

	@Override
	public String toString() {
		return "NovuBridge[workflows=" + workflows.keySet() + ", strictAuthentication=" + strictAuthentication + "]";
	}

	/**
	 * Answers one request. Never throws for bad input: every failure becomes an error answer.
	 *
	 * @param request the request
	 * @return the answer
	 */
	public BridgeResponse handle(BridgeRequest request) {
		Objects.requireNonNull(request, "request");
		if (observer != null) {
			return observer.observe(() -> answer(request), response -> tags(request, response));
		}
		return answer(request);
	}

	private BridgeResponse answer(BridgeRequest request) {
		try {
			return answer(200, dispatch(request));
		}
		catch (BridgeException ex) {
			return error(ex);
		}
		catch (RuntimeException ex) {
			return error(new BridgeException(500, "BridgeError", "Unknown BridgeError: " + ex.getClass().getSimpleName()));
		}
	}

	private Object dispatch(BridgeRequest request) {
		String action = request.query().getOrDefault("action", "health-check");
		if (action.isEmpty()) {
			action = "health-check";
		}
		if (!action.equals("health-check") && strictAuthentication) {
			NovuSignature.verify(request.header(NovuSignature.HEADER), Objects.requireNonNull(secretKey),
					request.body(), clock.millis());
		}
		switch (request.method()) {
			case "OPTIONS":
				return Map.of();
			case "GET":
				if (action.equals("health-check")) {
					return healthCheck();
				}
				if (action.equals("discover")) {
					return Discovery.discover(workflows.values());
				}
				throw invalidAction(action, "health-check, discover");
			case "POST":
				if (action.equals("execute") || action.equals("preview")) {
					return Execution.run(workflows, request.query(), parseBody(request.body()), action.equals("preview"));
				}
				throw invalidAction(action, "execute, preview");
			default:
				throw new BridgeException(405, "MethodNotAllowedError",
						"Method `" + request.method() + "` is not allowed. Please use one of: GET, POST, OPTIONS.");
		}
	}

	/** The observation's tags: only bounded values (known actions, served workflow and step ids, Novu's codes). */
	private BridgeObserver.Tags tags(BridgeRequest request, BridgeResponse response) {
		String action = request.query().getOrDefault("action", "");
		if (request.method().equals("OPTIONS")) {
			action = "options";
		}
		else if (action.isEmpty()) {
			action = "health-check";
		}
		else if (!List.of("health-check", "discover", "execute", "preview").contains(action)) {
			action = "other";
		}
		String workflowTag = "none";
		String stepTag = "none";
		if (action.equals("execute") || action.equals("preview")) {
			Workflow<?> workflow = workflows.get(request.query().getOrDefault("workflowId", ""));
			workflowTag = workflow == null ? "unknown" : workflow.id();
			String stepId = request.query().getOrDefault("stepId", "");
			stepTag = workflow == null || workflow.step(stepId).isEmpty() ? "unknown" : stepId;
		}
		int status = response.status();
		String error = "none";
		String outcome = status >= 500 ? "SERVER_ERROR" : status >= 400 ? "CLIENT_ERROR" : "SUCCESS";
		if (status >= 400 || action.equals("execute")) {
			JsonNode body = Schemas.JSON.readTree(response.body());
			if (status >= 400) {
				error = body.path("code").asString("BridgeError");
			}
			else if (body.path("options").path("skip").asBoolean(false)) {
				outcome = "SKIPPED";
			}
		}
		return new BridgeObserver.Tags(action, workflowTag, stepTag, outcome, status, error, status >= 500);
	}

	private static BridgeException invalidAction(String action, String allowed) {
		return new BridgeException(400, "InvalidActionError", "Invalid query string: `action`=`" + action
				+ "` property. Valid values are: " + allowed + ".", Map.of("action", action));
	}

	private static JsonNode parseBody(String body) {
		if (body.isBlank()) {
			return JsonNodeFactory.instance.objectNode();
		}
		try {
			JsonNode node = Schemas.JSON.readTree(body);
			if (!node.isObject()) {
				throw new BridgeException(400, "InvalidRequestError", "The request body must be a JSON object.");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw new BridgeException(400, "InvalidRequestError", "The request body is not valid JSON.");
		}
	}

	private Map<String, Object> healthCheck() {
		int steps = workflows.values().stream().mapToInt(workflow -> workflow.steps().size()).sum();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", "ok");
		body.put("sdkVersion", SDK_VERSION);
		body.put("frameworkVersion", FRAMEWORK_VERSION);
		body.put("discovered", Map.of("workflows", workflows.size(), "steps", steps));
		return body;
	}

	private BridgeResponse error(BridgeException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("message", ex.getMessage());
		body.put("code", ex.code());
		if (ex.hasData()) {
			body.put("data", ex.data());
		}
		return answer(ex.status(), body);
	}

	private BridgeResponse answer(int status, Object body) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("content-type", "application/json");
		headers.put("access-control-allow-origin", "*");
		headers.put("access-control-allow-private-network", "true");
		headers.put("access-control-allow-methods", "GET, POST");
		headers.put("access-control-allow-headers", "*");
		headers.put("access-control-max-age", "604800");
		headers.put("novu-framework-version", FRAMEWORK_VERSION);
		headers.put("novu-framework-sdk", SDK_VERSION);
		headers.put("novu-framework-server", serverName);
		headers.put("user-agent", "novu-framework-" + SDK_VERSION);
		return new BridgeResponse(status, headers, Schemas.JSON.writeValueAsString(body));
	}

	private static String readVersion() {
		try (InputStream in = NovuBridge.class.getResourceAsStream("novu-framework.properties")) {
			if (in != null) {
				Properties properties = new Properties();
				properties.load(in);
				String version = properties.getProperty("version");
				if (version != null && !version.isBlank() && !version.startsWith("${")) {
					return "java-" + version;
				}
			}
		}
		catch (IOException ex) {
			// fall through: the version is informational
		}
		return "java-dev";
	}

	/** Builds a {@link NovuBridge}. */
	public static final class Builder {

		private @Nullable String secretKey;

		private boolean strictAuthentication = true;

		private Clock clock = Clock.systemUTC();

		private String serverName = "java";

		private final Map<String, Workflow<?>> workflows = new LinkedHashMap<>();

		private @Nullable Object observationRegistry;

		private Builder() {
		}

		/**
		 * Records a Micrometer observation {@code novu.framework.bridge} per request, with the low-cardinality keys
		 * {@code action}, {@code workflow}, {@code step}, {@code outcome}, {@code status} and {@code error}; never the
		 * payload, the controls, the subscriber or the secret key. Needs {@code io.micrometer:micrometer-observation}
		 * on the class path (an optional dependency of this module).
		 *
		 * @param observationRegistry the registry, e.g. Spring Boot's
		 * @return this builder
		 */
		public Builder observationRegistry(io.micrometer.observation.ObservationRegistry observationRegistry) {
			this.observationRegistry = Objects.requireNonNull(observationRegistry, "observationRegistry");
			return this;
		}

		/**
		 * Adds workflows to serve.
		 *
		 * @param workflows the workflows; ids must be unique
		 * @return this builder
		 */
		public Builder workflow(Workflow<?>... workflows) {
			return workflows(List.of(workflows));
		}

		/**
		 * Adds workflows to serve.
		 *
		 * @param workflows the workflows; ids must be unique
		 * @return this builder
		 */
		public Builder workflows(Iterable<? extends Workflow<?>> workflows) {
			for (Workflow<?> workflow : workflows) {
				Objects.requireNonNull(workflow, "workflow");
				if (this.workflows.putIfAbsent(workflow.id(), workflow) != null) {
					throw new IllegalArgumentException("Workflow `" + workflow.id() + "` is declared twice");
				}
			}
			return this;
		}

		/**
		 * The clock signatures are checked against (tests).
		 *
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock");
			return this;
		}

		/**
		 * The value of the {@code novu-framework-server} header: the web stack serving the bridge.
		 *
		 * @param serverName e.g. {@code spring-mvc}
		 * @return this builder
		 */
		public Builder serverName(String serverName) {
			this.serverName = Objects.requireNonNull(serverName, "serverName");
			return this;
		}

		@Override
		public String toString() {
			return "NovuBridge.Builder[workflows=" + workflows.keySet() + ", strictAuthentication="
					+ strictAuthentication + "]";
		}

		/**
		 * The bridge.
		 *
		 * @return the bridge
		 */
		public NovuBridge build() {
			return new NovuBridge(this);
		}
	}
}
