package io.github.novu4j.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Environments v2 ({@code /v2/environments/{id}/tags|diff|publish}) and the inbound delivery webhooks: the tags of
 * the stored workflows, and publishing them to another environment. What was published to an environment is
 * kept, so a diff after a publish shows no changes until a workflow changes again.
 */
final class EnvironmentSyncRoutes {

	private final NovuState state;

	private final WorkflowRoutes workflows;

	/** Per target environment: the workflows as last published there, by workflowId. */
	private final Map<String, Map<String, Map<String, @Nullable Object>>> published = new LinkedHashMap<>();

	private EnvironmentSyncRoutes(NovuState state, WorkflowRoutes workflows) {
		this.state = state;
		this.workflows = workflows;
	}

	static void register(NovuState state, WorkflowRoutes workflows) {
		EnvironmentSyncRoutes routes = new EnvironmentSyncRoutes(state, workflows);
		state.route("GET", "/v2/environments/{environmentId}/tags", (r, v) -> routes.tags());
		state.route("POST", "/v2/environments/{targetEnvironmentId}/diff", (r, v) -> routes.diff(r, v.get(0)));
		state.route("POST", "/v2/environments/{targetEnvironmentId}/publish", (r, v) -> routes.publish(r, v.get(0)));
		state.route("POST", "/v2/inbound-webhooks/delivery-providers/{environmentId}/{integrationId}",
				(r, v) -> routes.track(r, v.get(0)));
		state.onReset(routes.published::clear);
	}

	@SuppressWarnings("unchecked")
	private Reply tags() {
		Set<String> tags = new LinkedHashSet<>();
		this.workflows.all().forEach((w) -> tags.addAll((List<String>) w.getOrDefault("tags", List.of())));
		return Reply.wrapped(200, tags.stream().map((t) -> Map.of("name", t)).toList());
	}

	private Reply diff(NovuState.Request request, String target) {
		String source = Objects.requireNonNullElse(Bodies.text(request.json(), "sourceEnvironmentId"),
				(String) this.state.environment().get("_id"));
		if (source.equals(target)) {
			return Reply.badRequest(request.path(), "Source and target environments must be different");
		}
		Map<String, Map<String, @Nullable Object>> there = this.published.getOrDefault(target, Map.of());
		List<Map<String, @Nullable Object>> resources = new ArrayList<>();
		int changes = 0;
		Set<String> compared = new LinkedHashSet<>();
		for (Map<String, @Nullable Object> workflow : this.workflows.all()) {
			String id = (String) Objects.requireNonNull(workflow.get("workflowId"));
			compared.add(id);
			Map<String, @Nullable Object> before = there.get(id);
			String action = (before == null) ? "added"
					: Objects.equals(before.get("updatedAt"), workflow.get("updatedAt")) ? "unchanged" : "modified";
			resources.add(resourceDiff(workflow, before, action));
			changes += action.equals("unchanged") ? 0 : 1;
		}
		for (Map.Entry<String, Map<String, @Nullable Object>> gone : there.entrySet()) {
			if (!compared.contains(gone.getKey())) {
				resources.add(resourceDiff(null, gone.getValue(), "deleted"));
				changes++;
			}
		}
		return Reply.wrapped(200, Bodies.object("sourceEnvironmentId", source, "targetEnvironmentId", target,
				"resources", resources, "summary", Bodies.object("totalEntities", resources.size(), "totalChanges", changes,
						"hasChanges", changes > 0)));
	}

	private static Map<String, @Nullable Object> resourceDiff(@Nullable Map<String, @Nullable Object> source,
			@Nullable Map<String, @Nullable Object> target, String action) {
		Map<String, @Nullable Object> change = Bodies.object("resourceType", "workflow", "action", action);
		if (!action.equals("unchanged")) {
			change.put("diffs", Bodies.object("previous", (target != null) ? Map.of("name", target.get("name")) : null,
					"new", (source != null) ? Map.of("name", source.get("name")) : null));
		}
		int added = action.equals("added") ? 1 : 0;
		int modified = action.equals("modified") ? 1 : 0;
		int deleted = action.equals("deleted") ? 1 : 0;
		return Bodies.object("resourceType", "workflow", "sourceResource", info(source), "targetResource", info(target),
				"changes", action.equals("unchanged") ? List.of() : List.of(change), "summary", Bodies.object("added", added,
						"modified", modified, "deleted", deleted, "unchanged", 1 - added - modified - deleted),
				"dependencies", List.of());
	}

