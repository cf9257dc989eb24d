package io.github.novu4j.client.agents;

import java.util.Objects;

import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import io.github.novu4j.client.internal.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * The integrations linked to an agent ({@code /v1/agents/{identifier}/integrations}). Obtained from
 * {@code novu.agents().integrations()}; thread-safe.
 */
public class AgentIntegrations {

	private final NovuTransport transport;

	AgentIntegrations(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Lists an agent's integration links ({@code GET /v1/agents/{identifier}/integrations}).
	 * @param identifier the agent's identifier
	 * @return the links, page by page; {@link PlanUsage#of} reads a page's plan usage
	 */
	public CursorPagedIterable<AgentIntegration> list(String identifier) {
		return list(identifier, null, CursorPagination.none(), RequestOptions.none());
	}

	/**
	 * Lists an agent's integration links ({@code GET /v1/agents/{identifier}/integrations}).
	 * @param identifier the agent's identifier
	 * @param pagination where to start, page size (1 to 100) and order
	 * @return the links, page by page
	 */
	public CursorPagedIterable<AgentIntegration> list(String identifier, CursorPagination pagination) {
		return list(identifier, null, pagination, RequestOptions.none());
	}

	/**
	 * Lists an agent's integration links ({@code GET /v1/agents/{identifier}/integrations}), optionally
	 * only those of one integration.
	 * @param identifier the agent's identifier
	 * @param integrationIdentifier only links to this integration (its identifier, not {@code _id}), or
	 * {@code null}
	 * @param pagination where to start, page size (1 to 100) and order
	 * @param options per-call options, applied to each page request
	 * @return the links, page by page
	 */
	public CursorPagedIterable<AgentIntegration> list(String identifier, @Nullable String integrationIdentifier,
			CursorPagination pagination, RequestOptions options) {
		Objects.requireNonNull(pagination, "pagination");
		TextChecks.requireNullOrText(integrationIdentifier, "integrationIdentifier");
		return this.transport.cursorList(pagination,
				(page) -> ApiCall.get("agents.integrations.list", "/v1/agents/{identifier}/integrations")
					.path("identifier", identifier)
					.cursor(page)
					.query("integrationIdentifier", integrationIdentifier)
					.build(),
				AgentIntegration.class, options);
	}

	/**
	 * Links an integration to an agent ({@code POST /v1/agents/{identifier}/integrations}).
	 * @param identifier the agent's identifier
	 * @param request the integration (by identifier) or a provider
	 * @return the new link
	 */
	public AgentIntegration create(String identifier, AddAgentIntegrationRequest request) {
		return create(identifier, request, RequestOptions.none());
	}

	/**
	 * Links an integration to an agent ({@code POST /v1/agents/{identifier}/integrations}).
	 * @param identifier the agent's identifier
	 * @param request the integration (by identifier) or a provider
	 * @param options per-call options
	 * @return the new link
	 */
	public AgentIntegration create(String identifier, AddAgentIntegrationRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("agents.integrations.create", "/v1/agents/{identifier}/integrations")
			.path("identifier", identifier)
			.body(request)
			.build(), AgentIntegration.class, options);
	}

	/**
	 * Points a link at another integration
	 * ({@code PATCH /v1/agents/{identifier}/integrations/{agentIntegrationId}}).
	 * @param identifier the agent's identifier
	 * @param agentIntegrationId the link's id ({@link AgentIntegration#id()})
	 * @param integrationIdentifier the integration's identifier (not its {@code _id})
	 * @return the updated link
	 */
	public AgentIntegration update(String identifier, String agentIntegrationId, String integrationIdentifier) {
		return update(identifier, agentIntegrationId, integrationIdentifier, RequestOptions.none());
	}

	/**
	 * Points a link at another integration
	 * ({@code PATCH /v1/agents/{identifier}/integrations/{agentIntegrationId}}).
	 * @param identifier the agent's identifier
	 * @param agentIntegrationId the link's id
	 * @param integrationIdentifier the integration's identifier
	 * @param options per-call options
	 * @return the updated link
	 */
	public AgentIntegration update(String identifier, String agentIntegrationId, String integrationIdentifier,
			RequestOptions options) {
		return this.transport.call(
				ApiCall.patch("agents.integrations.update", "/v1/agents/{identifier}/integrations/{agentIntegrationId}")
					.path("identifier", identifier)
					.path("agentIntegrationId", agentIntegrationId)
					.body(Agents.integrationIdentifierBody(integrationIdentifier))
					.build(),
				AgentIntegration.class, options);
	}

	/**
	 * Removes a link ({@code DELETE /v1/agents/{identifier}/integrations/{agentIntegrationId}}).
	 * @param identifier the agent's identifier
	 * @param agentIntegrationId the link's id
	 */
	public void delete(String identifier, String agentIntegrationId) {
		delete(identifier, agentIntegrationId, RequestOptions.none());
	}

	/**
	 * Removes a link ({@code DELETE /v1/agents/{identifier}/integrations/{agentIntegrationId}}).
	 * @param identifier the agent's identifier
	 * @param agentIntegrationId the link's id
	 * @param options per-call options
	 */
	public void delete(String identifier, String agentIntegrationId, RequestOptions options) {
		this.transport.callNoContent(
				ApiCall.delete("agents.integrations.delete", "/v1/agents/{identifier}/integrations/{agentIntegrationId}")
					.path("identifier", identifier)
					.path("agentIntegrationId", agentIntegrationId)
					.build(),
				options);
	}

}
