package io.github.novu4j.client.channelconnections;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.ChannelType;
import org.jspecify.annotations.Nullable;

/**
 * A channel connection ({@code GetChannelConnectionResponseDto}): a subscriber's or context's link to a
 * provider workspace through an integration, with its credentials. Its {@code toString()} keeps the
 * credentials out ({@link ConnectionAuth#toString()}).
 *
 * @param identifier its unique identifier
 * @param channel its channel
 * @param providerId the provider, e.g. {@code slack}
 * @param integrationIdentifier the integration it uses
 * @param subscriberId the subscriber it belongs to, {@code null} for a shared connection
 * @param contextKeys its context as {@code type:id} keys; empty when Novu sent none
 * @param workspace the provider workspace
 * @param auth the provider credentials
 * @param createdAt when it was created (ISO 8601)
 * @param updatedAt when it was last updated (ISO 8601)
 * @param additionalProperties what this record does not model
 */
public record ChannelConnection(@JsonProperty("identifier") @Nullable String identifier,
		@JsonProperty("channel") @Nullable ChannelType channel, @JsonProperty("providerId") @Nullable String providerId,
		@JsonProperty("integrationIdentifier") @Nullable String integrationIdentifier,
		@JsonProperty("subscriberId") @Nullable String subscriberId,
		@JsonProperty("contextKeys") List<String> contextKeys, @JsonProperty("workspace") @Nullable Workspace workspace,
		@JsonProperty("auth") @Nullable ConnectionAuth auth, @JsonProperty("createdAt") @Nullable String createdAt,
		@JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the context keys and additional properties.
	 * @param identifier its identifier
	 * @param channel its channel
	 * @param providerId the provider
	 * @param integrationIdentifier the integration
	 * @param subscriberId the subscriber
	 * @param contextKeys its context keys
	 * @param workspace the workspace
	 * @param auth the credentials
	 * @param createdAt when it was created
	 * @param updatedAt when it was last updated
	 * @param additionalProperties what this record does not model
	 */
	public ChannelConnection {
		contextKeys = (contextKeys != null) ? List.copyOf(contextKeys) : List.of();
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
