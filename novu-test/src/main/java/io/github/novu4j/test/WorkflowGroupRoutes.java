package io.github.novu4j.test;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Workflow groups ({@code /v1/notification-groups}), stateful. A create with a taken name answers the existing group. */
final class WorkflowGroupRoutes {

	private final NovuState state;

	private final Records groups;

	WorkflowGroupRoutes(NovuState state) {
		this.state = state;
		this.groups = new Records(state, (id) -> "Notification group with id " + id + " not found",
				(name) -> "Notification group " + name + " already exists");
	}

	void register() {
		this.state.route("POST", "/v1/notification-groups", (r, v) -> create(r));
		this.state.route("GET", "/v1/notification-groups", (r, v) -> Reply.wrapped(200, this.groups.all()));
		this.state.route("GET", "/v1/notification-groups/{id}",
				(r, v) -> this.groups.with(v.get(0), r, (group) -> Reply.wrapped(200, group)));
		this.state.route("PATCH", "/v1/notification-groups/{id}", (r, v) -> update(r, v.get(0)));
		this.state.route("DELETE", "/v1/notification-groups/{id}", (r, v) -> this.groups.with(v.get(0), r, (group) -> {
			this.groups.remove(v.get(0));
			return Reply.wrapped(200, Map.of("acknowledged", true, "status", "deleted"));
		}));
	}

	private Reply create(NovuState.Request request) {
		String name = Records.text(request.json(), "name");
		if (name == null) {
			return Reply.badRequest(request.path(), "name should not be empty", "name must be a string");
		}
		Map<String, @Nullable Object> existing = this.groups.find((g) -> name.equals(g.get("name")));
		if (existing != null) {
			return Reply.wrapped(201, existing);
		}
		Map<String, @Nullable Object> group = Records.document(this.state);
		group.put("name", name);
		group.put("_parentId", NovuState.objectId());
		group.put("__v", 0);
		return Reply.wrapped(201, this.groups.put((String) group.get("_id"), group));
	}

	private Reply update(NovuState.Request request, String id) {
		String name = Records.text(request.json(), "name");
		if (name == null) {
			return Reply.badRequest(request.path(), "name should not be empty", "name must be a string");
		}
		return this.groups.with(id, request, (group) -> Reply.wrapped(200, Records.update(request.json(), group, "name")));
	}

}
