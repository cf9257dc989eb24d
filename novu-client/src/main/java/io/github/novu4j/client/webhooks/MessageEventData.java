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
 * The {@code data} of a {@code message.*} event.
 *
 * @param object the message as it is now
 * @param error why sending failed: set on {@code message.failed}, and on {@code message.sent} for chat
 * delivery failures (WIRE-FORMAT-CURRENT §G.1)
 * @param additionalProperties members this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageEventData(@JsonProperty("object") WebhookMessage object,
		@JsonProperty("error") @Nullable MessageDeliveryError error,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Requires the message.
	 * @param object the message as it is now
	 * @param error why sending failed, or {@code null}
	 * @param additionalProperties members this record does not model
	 */
	public MessageEventData {
		Objects.requireNonNull(object, "object");
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
