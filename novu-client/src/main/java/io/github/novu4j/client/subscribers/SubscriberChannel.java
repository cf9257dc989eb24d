package io.github.novu4j.client.subscribers;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A subscriber's channel on a chat or push provider.
 *
 * @param providerId the provider, e.g. {@code slack}, {@code fcm}; kept as text so providers Novu adds
 * later still work
 * @param integrationIdentifier the integration, when the environment has several for the provider
 * @param credentials the credentials (secret; never printed)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriberChannel(@JsonProperty("providerId") String providerId,
		@JsonProperty("integrationIdentifier") @Nullable String integrationIdentifier,
		@JsonProperty("credentials") ChannelCredentials credentials) {

}
