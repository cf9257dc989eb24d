package io.github.novu4j.client.topics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Novu's answer to creating a topic ({@code CreateTopicResponseDto}).
 *
 * @param id Novu's id of the new topic ({@code _id})
 * @param key the topic's key
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateTopicResult(@JsonProperty("_id") @Nullable String id, @JsonProperty("key") @Nullable String key) {

}
