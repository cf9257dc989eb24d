package io.github.novu4j.client.domains;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A route of a domain ({@code DomainRouteResponseDto}): where mail to {@code <address>@<domain>} goes.
 *
 * @param id Novu's id ({@code _id})
 * @param domainId the domain's id ({@code _domainId})
 * @param address the local part, {@code *} for the wildcard route
 * @param agentId the internal id of the destination agent (agent routes only)
 * @param type agent or webhook
 * @param environmentId the environment ({@code _environmentId})
 * @param organizationId the organization ({@code _organizationId})
 * @param createdAt when it was created (ISO 8601)
 * @param updatedAt when it was last updated (ISO 8601)
 * @param data your metadata (string values); empty when Novu sent none
 * @param additionalProperties what this record does not model
 */
public record DomainRoute(@JsonProperty("_id") @Nullable String id, @JsonProperty("_domainId") @Nullable String domainId,
		@JsonProperty("address") @Nullable String address, @JsonProperty("agentId") @Nullable String agentId,
		@JsonProperty("type") @Nullable DomainRouteType type,
		@JsonProperty("_environmentId") @Nullable String environmentId,
		@JsonProperty("_organizationId") @Nullable String organizationId,
		@JsonProperty("createdAt") @Nullable String createdAt, @JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonProperty("data") Map<String, @Nullable Object> data,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the maps.
	 * @param id Novu's id
	 * @param domainId the domain's id
	 * @param address the local part
	 * @param agentId the destination agent
	 * @param type agent or webhook
	 * @param environmentId the environment
	 * @param organizationId the organization
	 * @param createdAt when it was created
	 * @param updatedAt when it was last updated
	 * @param data your metadata
	 * @param additionalProperties what this record does not model
	 */
	public DomainRoute {
		data = AdditionalProperties.copyOf(data);
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
