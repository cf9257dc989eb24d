package io.github.novu4j.client.agents;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * A new agent ({@code CreateAgentRequestDto}). {@code name} (at most 60 characters) and
 * {@code identifier} (a slug: letters and digits, {@code - _ .} only between them) are required, except
 * when adopting an existing provider agent ({@link ManagedRuntime#externalAgentId()} set), where Novu
 * takes both from the provider.
 *
 * <pre>{@code
 * CreateAgentRequest.builder("Support bot", "support-bot").description("Answers tickets").build();
 * }</pre>
 *
 * @param name the agent's name
 * @param identifier your unique identifier of the agent in this environment
 * @param description its description
 * @param active whether it answers ({@code null}: Novu's default, {@code true})
 * @param runtime self-hosted or managed
 * @param managedRuntime the provider settings of a managed agent
 */
public record CreateAgentRequest(@JsonProperty("name") @Nullable String name,
		@JsonProperty("identifier") @Nullable String identifier,
		@JsonProperty("description") @Nullable String description, @JsonProperty("active") @Nullable Boolean active,
		@JsonProperty("runtime") @Nullable AgentRuntime runtime,
		@JsonProperty("managedRuntime") @Nullable ManagedRuntime managedRuntime) {

	/**
	 * Checks the request as Novu would.
	 * @param name the agent's name
	 * @param identifier your unique identifier
	 * @param description its description
	 * @param active whether it answers
	 * @param runtime self-hosted or managed
	 * @param managedRuntime the provider settings
	 * @throws IllegalArgumentException if name or identifier is missing (outside adopt mode), the name is
	 * longer than 60 characters or the identifier is not a slug
	 */
	public CreateAgentRequest {
		boolean adopting = managedRuntime != null && managedRuntime.externalAgentId() != null;
		AgentIdentifiers.checkName(name, !adopting);
		if (identifier != null || !adopting) {
			AgentIdentifiers.requireSlug(identifier);
		}
	}

	/**
	 * @param name the agent's name, at most 60 characters
	 * @param identifier your unique identifier, a slug
	 * @return a builder
	 */
	public static Builder builder(@Nullable String name, @Nullable String identifier) {
		return new Builder(name, identifier);
	}

	/**
	 * @param name the agent's name, at most 60 characters
	 * @param identifier your unique identifier, a slug
	 * @return a self-hosted agent with Novu's defaults
	 */
	public static CreateAgentRequest of(String name, String identifier) {
		return builder(name, identifier).build();
	}

	/**
	 * The provider settings of a managed agent ({@code ManagedRuntimeDto}).
	 *
	 * @param providerId {@code anthropic}, {@code novu-anthropic} or {@code anthropic-aws}
	 * @param integrationId the Novu integration (kind {@code agent}) holding the provider key
	 * @param externalAgentId an existing provider agent to adopt instead of creating one
	 * @param externalEnvironmentId an existing provider environment to adopt
	 * @param model the model
	 * @param systemPrompt the system prompt
	 * @param tools the tools to enable
	 * @param mcpServers the MCP servers to enable
	 * @param skills the skills to enable
	 */
	public record ManagedRuntime(@JsonProperty("providerId") String providerId,
			@JsonProperty("integrationId") String integrationId,
			@JsonProperty("externalAgentId") @Nullable String externalAgentId,
			@JsonProperty("externalEnvironmentId") @Nullable String externalEnvironmentId,
			@JsonProperty("model") @Nullable String model, @JsonProperty("systemPrompt") @Nullable String systemPrompt,
			@JsonProperty("tools") @Nullable List<String> tools,
			@JsonProperty("mcpServers") @Nullable List<String> mcpServers,
			@JsonProperty("skills") @Nullable List<Skill> skills) {

		/**
		 * Checks the required fields and copies the lists.
		 * @param providerId the provider
		 * @param integrationId the Novu integration
		 * @param externalAgentId a provider agent to adopt
		 * @param externalEnvironmentId a provider environment to adopt
		 * @param model the model
		 * @param systemPrompt the system prompt
		 * @param tools the tools
		 * @param mcpServers the MCP servers
		 * @param skills the skills
		 */
		public ManagedRuntime {
			TextChecks.requireText(providerId, "managedRuntime.providerId");
			TextChecks.requireText(integrationId, "managedRuntime.integrationId");
			tools = (tools != null) ? List.copyOf(tools) : null;
			mcpServers = (mcpServers != null) ? List.copyOf(mcpServers) : null;
			skills = (skills != null) ? List.copyOf(skills) : null;
		}

		/**
		 * @param providerId {@code anthropic}, {@code novu-anthropic} or {@code anthropic-aws}
		 * @param integrationId the Novu integration holding the provider key
		 * @return a managed runtime that creates a new provider agent
		 */
		public static ManagedRuntime of(String providerId, String integrationId) {
			return new ManagedRuntime(providerId, integrationId, null, null, null, null, null, null, null);
		}

		/**
		 * @param externalAgentId the provider agent to adopt
		 * @return this runtime adopting that agent (name and identifier may then be omitted)
		 */
		public ManagedRuntime adopting(String externalAgentId) {
			return new ManagedRuntime(this.providerId, this.integrationId,
					TextChecks.requireText(externalAgentId, "externalAgentId"), this.externalEnvironmentId,
					this.model, this.systemPrompt, this.tools, this.mcpServers, this.skills);
		}

		/**
		 * @param model the model
		 * @param systemPrompt the system prompt
		 * @return this runtime with that model and prompt
		 */
		public ManagedRuntime withModel(@Nullable String model, @Nullable String systemPrompt) {
			return new ManagedRuntime(this.providerId, this.integrationId, this.externalAgentId,
					this.externalEnvironmentId, model, systemPrompt, this.tools, this.mcpServers, this.skills);
		}

	}

	/**
	 * A skill of a managed agent ({@code AgentSkillInputDto}).
	 *
	 * @param type {@code anthropic} or {@code custom}
	 * @param skillId the skill, e.g. {@code xlsx}
	 * @param version the version to pin, {@code null} for the latest
	 */
	public record Skill(@JsonProperty("type") String type, @JsonProperty("skillId") String skillId,
			@JsonProperty("version") @Nullable Object version) {

		/**
		 * Checks the required fields.
		 * @param type anthropic or custom
		 * @param skillId the skill
		 * @param version the version, or {@code null}
		 */
		public Skill {
			TextChecks.requireText(type, "skill type");
			TextChecks.requireText(skillId, "skillId");
		}

	}

	/**
	 * Builds a {@link CreateAgentRequest}.
	 */
	public static final class Builder {

		private final @Nullable String name;

		private final @Nullable String identifier;

		private @Nullable String description;

		private @Nullable Boolean active;

		private @Nullable AgentRuntime runtime;

		private @Nullable ManagedRuntime managedRuntime;

		private Builder(@Nullable String name, @Nullable String identifier) {
			this.name = name;
			this.identifier = identifier;
		}

		/**
		 * @param description its description
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * @param active whether it answers
		 * @return this builder
		 */
		public Builder active(@Nullable Boolean active) {
			this.active = active;
			return this;
		}

		/**
		 * @param runtime self-hosted or managed
		 * @return this builder
		 */
		public Builder runtime(@Nullable AgentRuntime runtime) {
			this.runtime = runtime;
			return this;
		}

		/**
		 * Sets the runtime to {@link AgentRuntime#MANAGED} with these provider settings.
		 * @param managedRuntime the provider settings
		 * @return this builder
		 */
		public Builder managedRuntime(ManagedRuntime managedRuntime) {
			this.managedRuntime = Objects.requireNonNull(managedRuntime, "managedRuntime");
			this.runtime = AgentRuntime.MANAGED;
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if a field breaks Novu's rules
		 */
		public CreateAgentRequest build() {
			return new CreateAgentRequest(this.name, this.identifier, this.description, this.active, this.runtime,
					this.managedRuntime);
		}

	}

}
