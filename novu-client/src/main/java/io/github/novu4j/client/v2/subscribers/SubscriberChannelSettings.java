package io.github.novu4j.client.v2.subscribers;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A chat or push channel of a subscriber: the provider, the integration and the credentials (webhook
 * URL, device tokens, ...). The credentials are secrets, so {@link #toString()} leaves them out.
 *
 * @param providerId the provider, e.g. {@code slack} or {@code fcm}
 * @param integrationIdentifier the integration's identifier
 * @param credentials the provider credentials as Novu sends them ({@code webhookUrl}, {@code deviceTokens}, ...)
 * @param integrationId the integration's internal id ({@code _integrationId})
 * @param additionalProperties what this record does not model
 */
public record SubscriberChannelSettings(@JsonProperty("providerId") @Nullable String providerId,
		@JsonProperty("integrationIdentifier") @Nullable String integrationIdentifier,
		@JsonProperty("credentials") @Nullable Map<String, @Nullable Object> credentials,
		@JsonProperty("_integrationId") @Nullable String integrationId,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Normalises the unmodelled members.
	 * @param providerId the provider
	 * @param integrationIdentifier the integration's identifier
	 * @param credentials the provider credentials
	 * @param integrationId the integration's internal id
	 * @param additionalProperties what this record does not model
	 */
	public SubscriberChannelSettings {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/** @return the settings without the credentials */
	@Override
	public String toString() {
		return "SubscriberChannelSettings{providerId=" + this.providerId + ", integrationIdentifier="
				+ this.integrationIdentifier + ", credentials=<redacted>}";
	}

}
