package io.github.novu4j.client.v2.subscribers;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * How many of a subscriber's notifications match one filter of {@code notifications().count(..)}; the
 * answers come in the order of the filters.
 *
 * @param count the number of matching notifications
 * @param filter the filter as Novu applied it
 * @param additionalProperties what this record does not model
 */
public record NotificationCount(@JsonProperty("count") @Nullable Integer count,
		@JsonProperty("filter") @Nullable NotificationFilter filter,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Normalises the unmodelled members.
	 * @param count the number of matching notifications
	 * @param filter the filter
	 * @param additionalProperties what this record does not model
	 */
	public NotificationCount {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
