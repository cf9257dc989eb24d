package io.github.novu4j.client.agents;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.ChannelType;
import org.jspecify.annotations.Nullable;

/**
 * An agent ({@code AgentResponseDto}): the answer of create, retrieve, update and updateBridge, and the
 * items of list.
 *
 * @param id Novu's id ({@code _id})
 * @param name its name
 * @param identifier your identifier (a slug), used in every other agent operation
 * @param description its description
 * @param behavior how it behaves in conversations
 * @param active whether it answers
 * @param bridgeUrl the production bridge URL
 * @param devBridgeUrl the development bridge URL (set by {@code npx novu dev})
 * @param devBridgeActive whether the development bridge overrides the production one
 * @param runtime self-hosted or managed
 * @param visibility its discovery scope ({@code public} today)
 * @param managedRuntime the provider and external ids, when the runtime is managed
 * @param environmentId the environment ({@code _environmentId})
 * @param organizationId the organization ({@code _organizationId})
 * @param createdBy the id of the user who created it
 * @param createdAt when it was created (ISO 8601)
 * @param updatedAt when it was last updated (ISO 8601)
 * @param integrations the integrations linked to it; empty when Novu sent none
 * @param exceedsPlanLimit Novu Cloud only: whether it falls outside the plan's agent limit (it then does
 * not answer)
 * @param additionalProperties what this record does not model
 */
