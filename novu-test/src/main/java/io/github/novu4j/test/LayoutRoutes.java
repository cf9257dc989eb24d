package io.github.novu4j.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Layouts v2 ({@code /v2/layouts...}), stored; their usage is read from the stored workflows' email steps. */
final class LayoutRoutes {

	private static final String DEFAULT_BODY = "<html><body>{{content}}</body></html>";

	private final WorkflowRoutes workflows;

	/** The stored layouts by their {@code layoutId}, in creation order. */
	private final Map<String, Map<String, @Nullable Object>> layouts = new LinkedHashMap<>();

	private LayoutRoutes(WorkflowRoutes workflows) {
		this.workflows = workflows;
	}

	static LayoutRoutes register(NovuState state, WorkflowRoutes workflows) {
		LayoutRoutes routes = new LayoutRoutes(workflows);
		state.route("GET", "/v2/layouts", (r, v) -> routes.list(r));
		state.route("POST", "/v2/layouts", (r, v) -> routes.create(r));
		state.route("GET", "/v2/layouts/{layoutId}", (r, v) -> routes.with(r, v.get(0), (l) -> Reply.wrapped(200, l)));
		state.route("PUT", "/v2/layouts/{layoutId}", (r, v) -> routes.update(r, v.get(0)));
		state.route("DELETE", "/v2/layouts/{layoutId}", (r, v) -> routes.delete(r, v.get(0)));
		state.route("POST", "/v2/layouts/{layoutId}/duplicate", (r, v) -> routes.duplicate(r, v.get(0)));
		state.route("POST", "/v2/layouts/{layoutId}/preview", (r, v) -> routes.preview(r, v.get(0)));
		state.route("GET", "/v2/layouts/{layoutId}/usage", (r, v) -> routes.usage(r, v.get(0)));
		state.onReset(routes.layouts::clear);
		return routes;
	}

	/** @return the stored layout with this {@code layoutId}, slug or {@code _id}, or {@code null} */
	@Nullable Map<String, @Nullable Object> find(String id) {
		Map<String, @Nullable Object> byId = this.layouts.get(id);
		return (byId != null) ? byId : this.layouts.values()
			.stream()
			.filter((l) -> id.equals(l.get("slug")) || id.equals(l.get("_id")))
			.findFirst()
			.orElse(null);
	}

	private Reply list(NovuState.Request request) {
		Reply invalid = Bodies.offsetProblems(request);
		if (invalid != null) {
			return invalid;
		}
		String query = request.param("query");
		List<Map<String, @Nullable Object>> matching = this.layouts.values()
			.stream()
			.filter((l) -> query == null || String.valueOf(l.get("name")).toLowerCase(Locale.ROOT)
				.contains(query.toLowerCase(Locale.ROOT)) || String.valueOf(l.get("layoutId")).contains(query))
			.toList();
		return Reply.wrapped(200, Bodies.object("layouts", Bodies.offsetPage(request, matching), "totalCount",
				matching.size()));
	}

	private Reply create(NovuState.Request request) {
		JsonNode body = request.json();
		List<String> problems = Bodies.required(body, "layoutId", "name");
		if (!problems.isEmpty()) {
			return Reply.validationError(request.path(), problems.toArray(String[]::new));
		}
		Map<String, @Nullable Object> layout = newLayout(Objects.requireNonNull(Bodies.text(body, "layoutId")),
				Objects.requireNonNull(Bodies.text(body, "name")), body, null);
		return Reply.wrapped(201, layout);
	}

	private Map<String, @Nullable Object> newLayout(String wantedId, String name, @Nullable JsonNode body,
			@Nullable Map<String, @Nullable Object> copyOf) {
		// As for workflows, a taken identifier gets a suffix.
		String layoutId = wantedId;
		while (this.layouts.containsKey(layoutId)) {
			layoutId = wantedId + "-" + WorkflowRoutes.shortId();
		}
		String now = NovuState.now();
		Map<String, @Nullable Object> layout = new LinkedHashMap<>();
		layout.put("_id", NovuState.objectId());
		layout.put("layoutId", layoutId);
		layout.put("slug", layoutId + "_lo_" + WorkflowRoutes.shortId());
		layout.put("name", name);
		// The first layout of an environment is its default, as in Novu.
		layout.put("isDefault", this.layouts.isEmpty());
		layout.put("isTranslationEnabled", body != null && body.path("isTranslationEnabled").asBoolean(false));
		layout.put("updatedAt", now);
		layout.put("createdAt", now);
		layout.put("origin", "novu-cloud");
		layout.put("type", "BRIDGE");
		layout.put("variables", Bodies.object("type", "object", "properties", Bodies.object("subscriber",
				Map.of("type", "object"), "payload", Map.of("type", "object"))));
		Object values = (copyOf != null) ? controlsOf(copyOf).get("values")
				: Bodies.object("email", Bodies.object("body", DEFAULT_BODY, "editorType", "html"));
		layout.put("controls", Bodies.object("dataSchema", Map.of("type", "object"), "uiSchema",
				Bodies.object("group", "LAYOUT", "properties", Map.of()), "values", values));
		this.layouts.put(layoutId, layout);
		return layout;
	}

