package io.github.novu4j.client.notifications;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A condition group of a workflow step: the step runs only if its conditions hold.
 *
 * @param isNegated whether the group's result is negated
 * @param type the filter type, e.g. {@code GROUP}
 * @param value how the conditions combine: {@code AND} or {@code OR}
 * @param children the conditions
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StepFilter(@JsonProperty("isNegated") @Nullable Boolean isNegated,
		@JsonProperty("type") @Nullable String type, @JsonProperty("value") @Nullable String value,
		@JsonProperty("children") @Nullable List<Condition> children,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param isNegated whether the group's result is negated
	 * @param type the filter type, e.g. {@code GROUP}
	 * @param value how the conditions combine: {@code AND} or {@code OR}
	 * @param children the conditions
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public StepFilter {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * One condition.
	 *
	 * @param field the field compared, e.g. {@code isVip}
	 * @param value the value compared with
	 * @param operator the comparison, e.g. {@code EQUAL}, {@code IN}
	 * @param on what the field belongs to, e.g. {@code payload}, {@code subscriber}, {@code tenant}
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Condition(@JsonProperty("field") @Nullable String field, @JsonProperty("value") @Nullable String value,
			@JsonProperty("operator") @Nullable String operator, @JsonProperty("on") @Nullable String on,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

		/**
		 * Keeps the members this record does not model, unmodifiable.
		 * @param field the field compared, e.g. {@code isVip}
		 * @param value the value compared with
		 * @param operator the comparison, e.g. {@code EQUAL}, {@code IN}
		 * @param on what the field belongs to, e.g. {@code payload}, {@code subscriber}, {@code tenant}
		 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
		 */
		public Condition {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
