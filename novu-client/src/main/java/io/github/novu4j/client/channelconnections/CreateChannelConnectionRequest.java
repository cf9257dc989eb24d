package io.github.novu4j.client.channelconnections;

import io.github.novu4j.client.ContextMap;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * A new channel connection ({@code CreateChannelConnectionRequestDto}): the integration, the provider
 * workspace and its credentials are required. Novu allows one connection per resource and integration
 * (a second answers 409).
 *
 * <pre>{@code
 * CreateChannelConnectionRequest.builder("slack-prod", Workspace.of("T123456", "Acme HQ"), ConnectionAuth.of(token))
 *     .subscriberId("user-42")
 *     .build();
 * }</pre>
 *
 * @param identifier its unique identifier ({@code null}: Novu generates one)
 * @param subscriberId the subscriber it belongs to
 * @param context the context it belongs to
 * @param connectionMode subscriber (default) or shared
 * @param integrationIdentifier the integration to use
 * @param workspace the provider workspace
 * @param auth the provider credentials (kept out of {@link #toString()})
 */
public record CreateChannelConnectionRequest(@JsonProperty("identifier") @Nullable String identifier,
		@JsonProperty("subscriberId") @Nullable String subscriberId,
		@JsonProperty("context") @Nullable ContextMap context,
		@JsonProperty("connectionMode") @Nullable ConnectionMode connectionMode,
		@JsonProperty("integrationIdentifier") String integrationIdentifier,
		@JsonProperty("workspace") Workspace workspace, @JsonProperty("auth") ConnectionAuth auth) {

	/**
	 * Checks the required fields.
	 * @param identifier its identifier
	 * @param subscriberId the subscriber
	 * @param context the context
	 * @param connectionMode the mode
	 * @param integrationIdentifier the integration
	 * @param workspace the workspace
	 * @param auth the credentials
	 * @throws IllegalArgumentException if a required field is missing or a set one is blank
	 */
	public CreateChannelConnectionRequest {
		TextChecks.requireText(integrationIdentifier, "integrationIdentifier");
		TextChecks.requireNullOrText(identifier, "identifier");
		TextChecks.requireNullOrText(subscriberId, "subscriberId");
		Objects.requireNonNull(workspace, "workspace");
		TextChecks.requireText(workspace.id(), "workspace id");
		Objects.requireNonNull(auth, "auth");
		TextChecks.requireText(auth.accessToken(), "accessToken");
		if (ConnectionMode.SHARED.equals(connectionMode) && context == null) {
			throw new IllegalArgumentException("a shared connection belongs to a context: set context");
		}
	}

	/**
	 * @param integrationIdentifier the integration to use
	 * @param workspace the provider workspace
	 * @param auth the provider credentials
	 * @return a builder
	 */
	public static Builder builder(String integrationIdentifier, Workspace workspace, ConnectionAuth auth) {
		return new Builder(integrationIdentifier, workspace, auth);
	}

	/**
	 * Builds a {@link CreateChannelConnectionRequest}.
	 */
	public static final class Builder {

		private final String integrationIdentifier;

		private final Workspace workspace;

		private final ConnectionAuth auth;

		private @Nullable String identifier;

		private @Nullable String subscriberId;

		private @Nullable ContextMap context;

		private @Nullable ConnectionMode connectionMode;

		private Builder(String integrationIdentifier, Workspace workspace, ConnectionAuth auth) {
			this.integrationIdentifier = integrationIdentifier;
			this.workspace = workspace;
			this.auth = auth;
		}

		/**
		 * @param identifier its unique identifier ({@code null}: Novu generates one)
		 * @return this builder
		 */
		public Builder identifier(@Nullable String identifier) {
			this.identifier = identifier;
			return this;
		}

		/**
		 * @param subscriberId the subscriber it belongs to
		 * @return this builder
		 */
		public Builder subscriberId(@Nullable String subscriberId) {
			this.subscriberId = subscriberId;
			return this;
		}

		/**
		 * @param context the context it belongs to
		 * @return this builder
		 */
		public Builder context(@Nullable ContextMap context) {
			this.context = context;
			return this;
		}

		/**
		 * @param connectionMode subscriber (default) or shared (needs a context)
		 * @return this builder
		 */
		public Builder connectionMode(@Nullable ConnectionMode connectionMode) {
			this.connectionMode = connectionMode;
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if a field breaks Novu's rules
		 */
		public CreateChannelConnectionRequest build() {
			return new CreateChannelConnectionRequest(this.identifier, this.subscriberId, this.context,
					this.connectionMode, this.integrationIdentifier, this.workspace, this.auth);
		}

	}

}
