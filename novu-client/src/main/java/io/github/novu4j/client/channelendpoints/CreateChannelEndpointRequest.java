package io.github.novu4j.client.channelendpoints;

import io.github.novu4j.client.ContextMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * A new channel endpoint (one of the ten {@code Create*EndpointDto}s, chosen by {@code type}): the
 * subscriber, the integration and the endpoint data are required.
 *
 * <pre>{@code
 * CreateChannelEndpointRequest.builder("user-42", "slack-prod", EndpointData.slackChannel("C123456789"))
 *     .connectionIdentifier("slack-connection-abc123")
 *     .build();
 * }</pre>
 *
 * @param identifier its unique identifier ({@code null}: Novu generates one)
 * @param subscriberId the subscriber it belongs to
 * @param context the context it belongs to
 * @param integrationIdentifier the integration to use
 * @param connectionIdentifier the channel connection to use
 * @param type its type (from the endpoint data)
 * @param endpoint the type's fields (from the endpoint data)
 */
public record CreateChannelEndpointRequest(@JsonProperty("identifier") @Nullable String identifier,
		@JsonProperty("subscriberId") String subscriberId, @JsonProperty("context") @Nullable ContextMap context,
		@JsonProperty("integrationIdentifier") String integrationIdentifier,
		@JsonProperty("connectionIdentifier") @Nullable String connectionIdentifier,
		@JsonProperty("type") ChannelEndpointType type, @JsonProperty("endpoint") Map<String, String> endpoint) {

	/**
	 * Checks the required fields.
	 * @param identifier its identifier
	 * @param subscriberId the subscriber
	 * @param context the context
	 * @param integrationIdentifier the integration
	 * @param connectionIdentifier the channel connection
	 * @param type its type
	 * @param endpoint the type's fields
	 * @throws IllegalArgumentException if a required field is missing or a set one is blank
	 */
	public CreateChannelEndpointRequest {
		TextChecks.requireNullOrText(identifier, "identifier");
		TextChecks.requireText(subscriberId, "subscriberId");
		TextChecks.requireText(integrationIdentifier, "integrationIdentifier");
		TextChecks.requireNullOrText(connectionIdentifier, "connectionIdentifier");
		Objects.requireNonNull(type, "type");
		endpoint = new EndpointData(type, endpoint).fields();
	}

	/**
	 * @param subscriberId the subscriber it belongs to
	 * @param integrationIdentifier the integration to use
	 * @param endpoint the endpoint's type and fields
	 * @return a builder
	 */
	public static Builder builder(String subscriberId, String integrationIdentifier, EndpointData endpoint) {
		return new Builder(subscriberId, integrationIdentifier, endpoint);
	}

	/**
	 * Builds a {@link CreateChannelEndpointRequest}.
	 */
	public static final class Builder {

		private final String subscriberId;

		private final String integrationIdentifier;

		private final EndpointData endpoint;

		private @Nullable String identifier;

		private @Nullable ContextMap context;

		private @Nullable String connectionIdentifier;

		private Builder(String subscriberId, String integrationIdentifier, EndpointData endpoint) {
			this.subscriberId = subscriberId;
			this.integrationIdentifier = integrationIdentifier;
			this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
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
		 * @param context the context it belongs to
		 * @return this builder
		 */
		public Builder context(@Nullable ContextMap context) {
			this.context = context;
			return this;
		}

		/**
		 * @param connectionIdentifier the channel connection to use
		 * @return this builder
		 */
		public Builder connectionIdentifier(@Nullable String connectionIdentifier) {
			this.connectionIdentifier = connectionIdentifier;
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if a field breaks Novu's rules
		 */
		public CreateChannelEndpointRequest build() {
			return new CreateChannelEndpointRequest(this.identifier, this.subscriberId, this.context,
					this.integrationIdentifier, this.connectionIdentifier, this.endpoint.type(), this.endpoint.fields());
		}

	}

}
