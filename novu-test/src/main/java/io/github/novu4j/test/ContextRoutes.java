package io.github.novu4j.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Contexts v2 ({@code /v2/contexts...}), stored; the list is cursor-paginated (WIRE-FORMAT-CURRENT §D). */
final class ContextRoutes {

	private final NovuState state;

	/** The stored contexts by {@code type:id}, each with its internal {@code _id} (the cursor). */
	private final Map<String, Map<String, @Nullable Object>> contexts = new LinkedHashMap<>();

	private ContextRoutes(NovuState state) {
		this.state = state;
	}

	static void register(NovuState state) {
		ContextRoutes routes = new ContextRoutes(state);
		state.route("GET", "/v2/contexts", (r, v) -> routes.list(r));
		state.route("POST", "/v2/contexts", (r, v) -> routes.create(r));
		state.route("GET", "/v2/contexts/{type}/{id}",
				(r, v) -> routes.with(r, v.get(0), v.get(1), (c) -> Reply.wrapped(200, shown(c))));
		state.route("PATCH", "/v2/contexts/{type}/{id}", (r, v) -> routes.update(r, v.get(0), v.get(1)));
		state.route("DELETE", "/v2/contexts/{type}/{id}", (r, v) -> routes.with(r, v.get(0), v.get(1), (c) -> {
			routes.contexts.remove(v.get(0) + ":" + v.get(1));
			return Reply.noContent();
		}));
		state.onReset(routes.contexts::clear);
	}

	private Reply list(NovuState.Request request) {
		Reply invalid = NovuState.cursorProblems(request);
		if (invalid != null) {
			return invalid;
		}
		String type = request.param("type");
		String id = request.param("id");
		String search = request.param("search");
		List<Map<String, @Nullable Object>> matching = this.contexts.values()
			.stream()
			.filter((c) -> type == null || type.equals(c.get("type")))
			.filter((c) -> id == null || id.equals(c.get("id")))
			.filter((c) -> search == null || String.valueOf(c.get("id")).contains(search)
					|| String.valueOf(c.get("type")).contains(search))
			.toList();
		Map<String, @Nullable Object> page = new LinkedHashMap<>(
				NovuState.cursorPage(request, matching, (c) -> (String) Objects.requireNonNull(c.get("_id"))));
		@SuppressWarnings("unchecked")
		List<Map<String, @Nullable Object>> data = (List<Map<String, @Nullable Object>>) page.get("data");
		page.put("data", data.stream().map(ContextRoutes::shown).toList());
		return Reply.of(200, page);
	}

	private Reply create(NovuState.Request request) {
		JsonNode body = request.json();
		String type = Bodies.text(body, "type");
		String id = Bodies.text(body, "id");
		List<String> problems = Bodies.required(body, "type", "id");
		if (!problems.isEmpty()) {
			return Reply.validationError(request.path(), problems.toArray(String[]::new));
		}
		if (this.contexts.containsKey(type + ":" + id)) {
			// WIRE-FORMAT-CURRENT §E: 409 whenever it exists.
			return Reply.error(409, "Conflict", "Context with id '" + id + "' and type '" + type
					+ "' already exists in environment " + this.state.environment().get("_id"), request.path());
		}
		String now = NovuState.now();
		Map<String, @Nullable Object> context = new LinkedHashMap<>();
		context.put("_id", NovuState.objectId());
		context.put("type", type);
		context.put("id", id);
		context.put("data", Bodies.map(body.get("data")));
		context.put("createdAt", now);
		context.put("updatedAt", now);
		this.contexts.put(type + ":" + id, context);
		return Reply.wrapped(201, shown(context));
	}

	private Reply update(NovuState.Request request, String type, String id) {
		JsonNode body = request.json();
		if (body == null || !body.path("data").isObject()) {
			return Reply.validationError(request.path(), "data must be an object");
		}
		return with(request, type, id, (context) -> {
			// The data is replaced, not merged.
			context.put("data", Bodies.map(body.get("data")));
			context.put("updatedAt", NovuState.now());
			return Reply.wrapped(200, shown(context));
		});
	}

	private Reply with(NovuState.Request request, String type, String id,
			java.util.function.Function<Map<String, @Nullable Object>, Reply> then) {
		Map<String, @Nullable Object> context = this.contexts.get(type + ":" + id);
		if (context == null) {
			return Reply.notFound("Context with id '" + id + "' and type '" + type + "' not found in environment "
					+ this.state.environment().get("_id"), request.path());
		}
		return then.apply(context);
	}

	/** The context as Novu answers it (without the internal {@code _id}). */
	private static Map<String, @Nullable Object> shown(Map<String, @Nullable Object> context) {
		Map<String, @Nullable Object> shown = new LinkedHashMap<>(context);
		shown.remove("_id");
		return shown;
	}

}
