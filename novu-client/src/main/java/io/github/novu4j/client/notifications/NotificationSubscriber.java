package io.github.novu4j.client.notifications;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
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
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationSubscriber(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("firstName") @Nullable String firstName, @JsonProperty("lastName") @Nullable String lastName,
		@JsonProperty("email") @Nullable String email, @JsonProperty("phone") @Nullable String phone) {

}
