package io.github.novu4j.client.agents;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Changes to an agent ({@code UpdateAgentRequestDto}); unset fields stay as they are.
 *
 * <pre>{@code
 * UpdateAgentRequest.builder().name("Support bot EU").active(false).build();
 * }</pre>
 *
 * @param name the new name, at most 60 characters
 * @param description the new description
 * @param active whether it answers
 * @param behavior how it behaves in conversations
 * @param bridgeUrl the production bridge URL
 * @param devBridgeUrl the development bridge URL
 * @param devBridgeActive whether the development bridge overrides the production one
 */
public record UpdateAgentRequest(@JsonProperty("name") @Nullable String name,
		@JsonProperty("description") @Nullable String description, @JsonProperty("active") @Nullable Boolean active,
		@JsonProperty("behavior") @Nullable AgentBehavior behavior,
		@JsonProperty("bridgeUrl") @Nullable String bridgeUrl,
		@JsonProperty("devBridgeUrl") @Nullable String devBridgeUrl,
		@JsonProperty("devBridgeActive") @Nullable Boolean devBridgeActive) {

	/**
	 * Checks the name.
	 * @param name the new name
	 * @param description the new description
	 * @param active whether it answers
	 * @param behavior how it behaves
	 * @param bridgeUrl the production bridge URL
	 * @param devBridgeUrl the development bridge URL
	 * @param devBridgeActive whether the development bridge is active
	 * @throws IllegalArgumentException if the name is blank or longer than 60 characters, or nothing is set
	 */
	public UpdateAgentRequest {
		AgentIdentifiers.checkName(name, false);
		if (name == null && description == null && active == null && behavior == null && bridgeUrl == null
				&& devBridgeUrl == null && devBridgeActive == null) {
			throw new IllegalArgumentException("an agent update must change at least one field");
		}
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds an {@link UpdateAgentRequest}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable Boolean active;

		private @Nullable AgentBehavior behavior;

		private @Nullable String bridgeUrl;

		private @Nullable String devBridgeUrl;

		private @Nullable Boolean devBridgeActive;

		private Builder() {
		}

		/**
		 * @param name the new name, at most 60 characters
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * @param description the new description
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
		 * @param behavior how it behaves in conversations
		 * @return this builder
		 */
		public Builder behavior(@Nullable AgentBehavior behavior) {
			this.behavior = behavior;
			return this;
		}

		/**
		 * @param bridgeUrl the production bridge URL
		 * @return this builder
		 */
		public Builder bridgeUrl(@Nullable String bridgeUrl) {
			this.bridgeUrl = bridgeUrl;
			return this;
		}

		/**
		 * @param devBridgeUrl the development bridge URL
		 * @return this builder
		 */
		public Builder devBridgeUrl(@Nullable String devBridgeUrl) {
			this.devBridgeUrl = devBridgeUrl;
			return this;
		}

		/**
		 * @param devBridgeActive whether the development bridge overrides the production one
		 * @return this builder
		 */
		public Builder devBridgeActive(@Nullable Boolean devBridgeActive) {
			this.devBridgeActive = devBridgeActive;
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if the name breaks Novu's rules or nothing is set
		 */
		public UpdateAgentRequest build() {
			return new UpdateAgentRequest(this.name, this.description, this.active, this.behavior, this.bridgeUrl,
					this.devBridgeUrl, this.devBridgeActive);
		}

	}

}
