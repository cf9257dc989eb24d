package io.github.novu4j.client.webhooks;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * The {@code data} of a {@code preference.updated} event.
 *
 * @param object the preference as it is now, as plain Java values (the OpenAPI document leaves it untyped)
 * @param subscriberId your id of the subscriber whose preference changed
 * @param additionalProperties members this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PreferenceEventData(@JsonProperty("object") Map<String, @Nullable Object> object,
		@JsonProperty("subscriberId") @Nullable String subscriberId,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Copies the maps; an absent {@code object} becomes empty.
	 * @param object the preference as it is now
	 * @param subscriberId the subscriber's id
	 * @param additionalProperties members this record does not model
	 */
	public PreferenceEventData {
		object = AdditionalProperties.copyOf(object);
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
