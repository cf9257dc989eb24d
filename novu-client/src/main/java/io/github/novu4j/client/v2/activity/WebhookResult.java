package io.github.novu4j.client.v2.activity;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * One delivery event Novu read from a provider's webhook ({@code activity().track(..)}).
 *
 * @param id the message id the event belongs to
 * @param event the event
 * @param additionalProperties what this record does not model
 */
public record WebhookResult(@JsonProperty("id") @Nullable String id, @JsonProperty("event") @Nullable Event event,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Normalises the unmodelled members.
	 * @param id the message id
	 * @param event the event
	 * @param additionalProperties what this record does not model
	 */
	public WebhookResult {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A provider's delivery event, normalised by Novu.
	 *
	 * @param status what happened, e.g. {@code delivered}, {@code opened}, {@code bounced}; kept as text
	 * because Novu's list of statuses grows
	 * @param date when it happened, as the provider reported it
	 * @param externalId the provider's id of the message
	 * @param attempts how many delivery attempts the provider made
	 * @param response the provider's response text
	 * @param row the raw provider payload
	 * @param additionalProperties what this record does not model
	 */
	public record Event(@JsonProperty("status") @Nullable String status, @JsonProperty("date") @Nullable String date,
			@JsonProperty("externalId") @Nullable String externalId,
			@JsonProperty("attempts") @Nullable Integer attempts,
			@JsonProperty("response") @Nullable String response, @JsonProperty("row") @Nullable Object row,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Normalises the unmodelled members.
		 * @param status what happened
		 * @param date when it happened
		 * @param externalId the provider's id
		 * @param attempts delivery attempts
		 * @param response the provider's response
		 * @param row the raw provider payload
		 * @param additionalProperties what this record does not model
		 */
		public Event {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