public record Agent(@JsonProperty("_id") @Nullable String id, @JsonProperty("name") @Nullable String name,
		@JsonProperty("identifier") @Nullable String identifier,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("behavior") @Nullable AgentBehavior behavior, @JsonProperty("active") @Nullable Boolean active,
		@JsonProperty("bridgeUrl") @Nullable String bridgeUrl,
		@JsonProperty("devBridgeUrl") @Nullable String devBridgeUrl,
		@JsonProperty("devBridgeActive") @Nullable Boolean devBridgeActive,
		@JsonProperty("runtime") @Nullable AgentRuntime runtime,
		@JsonProperty("visibility") @Nullable String visibility,
		@JsonProperty("managedRuntime") @Nullable ManagedRuntime managedRuntime,
		@JsonProperty("_environmentId") @Nullable String environmentId,
		@JsonProperty("_organizationId") @Nullable String organizationId,
		@JsonProperty("createdBy") @Nullable String createdBy, @JsonProperty("createdAt") @Nullable String createdAt,
		@JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonProperty("integrations") List<IntegrationSummary> integrations,
		@JsonProperty("exceedsPlanLimit") @Nullable Boolean exceedsPlanLimit,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the lists and additional properties.
	 * @param id Novu's id
	 * @param name its name
	 * @param identifier your identifier
	 * @param description its description
	 * @param behavior how it behaves
	 * @param active whether it answers
	 * @param bridgeUrl the production bridge URL
	 * @param devBridgeUrl the development bridge URL
	 * @param devBridgeActive whether the development bridge is active
	 * @param runtime self-hosted or managed
	 * @param visibility its discovery scope
	 * @param managedRuntime the managed runtime
	 * @param environmentId the environment
	 * @param organizationId the organization
	 * @param createdBy the creating user
	 * @param createdAt when it was created
	 * @param updatedAt when it was last updated
	 * @param integrations the linked integrations
	 * @param exceedsPlanLimit whether it is over the plan limit
	 * @param additionalProperties what this record does not model
	 */
	public Agent {
		integrations = (integrations != null) ? List.copyOf(integrations) : List.of();
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A managed agent's provider side ({@code ManagedRuntimeResponseDto}).
	 *
	 * @param providerId the provider, e.g. {@code anthropic}
	 * @param integrationId the Novu integration holding the provider credentials
	 * @param externalAgentId the agent's id at the provider
	 * @param externalEnvironmentId the provider environment hosting it
	 * @param externalWorkspaceId the provider workspace used in console links
	 * @param consoleUrl a link to the agent in the provider's console
	 * @param tools the tools enabled at the provider; empty when Novu sent none
	 * @param mcpServers the MCP servers enabled on the agent; empty when Novu sent none
	 * @param systemPrompt the system prompt
	 * @param additionalProperties what this record does not model
	 */
	public record ManagedRuntime(@JsonProperty("providerId") @Nullable String providerId,
			@JsonProperty("integrationId") @Nullable String integrationId,
			@JsonProperty("externalAgentId") @Nullable String externalAgentId,
			@JsonProperty("externalEnvironmentId") @Nullable String externalEnvironmentId,
			@JsonProperty("externalWorkspaceId") @Nullable String externalWorkspaceId,
			@JsonProperty("consoleUrl") @Nullable String consoleUrl, @JsonProperty("tools") List<Tool> tools,
			@JsonProperty("mcpServers") List<McpServer> mcpServers,
			@JsonProperty("systemPrompt") @Nullable String systemPrompt,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the lists and additional properties.
		 * @param providerId the provider
		 * @param integrationId the Novu integration
		 * @param externalAgentId the agent's id at the provider
		 * @param externalEnvironmentId the provider environment
		 * @param externalWorkspaceId the provider workspace
		 * @param consoleUrl the console link
		 * @param tools the enabled tools
		 * @param mcpServers the enabled MCP servers
		 * @param systemPrompt the system prompt
		 * @param additionalProperties what this record does not model
		 */
		public ManagedRuntime {
			tools = (tools != null) ? List.copyOf(tools) : List.of();
			mcpServers = (mcpServers != null) ? List.copyOf(mcpServers) : List.of();
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * A tool enabled on a managed agent ({@code AgentToolDto}).
	 *
	 * @param externalId its id at the provider
	 * @param name its name
	 * @param type {@code builtin} or {@code custom}
	 * @param description its description
	 * @param additionalProperties what this record does not model
	 */
	public record Tool(@JsonProperty("externalId") @Nullable String externalId,
			@JsonProperty("name") @Nullable String name, @JsonProperty("type") @Nullable String type,
			@JsonProperty("description") @Nullable String description,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the additional properties.
		 * @param externalId its id at the provider
		 * @param name its name
		 * @param type builtin or custom
		 * @param description its description
		 * @param additionalProperties what this record does not model
		 */
		public Tool {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * An MCP server enabled on a managed agent ({@code AgentMcpServerDto}).
	 *
	 * @param externalId its id in the runtime catalog
	 * @param name its name
	 * @param url its URL
	 * @param additionalProperties what this record does not model
	 */
	public record McpServer(@JsonProperty("externalId") @Nullable String externalId,
			@JsonProperty("name") @Nullable String name, @JsonProperty("url") @Nullable String url,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the additional properties.
		 * @param externalId its id in the runtime catalog
		 * @param name its name
		 * @param url its URL
		 * @param additionalProperties what this record does not model
		 */
		public McpServer {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * An integration linked to an agent, as listed on the agent ({@code AgentIntegrationSummaryDto}).
	 *
	 * @param integrationId the integration's document id
	 * @param providerId the provider, e.g. {@code slack}
	 * @param name the integration's name
	 * @param identifier the integration's identifier
	 * @param channel its channel
	 * @param active whether the integration is active
	 * @param additionalProperties what this record does not model
	 */
	public record IntegrationSummary(@JsonProperty("integrationId") @Nullable String integrationId,
			@JsonProperty("providerId") @Nullable String providerId, @JsonProperty("name") @Nullable String name,
			@JsonProperty("identifier") @Nullable String identifier,
			@JsonProperty("channel") @Nullable ChannelType channel, @JsonProperty("active") @Nullable Boolean active,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the additional properties.
		 * @param integrationId the integration's document id
		 * @param providerId the provider
		 * @param name the integration's name
		 * @param identifier the integration's identifier
		 * @param channel its channel
		 * @param active whether it is active
		 * @param additionalProperties what this record does not model
		 */
		public IntegrationSummary {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
