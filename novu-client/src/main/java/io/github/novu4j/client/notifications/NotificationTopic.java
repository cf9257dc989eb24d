package io.github.novu4j.client.notifications;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A topic a notification's trigger went to.
 *
 * @param topicId Novu's id of the topic ({@code _topicId})
 * @param topicKey the topic's key
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationTopic(@JsonProperty("_topicId") @Nullable String topicId,
		@JsonProperty("topicKey") @Nullable String topicKey,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param topicId Novu's id of the topic ({@code _topicId})
	 * @param topicKey the topic's key
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public NotificationTopic {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
