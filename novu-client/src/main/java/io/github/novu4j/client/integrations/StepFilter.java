package io.github.novu4j.client.integrations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A condition group ({@code StepFilter}): parts combined with AND or OR, optionally negated. Integration
 * conditions decide when Novu picks an integration, typically for one tenant:
 * {@code StepFilter.allOf(FieldFilterPart.tenantIs("acme"))}.
 *
 * @param isNegated whether the group's result is inverted
 * @param type the kind of filter; {@code GROUP} for integration conditions
 * @param value how the parts combine
 * @param children the parts; never {@code null} (an absent list reads as empty)
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StepFilter(@JsonProperty("isNegated") @Nullable Boolean isNegated,
		@JsonProperty("type") @Nullable StepFilterType type, @JsonProperty("value") @Nullable FilterLogic value,
		@JsonProperty("children") List<FieldFilterPart> children,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Copies the parts into an unmodifiable list, empty when Novu sent none.
	 * @param isNegated whether the group's result is inverted
	 * @param type the kind of filter; {@code GROUP} for integration conditions
	 * @param value how the parts combine
	 * @param children the parts; never {@code null} (an absent list reads as empty)
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public StepFilter {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		children = (children != null) ? Collections.unmodifiableList(new ArrayList<>(children)) : List.of();
	}

	/**
	 * @param parts at least one part
	 * @return a group that holds when every part holds
	 */
	public static StepFilter allOf(FieldFilterPart... parts) {
		return group(FilterLogic.AND, parts);
	}

	/**
	 * @param parts at least one part
	 * @return a group that holds when any part holds
	 */
	public static StepFilter anyOf(FieldFilterPart... parts) {
		return group(FilterLogic.OR, parts);
	}

	private static StepFilter group(FilterLogic logic, FieldFilterPart[] parts) {
		if (parts == null || parts.length == 0) {
			throw new IllegalArgumentException("A condition group needs at least one part");
		}
		List<FieldFilterPart> children = Arrays.asList(parts);
		if (children.contains(null)) {
			throw new IllegalArgumentException("A condition group's parts must not be null");
		}
		return new StepFilter(false, StepFilterType.GROUP, logic, children, null);
	}

}
