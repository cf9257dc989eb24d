package io.github.novu4j.client.webhooks;

import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A {@code message.*} event: something happened to a message sent to a subscriber ({@code sent}, {@code failed},
 * {@code delivered}, {@code seen}, {@code read}, {@code unread}, {@code archived}, {@code unarchived}, {@code snoozed},
 * {@code unsnoozed}, {@code deleted}).
 *
 * @param id the event's id ({@code evt_...})
 * @param type the event type
 * @param object what the event is about
 * @param data the message, and the error for {@code message.failed}
 * @param timestamp when the event happened (ISO-8601)
 * @param environmentId the environment's public {@code identifier}
 * @param additionalProperties envelope members this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NovuMessageEvent(@JsonProperty("id") @Nullable String id, @JsonProperty("type") WebhookEventType type,
		@JsonProperty("object") @Nullable String object, @JsonProperty("data") MessageEventData data,
		@JsonProperty("timestamp") @Nullable String timestamp, @JsonProperty("environmentId") @Nullable String environmentId,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements NovuWebhookEvent {

	/**
	 * Requires the type and the data.
	 * @param id the event's id
	 * @param type the event type
	 * @param object what the event is about
	 * @param data the event's data
	 * @param timestamp when the event happened
	 * @param environmentId the environment's public identifier
	 * @param additionalProperties envelope members this record does not model
	 */
	public NovuMessageEvent {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(data, "data");
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