	private Reply update(NovuState.Request request, String id) {
		JsonNode body = request.json();
		String name = Bodies.text(body, "name");
		if (name == null || name.isBlank()) {
			return Reply.validationError(request.path(), "name should not be empty");
		}
		return with(request, id, (layout) -> {
			layout.put("name", name);
			if (body.path("isTranslationEnabled").isBoolean()) {
				layout.put("isTranslationEnabled", body.get("isTranslationEnabled").asBoolean());
			}
			if (body.path("controlValues").isObject()) {
				Map<String, @Nullable Object> controls = new LinkedHashMap<>(controlsOf(layout));
				controls.put("values", Bodies.map(body.get("controlValues")));
				layout.put("controls", controls);
			}
			layout.put("updatedAt", NovuState.now());
			return Reply.wrapped(200, layout);
		});
	}

	private Reply delete(NovuState.Request request, String id) {
		return with(request, id, (layout) -> {
			if (Boolean.TRUE.equals(layout.get("isDefault")) && this.layouts.size() > 1) {
				// WIRE-FORMAT-CURRENT §E: the default layout cannot be deleted.
				return Reply.error(409, "Conflict", "Cannot delete the default layout", request.path());
			}
			this.layouts.remove(layout.get("layoutId"));
			return Reply.noContent();
		});
	}

	private Reply duplicate(NovuState.Request request, String id) {
		JsonNode body = request.json();
		String name = Bodies.text(body, "name");
		if (name == null || name.isBlank()) {
			return Reply.validationError(request.path(), "name should not be empty");
		}
		return with(request, id, (layout) -> {
			String wanted = Objects.requireNonNullElse(Bodies.text(body, "layoutId"), WorkflowRoutes.slugify(name));
			return Reply.wrapped(201, newLayout(wanted, name, body, layout));
		});
	}

	@SuppressWarnings("unchecked")
	private Reply preview(NovuState.Request request, String id) {
		JsonNode body = request.json();
		return with(request, id, (layout) -> {
			Map<String, @Nullable Object> values = (body != null && body.path("controlValues").isObject())
					? Bodies.map(body.get("controlValues"))
					: (Map<String, @Nullable Object>) Objects.requireNonNull(controlsOf(layout).get("values"));
			Map<String, @Nullable Object> given = (body != null) ? Bodies.map(body.get("previewPayload")) : Map.of();
			Map<String, @Nullable Object> context = new LinkedHashMap<>();
			context.put("subscriber", given.getOrDefault("subscriber", Bodies.object("subscriberId", "subscriber-id",
					"firstName", "John", "lastName", "Doe", "email", "john.doe@example.com")));
			context.put("content", "<p>The step's content goes here.</p>");
			Map<String, @Nullable Object> email = (values.get("email") instanceof Map<?, ?> map)
					? (Map<String, @Nullable Object>) map : Map.of();
			String rendered = WorkflowRoutes.render(String.valueOf(email.getOrDefault("body", DEFAULT_BODY)), context);
			context.remove("content");
			return Reply.wrapped(201, Bodies.object("result", Bodies.object("type", "email", "preview",
					Bodies.object("body", rendered)), "previewPayloadExample", context));
		});
	}

	@SuppressWarnings("unchecked")
	private Reply usage(NovuState.Request request, String id) {
		return with(request, id, (layout) -> {
			List<Map<String, @Nullable Object>> using = new ArrayList<>();
			for (Map<String, @Nullable Object> workflow : this.workflows.all()) {
				boolean uses = ((List<Map<String, @Nullable Object>>) workflow.getOrDefault("steps", List.of())).stream()
					.anyMatch((s) -> s.get("controlValues") instanceof Map<?, ?> controls
							&& layout.get("layoutId").equals(controls.get("layoutId")));
				if (uses) {
					using.add(Bodies.object("name", workflow.get("name"), "workflowId", workflow.get("workflowId")));
				}
			}
			return Reply.wrapped(200, Bodies.object("workflows", using));
		});
	}

	@SuppressWarnings("unchecked")
	private static Map<String, @Nullable Object> controlsOf(Map<String, @Nullable Object> layout) {
		return (Map<String, @Nullable Object>) Objects.requireNonNull(layout.get("controls"));
	}

	private Reply with(NovuState.Request request, String id,
			java.util.function.Function<Map<String, @Nullable Object>, Reply> then) {
		Map<String, @Nullable Object> layout = find(id);
		if (layout == null) {
			return Reply.error(404, null, "Layout not found", request.path()).with("layoutId", id)
				.with("ctx", Map.of("layoutId", id));
		}
		return then.apply(layout);
	}

}
