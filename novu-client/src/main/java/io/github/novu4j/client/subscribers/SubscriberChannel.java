package io.github.novu4j.client.subscribers;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A subscriber's channel on a chat or push provider: sent when creating a subscriber, triggering
 * with an inline subscriber, or setting credentials ({@code subscribers().credentials()}); received
 * inside a {@link Subscriber}.
 *
 * @param providerId the provider, e.g. {@code slack}, {@code fcm}; kept as text so providers Novu adds
 * later still work
 * @param integrationIdentifier the integration, when the environment has several for the provider
 * @param credentials the credentials (secret; never printed)
 * @param integrationId Novu's id of the integration the channel uses ({@code _integrationId}); only in
 * responses
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriberChannel(@JsonProperty("providerId") String providerId,
		@JsonProperty("integrationIdentifier") @Nullable String integrationIdentifier,
		@JsonProperty("credentials") ChannelCredentials credentials,
		@JsonProperty("_integrationId") @Nullable String integrationId,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param providerId the provider, e.g. {@code slack}, {@code fcm}; kept as text so providers Novu adds later still work
	 * @param integrationIdentifier the integration, when the environment has several for the provider
	 * @param credentials the credentials (secret; never printed)
	 * @param integrationId Novu's id of the integration the channel uses ({@code _integrationId}); only in responses
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public SubscriberChannel {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A channel to send.
	 * @param providerId the provider, e.g. {@code slack}, {@code fcm}
	 * @param integrationIdentifier the integration, or {@code null} for the provider's primary one
	 * @param credentials the credentials
	 */
	public SubscriberChannel(String providerId, @Nullable String integrationIdentifier,
			ChannelCredentials credentials) {
		this(providerId, integrationIdentifier, credentials, null, null);
	}

	/**
	 * @param providerId the provider, e.g. {@code slack}
	 * @param credentials the credentials
	 * @return a channel on the provider's primary integration
	 */
	public static SubscriberChannel of(String providerId, ChannelCredentials credentials) {
		return new SubscriberChannel(providerId, null, credentials);
	}

	/**
	 * Checks what Novu requires of a channel that is sent.
	 * @param what names the channel in the message
	 * @throws IllegalArgumentException if the provider is blank or the credentials are missing
	 */
	void validateForRequest(String what) {
		if (this.providerId == null || this.providerId.isBlank()) {
			throw new IllegalArgumentException(what + ": providerId must not be blank");
		}
		if (this.credentials == null) {
			throw new IllegalArgumentException(what + " (" + this.providerId + "): credentials are required");
		}
	}

}