	private static @Nullable Map<String, @Nullable Object> info(@Nullable Map<String, @Nullable Object> workflow) {
		return (workflow == null) ? null : Bodies.object("id", workflow.get("workflowId"), "name", workflow.get("name"),
				"updatedAt", workflow.get("updatedAt"));
	}

	private Reply publish(NovuState.Request request, String target) {
		JsonNode body = request.json();
		String source = Objects.requireNonNullElse(Bodies.text(body, "sourceEnvironmentId"),
				(String) this.state.environment().get("_id"));
		if (source.equals(target)) {
			return Reply.badRequest(request.path(), "Source and target environments must be different");
		}
		boolean dryRun = body != null && body.path("dryRun").asBoolean(false);
		Set<String> only = new LinkedHashSet<>();
		if (body != null) {
			body.path("resources").forEach((r) -> only.add(r.path("resourceId").asString("")));
		}
		Map<String, Map<String, @Nullable Object>> there = this.published.computeIfAbsent(target, (t) -> new LinkedHashMap<>());
		List<Map<String, @Nullable Object>> successful = new ArrayList<>();
		List<Map<String, @Nullable Object>> skipped = new ArrayList<>();
		for (Map<String, @Nullable Object> workflow : this.workflows.all()) {
			String id = (String) Objects.requireNonNull(workflow.get("workflowId"));
			if (!only.isEmpty() && !only.contains(id)) {
				continue;
			}
			Map<String, @Nullable Object> before = there.get(id);
			Map<String, @Nullable Object> resource = Bodies.object("resourceType", "workflow", "resourceId", id,
					"resourceName", workflow.get("name"));
			if (before != null && Objects.equals(before.get("updatedAt"), workflow.get("updatedAt"))) {
				resource.put("reason", "No changes");
				skipped.add(resource);
				continue;
			}
			resource.put("action", (before == null) ? "created" : "updated");
			successful.add(resource);
			if (!dryRun) {
				there.put(id, new LinkedHashMap<>(workflow));
			}
		}
		int total = successful.size() + skipped.size();
		return Reply.wrapped(200, Bodies.object("results", List.of(Bodies.object("resourceType", "workflow", "successful",
				successful, "failed", List.of(), "skipped", skipped, "totalProcessed", total)), "summary", Bodies.object(
						"resources", total, "successful", successful.size(), "failed", 0, "skipped", skipped.size())));
	}

	/**
	 * A provider's delivery webhook: one result per event of the body (an array, or one object). An event that
	 * names a stored message ({@code messageId}, {@code id} or {@code transactionId}) is reported with that id.
	 */
	private Reply track(NovuState.Request request, String environmentId) {
		if (!environmentId.equals(this.state.environment().get("_id"))) {
			return Reply.notFound("Environment not found", request.path());
		}
		JsonNode body = request.json();
		List<JsonNode> events = new ArrayList<>();
		if (body != null && body.isArray()) {
			body.forEach(events::add);
		}
		else if (body != null) {
			events.add(body);
		}
		List<Map<String, @Nullable Object>> results = new ArrayList<>();
		for (JsonNode event : events) {
			Map<String, @Nullable Object> message = null;
			for (String key : List.of("messageId", "id", "transactionId")) {
				String wanted = Bodies.text(event, key);
				if (wanted != null && message == null) {
					message = this.state.messages()
						.stream()
						.filter((m) -> wanted.equals(m.get("_id")) || wanted.equals(m.get("transactionId")))
						.findFirst()
						.orElse(null);
				}
			}
			String externalId = Objects.requireNonNullElse(Bodies.text(event, "sg_message_id"),
					Objects.requireNonNullElse(Bodies.text(event, "id"), NovuState.objectId()));
			String status = Objects.requireNonNullElse(Bodies.text(event, "event"),
					Objects.requireNonNullElse(Bodies.text(event, "status"), "delivered"));
			results.add(Bodies.object("id", (message != null) ? message.get("_id") : NovuState.objectId(), "event",
					Bodies.object("status", status, "date", NovuState.now(), "externalId", externalId, "attempts", 1,
							"response", "", "row", Bodies.JSON.writeValueAsString(event))));
		}
		return Reply.wrapped(200, results);
	}

}
