package io.github.novu4j.client.agents;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.ChannelType;
import org.jspecify.annotations.Nullable;

/**
 * A link between an agent and an integration ({@code AgentIntegrationResponseDto}).
 *
 * @param id the link's id ({@code _id}), used to update or delete it
 * @param agentId the agent's internal id ({@code _agentId})
 * @param integration the linked integration
 * @param environmentId the environment ({@code _environmentId})
 * @param organizationId the organization ({@code _organizationId})
 * @param connectedAt when the link received its first inbound webhook, or {@code null}
 * @param createdAt when it was created (ISO 8601)
 * @param updatedAt when it was last updated (ISO 8601)
 * @param exceedsPlanLimit Novu Cloud only: whether this channel type is over the plan's limit
 * @param additionalProperties what this record does not model
 */
public record AgentIntegration(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("_agentId") @Nullable String agentId,
		@JsonProperty("integration") @Nullable Integration integration,
		@JsonProperty("_environmentId") @Nullable String environmentId,
		@JsonProperty("_organizationId") @Nullable String organizationId,
		@JsonProperty("connectedAt") @Nullable Object connectedAt,
		@JsonProperty("createdAt") @Nullable String createdAt, @JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonProperty("exceedsPlanLimit") @Nullable Boolean exceedsPlanLimit,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the additional properties.
	 * @param id the link's id
	 * @param agentId the agent's internal id
	 * @param integration the linked integration
	 * @param environmentId the environment
	 * @param organizationId the organization
	 * @param connectedAt when it first received a webhook
	 * @param createdAt when it was created
	 * @param updatedAt when it was last updated
	 * @param exceedsPlanLimit whether it is over the plan limit
	 * @param additionalProperties what this record does not model
	 */
	public AgentIntegration {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * The integration side of a link ({@code AgentIntegrationResponseIntegrationDto}).
	 *
	 * @param id the integration's document id ({@code _id})
	 * @param identifier the integration's identifier
	 * @param name its name
	 * @param providerId its provider, e.g. {@code slack}
	 * @param channel its channel
	 * @param active whether it is active
	 * @param sharedInboundAddress the Novu shared inbox address of the agent, when enabled
	 * @param defaultSenderName the default e-mail From name (Novu agent e-mail integrations)
	 * @param sharedInboxDisabled whether mail to the shared inbox domain is dropped
	 * @param additionalProperties what this record does not model
	 */
	public record Integration(@JsonProperty("_id") @Nullable String id,
			@JsonProperty("identifier") @Nullable String identifier, @JsonProperty("name") @Nullable String name,
			@JsonProperty("providerId") @Nullable String providerId,
			@JsonProperty("channel") @Nullable ChannelType channel, @JsonProperty("active") @Nullable Boolean active,
			@JsonProperty("sharedInboundAddress") @Nullable String sharedInboundAddress,
			@JsonProperty("defaultSenderName") @Nullable String defaultSenderName,
			@JsonProperty("sharedInboxDisabled") @Nullable Boolean sharedInboxDisabled,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the additional properties.
		 * @param id the integration's document id
		 * @param identifier the integration's identifier
		 * @param name its name
		 * @param providerId its provider
		 * @param channel its channel
		 * @param active whether it is active
		 * @param sharedInboundAddress the shared inbox address
		 * @param defaultSenderName the default From name
		 * @param sharedInboxDisabled whether the shared inbox is disabled
		 * @param additionalProperties what this record does not model
		 */
		public Integration {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
