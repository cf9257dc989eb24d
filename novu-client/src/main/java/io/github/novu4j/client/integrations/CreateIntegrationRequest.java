package io.github.novu4j.client.integrations;

import io.github.novu4j.client.ChannelType;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A new integration ({@code CreateIntegrationRequestDto}). Build with {@link #builder(String, ChannelType)};
 * the provider and channel are required.
 *
 * <p>{@link #toString()} never prints the credentials' values (see {@link IntegrationCredentials}).
 *
 * @param providerId the provider, e.g. {@code sendgrid}
 * @param channel the channel it delivers on
 * @param name its display name (Novu names it after the provider if absent)
 * @param identifier its unique identifier (Novu makes one if absent)
 * @param environmentId the environment to create it in (default: the API key's)
 * @param credentials the provider credentials
 * @param active whether it delivers; Novu checks the credentials of an active integration
 * @param check whether Novu tests the credentials with the provider
 * @param conditions when Novu picks it, e.g. for one tenant
 */
public record CreateIntegrationRequest(@JsonProperty("providerId") String providerId,
		@JsonProperty("channel") ChannelType channel, @JsonProperty("name") @Nullable String name,
		@JsonProperty("identifier") @Nullable String identifier,
		@JsonProperty("_environmentId") @Nullable String environmentId,
		@JsonProperty("credentials") @Nullable IntegrationCredentials credentials,
		@JsonProperty("active") @Nullable Boolean active, @JsonProperty("check") @Nullable Boolean check,
		@JsonProperty("conditions") @Nullable List<StepFilter> conditions) {

	/**
	 * Checks the provider id and the channel, and copies the conditions.
	 * @param providerId the provider, e.g. {@code sendgrid}
	 * @param channel the channel it delivers on
	 * @param name its display name (Novu names it after the provider if absent)
	 * @param identifier its unique identifier (Novu makes one if absent)
	 * @param environmentId the environment to create it in (default: the API key's)
	 * @param credentials the provider credentials
	 * @param active whether it delivers; Novu checks the credentials of an active integration
	 * @param check whether Novu tests the credentials with the provider
	 * @param conditions when Novu picks it, e.g. for one tenant
	 * @throws IllegalArgumentException if the provider id is blank or a condition is {@code null}
	 */
	public CreateIntegrationRequest {
		if (providerId == null || providerId.isBlank()) {
			throw new IllegalArgumentException("An integration needs a providerId, e.g. 'sendgrid'");
		}
		Objects.requireNonNull(channel, "channel");
		conditions = IntegrationRequests.copyConditions(conditions);
	}

	/**
	 * @param providerId the provider, e.g. {@code sendgrid}
	 * @param channel the channel it delivers on
	 * @return a builder
	 */
	public static Builder builder(String providerId, ChannelType channel) {
		return new Builder(providerId, channel);
	}

	/** Builder of {@link CreateIntegrationRequest}. */
	public static final class Builder extends IntegrationRequestBuilder<Builder> {

		private final String providerId;

		private final ChannelType channel;

		private Builder(String providerId, ChannelType channel) {
			this.providerId = providerId;
			this.channel = channel;
		}

		@Override
		Builder self() {
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if the providerId is blank
		 */
		public CreateIntegrationRequest build() {
			return new CreateIntegrationRequest(this.providerId, this.channel, this.name, this.identifier,
					this.environmentId, this.credentials, this.active, this.check, this.conditions);
		}

	}

}
