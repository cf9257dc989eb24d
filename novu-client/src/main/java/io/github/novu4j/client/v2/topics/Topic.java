package io.github.novu4j.client.v2.topics;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A v2 topic ({@code TopicResponseDto}; also the {@code topic} of a subscription, {@code TopicDto}).
 *
 * @param id Novu's id of the topic ({@code _id})
 * @param key your key of the topic, used in every topic operation and in triggers
 * @param name its display name
 * @param createdAt when it was created (ISO-8601)
 * @param updatedAt when it was last updated (ISO-8601)
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Topic(@JsonProperty("_id") @Nullable String id, @JsonProperty("key") @Nullable String key,
		@JsonProperty("name") @Nullable String name, @JsonProperty("createdAt") @Nullable String createdAt,
		@JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the additional properties.
	 * @param id Novu's id of the topic
	 * @param key your key of the topic
	 * @param name its display name
	 * @param createdAt when it was created
	 * @param updatedAt when it was last updated
	 * @param additionalProperties what this record does not model
	 */
	public Topic {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
