package io.github.novu4j.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Workflows v2 ({@code /v2/workflows...}), stored. A workflow stored here shapes the in-app messages its triggers
 * create (subject, body, actions, redirect, tags, severity, rendered from the payload and the subscriber);
 * triggers of workflows never stored keep working as before (the kit does not check that a workflow exists).
 */
final class WorkflowRoutes {

	private static final List<String> STEP_TYPES = List.of("in_app", "email", "sms", "chat", "push", "digest", "trigger",
			"delay", "throttle", "custom", "http_request");

	private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}");

	private final NovuState state;

	/** The stored workflows by their {@code workflowId}, in creation order. */
	private final Map<String, Map<String, @Nullable Object>> workflows = new LinkedHashMap<>();

	private WorkflowRoutes(NovuState state) {
		this.state = state;
	}

	static WorkflowRoutes register(NovuState state) {
		WorkflowRoutes routes = new WorkflowRoutes(state);
		state.route("GET", "/v2/workflows", (r, v) -> routes.list(r));
		state.route("POST", "/v2/workflows", (r, v) -> routes.create(r));
		state.route("GET", "/v2/workflows/{workflowId}", (r, v) -> routes.with(r, v.get(0), (w) -> Reply.wrapped(200, w)));
		state.route("PUT", "/v2/workflows/{workflowId}", (r, v) -> routes.update(r, v.get(0)));
		state.route("PATCH", "/v2/workflows/{workflowId}", (r, v) -> routes.patch(r, v.get(0)));
		state.route("DELETE", "/v2/workflows/{workflowId}", (r, v) -> routes.delete(r, v.get(0)));
		state.route("PUT", "/v2/workflows/{workflowId}/sync", (r, v) -> routes.sync(r, v.get(0)));
		state.route("GET", "/v2/workflows/{workflowId}/steps/{stepId}", (r, v) -> routes.step(r, v.get(0), v.get(1)));
		state.route("POST", "/v2/workflows/{workflowId}/step/{stepId}/preview",
				(r, v) -> routes.preview(r, v.get(0), v.get(1)));
		state.onReset(routes.workflows::clear);
		state.onMessage(routes::shape);
		return routes;
	}

	/** @return the stored workflow with this {@code workflowId}, slug or {@code _id}, or {@code null} */
	@Nullable Map<String, @Nullable Object> find(String id) {
		Map<String, @Nullable Object> byId = this.workflows.get(id);
		if (byId != null) {
			return byId;
		}
		return this.workflows.values()
			.stream()
			.filter((w) -> id.equals(w.get("slug")) || id.equals(w.get("_id")))
			.findFirst()
			.orElse(null);
	}

	/** @return the stored workflows, oldest first */
	List<Map<String, @Nullable Object>> all() {
		return List.copyOf(this.workflows.values());
	}

	// ---------------------------------------------------------------- routes

	private Reply list(NovuState.Request request) {
		Reply invalid = Bodies.offsetProblems(request);
		if (invalid != null) {
			return invalid;
		}
		String query = request.param("query");
		List<String> tags = request.query().getOrDefault("tags", List.of());
		List<String> statuses = request.query().getOrDefault("status", List.of());
		List<Map<String, @Nullable Object>> matching = this.workflows.values()
			.stream()
			.filter((w) -> query == null || contains(w.get("name"), query) || contains(w.get("workflowId"), query))
			.filter((w) -> tags.isEmpty() || tagsOf(w).stream().anyMatch(tags::contains))
			.filter((w) -> statuses.isEmpty() || statuses.contains(w.get("status")))
			.toList();
		List<Map<String, @Nullable Object>> page = Bodies.offsetPage(request, matching);
		return Reply.wrapped(200, Bodies.object("workflows", page.stream().map(WorkflowRoutes::summary).toList(),
				"totalCount", matching.size()));
	}

	private Reply create(NovuState.Request request) {
		JsonNode body = request.json();
		String workflowId = Bodies.text(body, "workflowId");
		List<String> problems = Bodies.required(body, "workflowId");
		problems.addAll(definitionProblems(body));
		JsonNode steps = (body != null) ? body.get("steps") : null;
		if (!problems.isEmpty()) {
			return Reply.validationError(request.path(), problems.toArray(String[]::new));
		}
		// WIRE-FORMAT-CURRENT §E: never 409; a taken workflowId gets a suffix.
		String id = workflowId;
		while (this.workflows.containsKey(id)) {
			id = workflowId + "-" + shortId();
		}
		String now = NovuState.now();
		Map<String, @Nullable Object> workflow = new LinkedHashMap<>();
		workflow.put("_id", NovuState.objectId());
		workflow.put("workflowId", id);
		workflow.put("slug", id + "_wf_" + shortId());
		workflow.put("createdAt", now);
		workflow.put("origin", "novu-cloud");
		workflow.put("lastTriggeredAt", null);
		apply(workflow, body, true);
		workflow.put("steps", steps(workflow, steps, List.of()));
		workflow.put("updatedAt", now);
		this.workflows.put(id, workflow);
		return Reply.wrapped(201, workflow);
	}

	private Reply update(NovuState.Request request, String id) {
		JsonNode body = request.json();
		List<String> problems = definitionProblems(body);
		JsonNode steps = (body != null) ? body.get("steps") : null;
		String origin = Bodies.text(body, "origin");
		if (origin == null) {
			problems.add("origin must be one of the following values: novu-cloud, novu-cloud-v1, external");
		}
		if (body == null || !body.path("preferences").isObject()) {
			problems.add("preferences must be an object");
		}
		if (!problems.isEmpty()) {
			return Reply.validationError(request.path(), problems.toArray(String[]::new));
		}
		return with(request, id, (workflow) -> {
			apply(workflow, body, false);
			workflow.put("origin", origin);
			workflow.put("steps", steps(workflow, steps, stepsOf(workflow)));
			workflow.put("updatedAt", NovuState.now());
			return Reply.wrapped(200, workflow);
		});
	}

	private Reply patch(NovuState.Request request, String id) {
		JsonNode body = request.json();
		return with(request, id, (workflow) -> {
			apply(workflow, body, false);
			workflow.put("updatedAt", NovuState.now());
			return Reply.wrapped(200, workflow);
		});
	}

	private Reply delete(NovuState.Request request, String id) {
		return with(request, id, (workflow) -> {
			this.workflows.remove(workflow.get("workflowId"));
			return Reply.noContent();
		});
	}

	private Reply sync(NovuState.Request request, String id) {
		String target = Bodies.text(request.json(), "targetEnvironmentId");
		if (target == null || target.isBlank()) {
			return Reply.validationError(request.path(), "targetEnvironmentId should not be empty");
		}
		return with(request, id, (workflow) -> {
			// Syncing copies the workflow to the other environment; this local Novu has one, so it answers the copy.
			Map<String, @Nullable Object> copy = new LinkedHashMap<>(workflow);
			copy.put("_id", NovuState.objectId());
			copy.put("lastPublishedAt", NovuState.now());
			return Reply.wrapped(200, copy);
		});
	}

	private Reply step(NovuState.Request request, String id, String stepId) {
		return with(request, id, (workflow) -> {
			Map<String, @Nullable Object> step = findStep(workflow, stepId);
			if (step == null) {
				return Reply.error(404, null, "Step cannot be found", request.path()).with("stepId", stepId)
					.with("ctx", Map.of("stepId", stepId));
			}
			return Reply.wrapped(200, step);
		});
	}

	@SuppressWarnings("unchecked")
	private Reply preview(NovuState.Request request, String id, String stepId) {
		JsonNode body = request.json();
		return with(request, id, (workflow) -> {
			Map<String, @Nullable Object> step = findStep(workflow, stepId);
			if (step == null) {
				return Reply.error(404, null, "Step cannot be found", request.path()).with("stepId", stepId)
					.with("ctx", Map.of("stepId", stepId));
			}
			Map<String, @Nullable Object> controls = (body != null && body.path("controlValues").isObject())
					? Bodies.map(body.get("controlValues"))
					: (Map<String, @Nullable Object>) Objects.requireNonNull(step.get("controlValues"));
			Map<String, @Nullable Object> given = (body != null) ? Bodies.map(body.get("previewPayload")) : Map.of();
			Map<String, @Nullable Object> context = new LinkedHashMap<>();
			context.put("subscriber", given.getOrDefault("subscriber", Bodies.object("subscriberId", "subscriber-id",
					"firstName", "John", "lastName", "Doe", "email", "john.doe@example.com")));
			context.put("payload", given.getOrDefault("payload", workflow.getOrDefault("payloadExample", Map.of())));
			Map<String, @Nullable Object> rendered = new LinkedHashMap<>();
			controls.forEach((key, value) -> rendered.put(key, renderAll(value, context)));
			Map<String, @Nullable Object> result = Bodies.object("type", step.get("type"), "preview", rendered);
			return Reply.wrapped(201, Bodies.object("result", result, "previewPayloadExample", context));
		});
	}

	// ---------------------------------------------------------------- shaping messages

	@SuppressWarnings("unchecked")
	private void shape(Map<String, @Nullable Object> message) {
		Map<String, @Nullable Object> workflow = this.workflows.get((String) message.get("templateIdentifier"));
		if (workflow == null) {
			return;
		}
		workflow.put("lastTriggeredAt", NovuState.now());
		message.put("_templateId", workflow.get("_id"));
		message.put("templateName", workflow.get("name"));
		message.put("tags", tagsOf(workflow));
		message.put("severity", workflow.getOrDefault("severity", "none"));
		message.put("critical", false);
		Map<String, @Nullable Object> inApp = stepsOf(workflow).stream()
			.filter((s) -> "in_app".equals(s.get("type")))
			.findFirst()
			.orElse(null);
		if (inApp == null) {
			return;
		}
		Map<String, @Nullable Object> context = new LinkedHashMap<>();
		context.put("payload", message.getOrDefault("payload", Map.of()));
		context.put("subscriber", Objects.requireNonNullElse(
				this.state.subscriber((String) Objects.requireNonNull(message.get("subscriberId"))), Map.of()));
		Map<String, @Nullable Object> controls = (Map<String, @Nullable Object>) Objects
			.requireNonNullElse(inApp.get("controlValues"), Map.of());
		if (controls.get("subject") instanceof String subject) {
			message.put("subject", render(subject, context));
		}
		if (controls.get("body") instanceof String body) {
			message.put("content", render(body, context));
		}
		if (controls.get("avatar") instanceof String avatar) {
			message.put("avatar", render(avatar, context));
		}
		if (controls.get("data") instanceof Map<?, ?> data) {
			message.put("data", renderAll(data, context));
		}
		Map<String, @Nullable Object> cta = new LinkedHashMap<>();
		cta.put("type", "redirect");
		cta.put("data", (controls.get("redirect") instanceof Map<?, ?> redirect)
				? Bodies.object("url", render(String.valueOf(redirect.get("url")), context)) : Map.of());
		List<Map<String, @Nullable Object>> buttons = new ArrayList<>();
		for (String type : List.of("primary", "secondary")) {
			if (controls.get(type + "Action") instanceof Map<?, ?> action) {
				Map<String, @Nullable Object> button = Bodies.object("type", type, "content",
						render(String.valueOf(action.get("label")), context));
				if (action.get("redirect") instanceof Map<?, ?> redirect && redirect.get("url") != null) {
					button.put("url", render(String.valueOf(redirect.get("url")), context));
				}
				buttons.add(button);
			}
		}
		if (!buttons.isEmpty()) {
			cta.put("action", Bodies.object("status", "pending", "buttons", buttons, "result", Bodies.object("type", null)));
		}
		message.put("cta", cta);
	}

	// ---------------------------------------------------------------- helpers

	private Reply with(NovuState.Request request, String id, java.util.function.Function<Map<String, @Nullable Object>, Reply> then) {
		Map<String, @Nullable Object> workflow = find(id);
		if (workflow == null) {
			// WIRE-FORMAT-CURRENT §E: built from an object, so no "error" key; workflowId at top level and in ctx.
			return Reply.error(404, null, "Workflow cannot be found", request.path()).with("workflowId", id)
				.with("ctx", Map.of("workflowId", id));
		}
		return then.apply(workflow);
	}

	private static void apply(Map<String, @Nullable Object> workflow, @Nullable JsonNode body, boolean create) {
		for (String field : List.of("name", "description")) {
			if (Bodies.text(body, field) != null) {
				workflow.put(field, Bodies.text(body, field));
			}
		}
		if (body != null && body.path("tags").isArray()) {
			workflow.put("tags", Bodies.strings(body, "tags"));
		}
		else if (create) {
			workflow.put("tags", List.of());
		}
		for (String flag : List.of("active", "validatePayload", "isTranslationEnabled")) {
			if (body != null && body.path(flag).isBoolean()) {
				workflow.put(flag, body.get(flag).asBoolean());
			}
			else if (create) {
				workflow.put(flag, !flag.equals("active") && !flag.equals("isTranslationEnabled"));
			}
		}
		if (body != null && body.path("payloadSchema").isObject()) {
			workflow.put("payloadSchema", Bodies.map(body.get("payloadSchema")));
		}
		if (body != null && body.path("severity").isString()) {
			workflow.put("severity", body.get("severity").asString());
		}
		else if (create) {
			workflow.put("severity", "none");
		}
		// An empty preferences object (what a PUT without preferences sends) keeps the stored ones.
		if (body != null && (body.path("preferences").has("default") || body.path("preferences").has("user"))) {
			workflow.put("preferences", Bodies.map(body.get("preferences")));
		}
		else if (create) {
			workflow.put("preferences", Bodies.object("default", Bodies.object("all",
					Bodies.object("enabled", true, "readOnly", false), "channels", Bodies.object("email",
							Map.of("enabled", true), "sms", Map.of("enabled", true), "in_app", Map.of("enabled", true),
							"chat", Map.of("enabled", true), "push", Map.of("enabled", true)))));
		}
		workflow.put("status", Boolean.TRUE.equals(workflow.get("active")) ? "ACTIVE" : "INACTIVE");
		workflow.put("issues", Map.of());
		workflow.putIfAbsent("payloadExample", Map.of());
	}

	/** What create and update both require: a name and valid steps. */
	private static List<String> definitionProblems(@Nullable JsonNode body) {
		List<String> problems = Bodies.required(body, "name");
		JsonNode steps = (body != null) ? body.get("steps") : null;
		if (steps == null || !steps.isArray()) {
			problems.add("steps must be an array");
			return problems;
		}
		for (JsonNode step : steps) {
			if (Bodies.text(step, "name") == null) {
				problems.add("steps.name should not be empty");
			}
			if (!STEP_TYPES.contains(Objects.requireNonNullElse(Bodies.text(step, "type"), ""))) {
				problems.add("steps.type must be one of the following values: " + String.join(", ", STEP_TYPES));
			}
		}
		return problems;
	}

	private static List<Map<String, @Nullable Object>> steps(Map<String, @Nullable Object> workflow, JsonNode given,
			List<Map<String, @Nullable Object>> before) {
		List<Map<String, @Nullable Object>> steps = new ArrayList<>();
		for (JsonNode node : given) {
			String name = Objects.requireNonNull(Bodies.text(node, "name"));
			String stepId = Objects.requireNonNullElse(Bodies.text(node, "stepId"), slugify(name));
			String existingId = Bodies.text(node, "_id");
			Map<String, @Nullable Object> earlier = before.stream()
				.filter((s) -> Objects.equals(s.get("_id"), existingId) || Objects.equals(s.get("stepId"), stepId))
				.findFirst()
				.orElse(null);
			String type = Bodies.text(node, "type");
			Map<String, @Nullable Object> controlValues = defaultControls(Objects.requireNonNull(type), name);
			controlValues.putAll(Bodies.map(node.get("controlValues")));
			Map<String, @Nullable Object> step = new LinkedHashMap<>();
			step.put("_id", (earlier != null) ? earlier.get("_id") : NovuState.objectId());
			step.put("stepId", stepId);
			step.put("slug", (earlier != null) ? earlier.get("slug") : stepId + "_st_" + shortId());
			step.put("name", name);
			step.put("type", type);
			step.put("origin", workflow.get("origin"));
			step.put("workflowId", workflow.get("workflowId"));
			step.put("workflowDatabaseId", workflow.get("_id"));
			step.put("controls", Bodies.object("values", controlValues, "dataSchema", Map.of("type", "object"),
					"uiSchema", Map.of("group", Objects.requireNonNull(type).toUpperCase(Locale.ROOT))));
			step.put("controlValues", controlValues);
			step.put("variables", Bodies.object("type", "object", "properties", Bodies.object("subscriber",
					Map.of("type", "object"), "payload", Map.of("type", "object"))));
			step.put("issues", Map.of());
			steps.add(step);
		}
		return steps;
	}

	/** The control values filled in for a new step of a type (those its response schemas require). */
	private static Map<String, @Nullable Object> defaultControls(String type, String name) {
		return switch (type) {
			case "email" -> Bodies.object("subject", name, "body", "");
			case "delay" -> Bodies.object("type", "regular", "amount", 30, "unit", "seconds");
			case "throttle" -> Bodies.object("type", "fixed", "amount", 1, "unit", "minutes");
			case "http_request" -> Bodies.object("method", "POST", "url", "");
			default -> new LinkedHashMap<>();
		};
	}

	private static Map<String, @Nullable Object> summary(Map<String, @Nullable Object> workflow) {
		Map<String, @Nullable Object> summary = new LinkedHashMap<>();
		for (String field : List.of("_id", "workflowId", "slug", "name", "tags", "status", "origin", "createdAt", "updatedAt",
				"lastTriggeredAt", "isTranslationEnabled")) {
			summary.put(field, workflow.get(field));
		}
		summary.put("stepTypeOverviews", stepsOf(workflow).stream().map((s) -> s.get("type")).toList());
		summary.put("steps", stepsOf(workflow).stream()
			.map((s) -> Bodies.object("slug", s.get("slug"), "type", s.get("type"), "issues", Map.of()))
			.toList());
		return summary;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, @Nullable Object>> stepsOf(Map<String, @Nullable Object> workflow) {
		return (List<Map<String, @Nullable Object>>) workflow.getOrDefault("steps", List.of());
	}

	private static @Nullable Map<String, @Nullable Object> findStep(Map<String, @Nullable Object> workflow, String stepId) {
		return stepsOf(workflow).stream()
			.filter((s) -> stepId.equals(s.get("stepId")) || stepId.equals(s.get("_id")) || stepId.equals(s.get("slug")))
			.findFirst()
			.orElse(null);
	}

	@SuppressWarnings("unchecked")
	private static List<String> tagsOf(Map<String, @Nullable Object> workflow) {
		return (List<String>) workflow.getOrDefault("tags", List.of());
	}

	private static boolean contains(@Nullable Object value, String query) {
		return value != null && value.toString().toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT));
	}

	/** Replaces {@code {{payload.x}}} and {@code {{subscriber.firstName}}} style variables (missing ones: empty). */
	static String render(String template, Map<String, @Nullable Object> context) {
		Matcher matcher = VARIABLE.matcher(template);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			Object value = context;
			for (String part : matcher.group(1).split("\\.")) {
				value = (value instanceof Map<?, ?> map) ? map.get(part) : null;
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement((value != null) ? value.toString() : ""));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/** Renders every string inside a control value (maps and lists included). */
	static @Nullable Object renderAll(@Nullable Object value, Map<String, @Nullable Object> context) {
		if (value instanceof String text) {
			return render(text, context);
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, @Nullable Object> rendered = new LinkedHashMap<>();
			map.forEach((key, item) -> rendered.put(String.valueOf(key), renderAll(item, context)));
			return rendered;
		}
		if (value instanceof List<?> list) {
			return list.stream().map((item) -> renderAll(item, context)).toList();
		}
		return value;
	}

	static String slugify(String name) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "step" : slug;
	}

	static String shortId() {
		return Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36), 36);
	}

}
