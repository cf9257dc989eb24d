package io.github.novu4j.client.agents;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import io.github.novu4j.client.internal.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * Agents and their integrations ({@code /v1/agents}). Obtained from {@code NovuClient}; thread-safe.
 *
 * <pre>{@code
 * Agent agent = novu.agents().create(CreateAgentRequest.of("Support bot", "support-bot"));
 * novu.agents().integrations().create("support-bot", AddAgentIntegrationRequest.integration("slack-prod"));
 * for (Agent a : novu.agents().list()) { ... }     // every agent, page by page
 * }</pre>
 *
 * An agent is addressed by your identifier (a slug), never by Novu's {@code _id}.
 */
public class Agents {

	private final NovuTransport transport;

	private final AgentIntegrations integrations;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Agents(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
		this.integrations = new AgentIntegrations(transport);
	}

	/** @return the integrations linked to agents */
	public AgentIntegrations integrations() {
		return this.integrations;
	}

	/**
	 * Lists the agents of the environment ({@code GET /v1/agents}), newest first, 10 per page.
	 * @return the agents, page by page; {@link PlanUsage#of} reads a page's plan usage
	 */
	public CursorPagedIterable<Agent> list() {
		return list(null, CursorPagination.none(), RequestOptions.none());
	}

	/**
	 * Lists agents ({@code GET /v1/agents}).
	 * @param pagination where to start, page size (1 to 100) and order
	 * @return the agents, page by page
	 */
	public CursorPagedIterable<Agent> list(CursorPagination pagination) {
		return list(null, pagination, RequestOptions.none());
	}

	/**
	 * Lists agents ({@code GET /v1/agents}) whose identifier contains a text (case-insensitive).
	 * @param identifier the text to look for, or {@code null} for every agent
	 * @param pagination where to start, page size (1 to 100) and order
	 * @param options per-call options, applied to each page request
	 * @return the agents, page by page
	 */
	public CursorPagedIterable<Agent> list(@Nullable String identifier, CursorPagination pagination,
			RequestOptions options) {
		Objects.requireNonNull(pagination, "pagination");
		TextChecks.requireNullOrText(identifier, "identifier");
		return this.transport.cursorList(pagination,
				(page) -> ApiCall.get("agents.list", "/v1/agents").cursor(page).query("identifier", identifier).build(),
				Agent.class, options);
	}

	/**
	 * Creates an agent ({@code POST /v1/agents}). Sends {@code Novu-Analytics-Source: api} unless the
	 * options carry that header.
	 * @param request the agent
	 * @return the new agent
	 * @throws io.github.novu4j.client.NovuConflictException if the identifier is taken in this environment
	 */
	public Agent create(CreateAgentRequest request) {
		return create(request, RequestOptions.none());
	}

	/**
	 * Creates an agent ({@code POST /v1/agents}).
	 * @param request the agent
	 * @param options per-call options
	 * @return the new agent
	 * @throws io.github.novu4j.client.NovuConflictException if the identifier is taken in this environment
	 */
	public Agent create(CreateAgentRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(options, "options");
		return this.transport.call(ApiCall.post("agents.create", "/v1/agents").body(request).build(), Agent.class,
				AnalyticsSource.apply(options));
	}

	/**
	 * Sends a reply, edit or side effect into a live agent conversation
	 * ({@code POST /v1/agents/{agentId}/reply}).
	 * @param agentId the agent's identifier
	 * @param request what to send
	 * @return the platform message delivered or edited, or empty when the request delivered none (Novu
	 * answers {@code {"data": null}}, e.g. for signals, resolve or typing only)
	 */
	public Optional<SentMessageInfo> sendReply(String agentId, AgentReplyRequest request) {
		return sendReply(agentId, request, RequestOptions.none());
	}

