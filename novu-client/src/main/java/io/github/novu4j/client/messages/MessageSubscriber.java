package io.github.novu4j.client.messages;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * The subscriber of a message, as Novu embeds it in in-app messages (a few fields only).
 *
 * @param id Novu's internal id of the subscriber
 * @param subscriberId your id of the subscriber
 * @param firstName first name
 * @param lastName last name
 * @param avatar avatar URL
 * @param email the subscriber's email address, where Novu includes it
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageSubscriber(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("subscriberId") @Nullable String subscriberId,
		@JsonProperty("firstName") @Nullable String firstName, @JsonProperty("lastName") @Nullable String lastName,
		@JsonProperty("avatar") @Nullable String avatar,
		@JsonProperty("email") @Nullable String email,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param id Novu's internal id of the subscriber
	 * @param subscriberId your id of the subscriber
	 * @param firstName first name
	 * @param lastName last name
	 * @param avatar avatar URL
	 * @param email the subscriber's email address, where Novu includes it
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public MessageSubscriber {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
