package io.github.novu4j.client.domains;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a route ({@code UpdateDomainRouteDto}): its destination and metadata. The address is the
 * route's identity; delete and recreate the route to change it.
 *
 * @param agentId the destination agent's identifier (agent routes)
 * @param type agent or webhook
 * @param data replaces the metadata when set: at most 10 keys and 500 characters together
 */
public record UpdateDomainRouteRequest(@JsonProperty("agentId") @Nullable String agentId,
		@JsonProperty("type") @Nullable DomainRouteType type,
		@JsonProperty("data") @Nullable Map<String, String> data) {

	/**
	 * Checks the agent and the metadata.
	 * @param agentId the destination agent
	 * @param type agent or webhook
	 * @param data the new metadata
	 * @throws IllegalArgumentException if nothing is set, an agent route has no agent, or the metadata
	 * is over Novu's limits
	 */
	public UpdateDomainRouteRequest {
		if (agentId == null && type == null && data == null) {
			throw new IllegalArgumentException("a route update must set agentId, type or data");
		}
		if (DomainRouteType.AGENT.equals(type)) {
			TextChecks.requireText(agentId, "agentId of an agent route");
		}
		TextChecks.requireNullOrText(agentId, "agentId");
		data = DomainChecks.metadata(data);
	}

	/** @return an update pointing the route at the outbound webhooks */
	public static UpdateDomainRouteRequest toWebhook() {
		return new UpdateDomainRouteRequest(null, DomainRouteType.WEBHOOK, null);
	}

	/**
	 * @param agentId the agent's identifier
	 * @return an update pointing the route at that agent
	 */
	public static UpdateDomainRouteRequest toAgent(String agentId) {
		return new UpdateDomainRouteRequest(agentId, DomainRouteType.AGENT, null);
	}

	/**
	 * @param data the new metadata, replacing the old
	 * @return an update of the metadata only
	 */
	public static UpdateDomainRouteRequest data(Map<String, String> data) {
		return new UpdateDomainRouteRequest(null, null, data);
	}

	/**
	 * @param data the new metadata, replacing the old
	 * @return this update, also replacing the metadata
	 */
	public UpdateDomainRouteRequest withData(Map<String, String> data) {
		return new UpdateDomainRouteRequest(this.agentId, this.type, data);
	}

}