	/**
	 * Sends into a live agent conversation ({@code POST /v1/agents/{agentId}/reply}).
	 * @param agentId the agent's identifier
	 * @param request what to send
	 * @param options per-call options
	 * @return the platform message delivered or edited, or empty when none was
	 */
	public Optional<SentMessageInfo> sendReply(String agentId, AgentReplyRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		ApiCall call = ApiCall.post("agents.sendReply", "/v1/agents/{agentId}/reply")
			.path("agentId", agentId)
			.body(request)
			.build();
		return Optional.ofNullable(this.transport.callNullable(call,
				this.transport.jsonMapper().constructType(SentMessageInfo.class), options));
	}

	/**
	 * Retrieves an agent by identifier ({@code GET /v1/agents/{identifier}}).
	 * @param identifier the agent's identifier
	 * @return the agent
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such agent
	 */
	public Agent retrieve(String identifier) {
		return retrieve(identifier, RequestOptions.none());
	}

	/**
	 * Retrieves an agent by identifier ({@code GET /v1/agents/{identifier}}).
	 * @param identifier the agent's identifier
	 * @param options per-call options
	 * @return the agent
	 */
	public Agent retrieve(String identifier, RequestOptions options) {
		return this.transport.call(
				ApiCall.get("agents.retrieve", "/v1/agents/{identifier}").path("identifier", identifier).build(),
				Agent.class, options);
	}

	/**
	 * Updates an agent ({@code PATCH /v1/agents/{identifier}}).
	 * @param identifier the agent's identifier
	 * @param request the changes
	 * @return the updated agent
	 */
	public Agent update(String identifier, UpdateAgentRequest request) {
		return update(identifier, request, RequestOptions.none());
	}

	/**
	 * Updates an agent ({@code PATCH /v1/agents/{identifier}}).
	 * @param identifier the agent's identifier
	 * @param request the changes
	 * @param options per-call options
	 * @return the updated agent
	 */
	public Agent update(String identifier, UpdateAgentRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.patch("agents.update", "/v1/agents/{identifier}")
			.path("identifier", identifier)
			.body(request)
			.build(), Agent.class, options);
	}

	/**
	 * Sets an agent's bridge URLs ({@code PUT /v1/agents/{identifier}/bridge}).
	 * @param identifier the agent's identifier
	 * @param request the bridge configuration
	 * @return the updated agent
	 */
	public Agent updateBridge(String identifier, UpdateAgentBridgeRequest request) {
		return updateBridge(identifier, request, RequestOptions.none());
	}

	/**
	 * Sets an agent's bridge URLs ({@code PUT /v1/agents/{identifier}/bridge}).
	 * @param identifier the agent's identifier
	 * @param request the bridge configuration
	 * @param options per-call options
	 * @return the updated agent
	 */
	public Agent updateBridge(String identifier, UpdateAgentBridgeRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.put("agents.updateBridge", "/v1/agents/{identifier}/bridge")
			.path("identifier", identifier)
			.body(request)
			.build(), Agent.class, options);
	}

	/**
	 * Deletes an agent and its integration links ({@code DELETE /v1/agents/{identifier}}); a managed
	 * agent stays at its provider.
	 * @param identifier the agent's identifier
	 */
	public void delete(String identifier) {
		delete(identifier, false, RequestOptions.none());
	}

	/**
	 * Deletes an agent and its integration links ({@code DELETE /v1/agents/{identifier}}).
	 * @param identifier the agent's identifier
	 * @param deleteFromProvider whether a managed agent is also archived at its provider
	 * @param options per-call options
	 */
	public void delete(String identifier, boolean deleteFromProvider, RequestOptions options) {
		this.transport.callNoContent(ApiCall.delete("agents.delete", "/v1/agents/{identifier}")
			.path("identifier", identifier)
			.query("deleteFromProvider", deleteFromProvider)
			.build(), options);
	}

	static Map<String, String> integrationIdentifierBody(String integrationIdentifier) {
		return Map.of("integrationIdentifier", TextChecks.requireText(integrationIdentifier, "integrationIdentifier"));
	}

}
