package io.github.novu4j.client.channelendpoints;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.ChannelType;
import org.jspecify.annotations.Nullable;

/**
 * A channel endpoint ({@code GetChannelEndpointResponseDto}): where a subscriber is reached on a chat
 * or phone channel, e.g. a Slack channel.
 *
 * @param identifier its unique identifier
 * @param channel its channel
 * @param providerId the provider, e.g. {@code slack}
 * @param integrationIdentifier the integration it uses
 * @param connectionIdentifier the channel connection it uses
 * @param subscriberId the subscriber it belongs to
 * @param contextKeys its context as {@code type:id} keys; empty when Novu sent none
 * @param type its type
 * @param endpoint the type's fields, e.g. {@code {"channelId": "C123"}}; empty when Novu sent none
 * @param createdAt when it was created (ISO 8601)
 * @param updatedAt when it was last updated (ISO 8601)
 * @param additionalProperties what this record does not model
 */
public record ChannelEndpoint(@JsonProperty("identifier") @Nullable String identifier,
		@JsonProperty("channel") @Nullable ChannelType channel, @JsonProperty("providerId") @Nullable String providerId,
		@JsonProperty("integrationIdentifier") @Nullable String integrationIdentifier,
		@JsonProperty("connectionIdentifier") @Nullable String connectionIdentifier,
		@JsonProperty("subscriberId") @Nullable String subscriberId,
		@JsonProperty("contextKeys") List<String> contextKeys,
		@JsonProperty("type") @Nullable ChannelEndpointType type,
		@JsonProperty("endpoint") Map<String, @Nullable Object> endpoint,
		@JsonProperty("createdAt") @Nullable String createdAt, @JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the collections.
	 * @param identifier its identifier
	 * @param channel its channel
	 * @param providerId the provider
	 * @param integrationIdentifier the integration
	 * @param connectionIdentifier the channel connection
	 * @param subscriberId the subscriber
	 * @param contextKeys its context keys
	 * @param type its type
	 * @param endpoint the type's fields
	 * @param createdAt when it was created
	 * @param updatedAt when it was last updated
	 * @param additionalProperties what this record does not model
	 */
	public ChannelEndpoint {
		contextKeys = (contextKeys != null) ? List.copyOf(contextKeys) : List.of();
		endpoint = AdditionalProperties.copyOf(endpoint);
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
