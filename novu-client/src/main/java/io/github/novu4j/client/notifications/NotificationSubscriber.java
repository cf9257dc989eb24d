package io.github.novu4j.client.notifications;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * The subscriber of a notification, as Novu embeds it (a few fields only; absent when the subscriber was
 * deleted since).
 *
 * @param id Novu's internal id of the subscriber
 * @param firstName first name
 * @param lastName last name
 * @param email email address
 * @param phone phone number
 * @param subscriberId your id of the subscriber
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationSubscriber(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("firstName") @Nullable String firstName, @JsonProperty("lastName") @Nullable String lastName,
		@JsonProperty("email") @Nullable String email, @JsonProperty("phone") @Nullable String phone,
		@JsonProperty("subscriberId") @Nullable String subscriberId,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param id Novu's internal id of the subscriber
	 * @param firstName first name
	 * @param lastName last name
	 * @param email email address
	 * @param phone phone number
	 * @param subscriberId your id of the subscriber
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public NotificationSubscriber {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
