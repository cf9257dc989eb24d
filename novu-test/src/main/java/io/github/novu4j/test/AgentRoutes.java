package io.github.novu4j.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Agents and their integration links, stateful, keyed by the agent's identifier. A reply answers the message
 * the agent would send (no conversation is kept); a reply without content answers {@code {"data": null}}.
 */
final class AgentRoutes {

	private static final Pattern IDENTIFIER = Pattern.compile("^[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$");

	private static final Pattern OBJECT_ID = Pattern.compile("^[0-9a-fA-F]{24}$");

	private final NovuState state;

	private final IntegrationRoutes integrations;

	private final Records agents;

	/** Links, keyed by their {@code _id}. */
	private final Records links;

	AgentRoutes(NovuState state, IntegrationRoutes integrations) {
		this.state = state;
		this.integrations = integrations;
		this.agents = new Records(state, (id) -> "Agent with identifier " + id + " not found",
				(id) -> "Agent with identifier " + id + " already exists");
		this.links = new Records(state, (id) -> "Agent integration " + id + " not found",
				(id) -> "Integration " + id + " is already linked to this agent");
	}

	void register() {
		this.state.route("GET", "/v1/agents", (r, v) -> this.agents
			.page(r, (a) -> r.param("identifier") == null || r.param("identifier").equals(a.get("identifier"))));
		this.state.route("POST", "/v1/agents", (r, v) -> create(r));
		this.state.route("GET", "/v1/agents/{identifier}", (r, v) -> this.agents.with(v.get(0), r, (a) -> Reply.wrapped(200, a)));
		this.state.route("PATCH", "/v1/agents/{identifier}", (r, v) -> this.agents.with(v.get(0), r, (a) -> Reply.wrapped(200,
				Records.update(r.json(), a, "name", "description", "active", "behavior", "bridgeUrl", "devBridgeUrl",
						"devBridgeActive"))));
		this.state.route("PUT", "/v1/agents/{identifier}/bridge", (r, v) -> this.agents.with(v.get(0), r,
				(a) -> Reply.wrapped(200, Records.update(r.json(), a, "bridgeUrl", "devBridgeUrl", "devBridgeActive"))));
		this.state.route("DELETE", "/v1/agents/{identifier}", (r, v) -> this.agents.with(v.get(0), r, (a) -> {
			this.agents.remove(v.get(0));
			linksOf(a).forEach((link) -> this.links.remove((String) link.get("_id")));
			return Reply.noContent();
		}));
		this.state.route("POST", "/v1/agents/{agentId}/reply", (r, v) -> reply(r, v.get(0)));
		this.state.route("GET", "/v1/agents/{identifier}/integrations", (r, v) -> this.agents.with(v.get(0), r,
				(a) -> this.links.page(r, (link) -> a.get("_id").equals(link.get("_agentId"))
						&& (r.param("integrationIdentifier") == null || r.param("integrationIdentifier")
							.equals(((Map<?, ?>) link.get("integration")).get("identifier"))))));
		this.state.route("POST", "/v1/agents/{identifier}/integrations", (r, v) -> link(r, v.get(0)));
		this.state.route("PATCH", "/v1/agents/{identifier}/integrations/{agentIntegrationId}",
				(r, v) -> relink(r, v.get(0), v.get(1)));
		this.state.route("DELETE", "/v1/agents/{identifier}/integrations/{agentIntegrationId}",
				(r, v) -> withLink(r, v.get(0), v.get(1), (a, link) -> {
					this.links.remove(v.get(1));
					summarize(a);
					return Reply.noContent();
				}));
	}

	private Reply create(NovuState.Request request) {
		Reply invalid = Records.requireText(request, "name", "identifier");
		if (invalid != null) {
			return invalid;
		}
		String identifier = Records.text(request.json(), "identifier");
		if (!IDENTIFIER.matcher(identifier).matches()) {
			return Reply.validationError(request.path(), "identifier must be a valid slug format (letters, numbers, "
					+ "hyphens, dot and underscores only)");
		}
		if (this.agents.has(identifier)) {
			return this.agents.conflict(identifier, request);
		}
		Map<String, @Nullable Object> agent = Records.document(this.state);
		agent.put("name", Records.text(request.json(), "name"));
		agent.put("identifier", identifier);
		agent.put("active", true);
		agent.put("devBridgeActive", false);
		agent.put("runtime", "self-hosted");
		agent.put("visibility", "public");
		agent.put("integrations", List.of());
		agent.put("exceedsPlanLimit", false);
		Records.copy(request.json(), agent, "description", "active", "runtime", "managedRuntime");
		return Reply.wrapped(201, this.agents.put(identifier, agent));
	}

