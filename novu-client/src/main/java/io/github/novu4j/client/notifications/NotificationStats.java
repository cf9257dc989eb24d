package io.github.novu4j.client.notifications;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * How many notifications the environment sent recently.
 *
 * @param weeklySent notifications in the last 7 days
 * @param monthlySent notifications in the last month
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationStats(@JsonProperty("weeklySent") @Nullable Integer weeklySent,
		@JsonProperty("monthlySent") @Nullable Integer monthlySent,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param weeklySent notifications in the last 7 days
	 * @param monthlySent notifications in the last month
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public NotificationStats {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
