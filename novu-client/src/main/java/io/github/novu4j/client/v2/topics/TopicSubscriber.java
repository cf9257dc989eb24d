package io.github.novu4j.client.v2.topics;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * The subscriber of a topic subscription, in short ({@code SubscriberDto}).
 *
 * @param id Novu's id of the subscriber ({@code _id})
 * @param subscriberId your id of the subscriber
 * @param avatar the avatar URL
 * @param firstName the first name
 * @param lastName the last name
 * @param email the email address
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TopicSubscriber(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("subscriberId") @Nullable String subscriberId, @JsonProperty("avatar") @Nullable String avatar,
		@JsonProperty("firstName") @Nullable String firstName, @JsonProperty("lastName") @Nullable String lastName,
		@JsonProperty("email") @Nullable String email,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the additional properties.
	 * @param id Novu's id of the subscriber
	 * @param subscriberId your id of the subscriber
	 * @param avatar the avatar URL
	 * @param firstName the first name
	 * @param lastName the last name
	 * @param email the email address
	 * @param additionalProperties what this record does not model
	 */
	public TopicSubscriber {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
