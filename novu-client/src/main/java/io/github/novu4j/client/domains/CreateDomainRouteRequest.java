package io.github.novu4j.client.domains;

import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * A new route of a domain ({@code DomainRouteDto}): mail to {@code <address>@<domain>} goes to an agent or
 * to your outbound webhooks. One route per address; {@code *} is the wildcard route. Novu stores the
 * address trimmed and lower-cased.
 *
 * @param address the local part, e.g. {@code support}, or {@code *}
 * @param agentId the destination agent's identifier (agent routes)
 * @param type agent or webhook
 * @param data optional string metadata: at most 10 keys and 500 characters together
 */
public record CreateDomainRouteRequest(@JsonProperty("address") String address,
		@JsonProperty("agentId") @Nullable String agentId, @JsonProperty("type") DomainRouteType type,
		@JsonProperty("data") @Nullable Map<String, String> data) {

	/**
	 * Checks the address, the agent and the metadata.
	 * @param address the local part or {@code *}
	 * @param agentId the destination agent
	 * @param type agent or webhook
	 * @param data optional metadata
	 * @throws IllegalArgumentException if the address is not a local part, an agent route has no agent,
	 * or the metadata is over Novu's limits
	 */
	public CreateDomainRouteRequest {
		DomainChecks.address(address);
		Objects.requireNonNull(type, "type");
		if (DomainRouteType.AGENT.equals(type)) {
			TextChecks.requireText(agentId, "agentId of an agent route");
		}
		data = DomainChecks.metadata(data);
	}

	/**
	 * @param address the local part, or {@code *} for every address
	 * @return a route to the environment's outbound webhooks
	 */
	public static CreateDomainRouteRequest webhook(String address) {
		return new CreateDomainRouteRequest(address, null, DomainRouteType.WEBHOOK, null);
	}

	/**
	 * @param address the local part, or {@code *} for every address
	 * @param agentId the agent's identifier
	 * @return a route to that agent
	 */
	public static CreateDomainRouteRequest agent(String address, String agentId) {
		return new CreateDomainRouteRequest(address, agentId, DomainRouteType.AGENT, null);
	}

	/**
	 * @param data string metadata, at most 10 keys and 500 characters together
	 * @return this request with that metadata
	 */
	public CreateDomainRouteRequest withData(Map<String, String> data) {
		return new CreateDomainRouteRequest(this.address, this.agentId, this.type, data);
	}

}
