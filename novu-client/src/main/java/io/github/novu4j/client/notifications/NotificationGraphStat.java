package io.github.novu4j.client.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.StepType;
import org.jspecify.annotations.Nullable;

/**
 * The notifications of one day, for the activity graph.
 *
 * @param id the day, {@code yyyy-MM-dd} (see {@link #day()})
 * @param count the notifications of that day, each counted once per channel it used
 * @param templates the ids of the workflows that ran
 * @param channels the step types used; includes steps such as {@code digest}, which Novu's OpenAPI
 * document does not list
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationGraphStat(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("count") @Nullable Integer count, @JsonProperty("templates") @Nullable List<String> templates,
		@JsonProperty("channels") @Nullable List<StepType> channels,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param id the day, {@code yyyy-MM-dd} (see {@link #day()})
	 * @param count the notifications of that day, each counted once per channel it used
	 * @param templates the ids of the workflows that ran
	 * @param channels the step types used; includes steps such as {@code digest}, which Novu's OpenAPI document does not list
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public NotificationGraphStat {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * @return the day as a date, or {@code null} if Novu sent none
	 * @throws java.time.format.DateTimeParseException if the id is not a {@code yyyy-MM-dd} date
	 */
	public @Nullable LocalDate day() {
		return (this.id != null) ? LocalDate.parse(this.id) : null;
	}

}
