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
 * An event of a type this version does not model (one Novu added later): the envelope, with {@code data} as
 * plain Java values. Never an error: receive it, log it, or ignore it.
 *
 * @param id the event's id ({@code evt_...})
 * @param type the event type
 * @param object what the event is about
 * @param data the event's data as plain Java values ({@code Map}, {@code List}, {@code String}, ...)
 * @param timestamp when the event happened (ISO-8601)
 * @param environmentId the environment's public {@code identifier}
 * @param additionalProperties envelope members this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NovuUnknownEvent(@JsonProperty("id") @Nullable String id, @JsonProperty("type") WebhookEventType type,
		@JsonProperty("object") @Nullable String object, @JsonProperty("data") Map<String, @Nullable Object> data,
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
	public NovuUnknownEvent {
		Objects.requireNonNull(type, "type");
		data = AdditionalProperties.copyOf(data);
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