	private Reply reply(NovuState.Request request, String agentId) {
		Map<String, @Nullable Object> agent = this.agents.get(agentId);
		if (agent == null) {
			agent = this.agents.find((a) -> agentId.equals(a.get("_id")));
		}
		if (agent == null) {
			return this.agents.notFound(agentId, request);
		}
		Reply invalid = Records.requireText(request, "conversationId", "integrationIdentifier");
		if (invalid != null) {
			return invalid;
		}
		JsonNode body = request.json();
		if (!OBJECT_ID.matcher(Records.text(body, "conversationId")).matches()) {
			return Reply.validationError(request.path(), "conversationId must be a mongodb id");
		}
		if (this.integrations.withIdentifier(Records.text(body, "integrationIdentifier")) == null) {
			return Reply.notFound("Integration with identifier " + Records.text(body, "integrationIdentifier") + " not found",
					request.path());
		}
		boolean sends = body.path("reply").isObject() || body.path("edit").isObject()
				|| body.path("toolApprovalRequest").isObject();
		if (!sends) {
			return Reply.wrapped(200, null);
		}
		Map<String, @Nullable Object> sent = new LinkedHashMap<>();
		sent.put("messageId", NovuState.objectId());
		sent.put("platformThreadId", "thread-" + Records.text(body, "conversationId"));
		return Reply.wrapped(200, sent);
	}

	private Reply link(NovuState.Request request, String identifier) {
		return this.agents.with(identifier, request, (agent) -> {
			String integrationIdentifier = Records.text(request.json(), "integrationIdentifier");
			String providerId = Records.text(request.json(), "providerId");
			if (integrationIdentifier == null && providerId == null) {
				return Reply.validationError(request.path(), "integrationIdentifier or providerId is required");
			}
			Map<String, @Nullable Object> integration = (integrationIdentifier != null)
					? this.integrations.withIdentifier(integrationIdentifier)
					: this.integrations.findByProvider(providerId);
			if (integration == null) {
				return Reply.notFound("Integration with identifier " + Objects.requireNonNullElse(integrationIdentifier,
						providerId) + " not found", request.path());
			}
			String linkedIdentifier = (String) integration.get("identifier");
			if (linksOf(agent).stream().anyMatch((l) -> linkedIdentifier.equals(identifierOf(l)))) {
				return this.links.conflict(linkedIdentifier, request);
			}
			Map<String, @Nullable Object> link = Records.document(this.state);
			link.put("_agentId", agent.get("_id"));
			link.put("integration", integrationSummary(agent, integration));
			link.put("connectedAt", null);
			link.put("exceedsPlanLimit", false);
			this.links.put((String) link.get("_id"), link);
			summarize(agent);
			return Reply.wrapped(201, link);
		});
	}

	private Reply relink(NovuState.Request request, String identifier, String linkId) {
		Reply invalid = Records.requireText(request, "integrationIdentifier");
		if (invalid != null) {
			return invalid;
		}
		return withLink(request, identifier, linkId, (agent, link) -> this.integrations.byIdentifier(request,
				Records.text(request.json(), "integrationIdentifier"), (integration) -> {
					link.put("integration", integrationSummary(agent, integration));
					link.put("updatedAt", NovuState.now());
					summarize(agent);
					return Reply.wrapped(200, link);
				}));
	}

	private Reply withLink(NovuState.Request request, String identifier, String linkId, LinkAction action) {
		return this.agents.with(identifier, request, (agent) -> {
			Map<String, @Nullable Object> link = this.links.get(linkId);
			if (link == null || !agent.get("_id").equals(link.get("_agentId"))) {
				return this.links.notFound(linkId, request);
			}
			return action.apply(agent, link);
		});
	}

	private List<Map<String, @Nullable Object>> linksOf(Map<String, @Nullable Object> agent) {
		return this.links.all().stream().filter((l) -> agent.get("_id").equals(l.get("_agentId"))).toList();
	}

	private static @Nullable Object identifierOf(Map<String, @Nullable Object> link) {
		return ((Map<?, ?>) link.get("integration")).get("identifier");
	}

	private static Map<String, @Nullable Object> integrationSummary(Map<String, @Nullable Object> agent,
			Map<String, @Nullable Object> integration) {
		Map<String, @Nullable Object> summary = new LinkedHashMap<>();
		for (String field : List.of("_id", "identifier", "name", "providerId", "channel", "active")) {
			summary.put(field, integration.get(field));
		}
		if ("email".equals(integration.get("channel"))) {
			summary.put("sharedInboundAddress", agent.get("identifier") + "@agentconnect.sh");
			summary.put("defaultSenderName", agent.get("name"));
			summary.put("sharedInboxDisabled", false);
		}
		return summary;
	}

	/** Keeps the agent's {@code integrations} summary in step with its links. */
	private void summarize(Map<String, @Nullable Object> agent) {
		List<Map<String, @Nullable Object>> summaries = new ArrayList<>();
		for (Map<String, @Nullable Object> link : linksOf(agent)) {
			Map<?, ?> integration = (Map<?, ?>) link.get("integration");
			Map<String, @Nullable Object> summary = new LinkedHashMap<>();
			summary.put("integrationId", integration.get("_id"));
			for (String field : List.of("providerId", "name", "identifier", "channel", "active")) {
				summary.put(field, integration.get(field));
			}
			summaries.add(summary);
		}
		agent.put("integrations", summaries);
	}

	@FunctionalInterface
	private interface LinkAction {

		Reply apply(Map<String, @Nullable Object> agent, Map<String, @Nullable Object> link);

	}

}
