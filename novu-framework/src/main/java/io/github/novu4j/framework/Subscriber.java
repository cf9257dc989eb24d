package io.github.novu4j.framework;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The subscriber a workflow runs for, as Novu sends it with {@code execute}; members Novu adds are ignored here
 * and remain available to Liquid templates as {@code subscriber.*}.
 *
 * @param subscriberId the application's id of the subscriber
 * @param firstName the first name, or null
 * @param lastName the last name, or null
 * @param email the email address, or null
 * @param phone the phone number, or null
 * @param avatar the avatar URL, or null
 * @param locale the locale, or null
 * @param data custom data, or null
 */
public record Subscriber(@JsonProperty("subscriberId") @Nullable String subscriberId,
		@JsonProperty("firstName") @Nullable String firstName, @JsonProperty("lastName") @Nullable String lastName,
		@JsonProperty("email") @Nullable String email, @JsonProperty("phone") @Nullable String phone,
		@JsonProperty("avatar") @Nullable String avatar, @JsonProperty("locale") @Nullable String locale,
		@JsonProperty("data") @Nullable Map<String, Object> data) {
}
