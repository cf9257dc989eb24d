package io.github.novu4j.client.messages;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The subscriber of a message, as Novu embeds it in in-app messages (a few fields only).
 *
 * @param id Novu's internal id of the subscriber
 * @param subscriberId your id of the subscriber
 * @param firstName first name
 * @param lastName last name
 * @param avatar avatar URL
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageSubscriber(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("subscriberId") @Nullable String subscriberId,
		@JsonProperty("firstName") @Nullable String firstName, @JsonProperty("lastName") @Nullable String lastName,
		@JsonProperty("avatar") @Nullable String avatar) {

}
