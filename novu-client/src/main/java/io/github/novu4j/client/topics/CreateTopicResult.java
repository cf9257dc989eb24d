package io.github.novu4j.client.topics;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * Novu's answer to creating a topic ({@code CreateTopicResponseDto}).
 *
 * @param id Novu's id of the new topic ({@code _id})
 * @param key the topic's key
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateTopicResult(@JsonProperty("_id") @Nullable String id, @JsonProperty("key") @Nullable String key,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param id Novu's id of the new topic ({@code _id})
	 * @param key the topic's key
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public CreateTopicResult {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
