package io.github.novu4j.client.integrations;

import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * One comparison inside a {@link StepFilter} ({@code FieldFilterPart}), e.g. "the tenant's
 * {@code identifier} is {@code EQUAL} to {@code acme}". Build with {@link #of}; components are
 * nullable because Novu's answers do not always carry all of them.
 *
 * @param field the field compared, e.g. {@code identifier}
 * @param value the value compared against
 * @param operator the comparison
 * @param on what the field belongs to: {@code tenant}, {@code subscriber}, {@code payload}, ...
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FieldFilterPart(@JsonProperty("field") @Nullable String field,
		@JsonProperty("value") @Nullable String value, @JsonProperty("operator") @Nullable FilterOperator operator,
		@JsonProperty("on") @Nullable FilterPartType on,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param field the field compared, e.g. {@code identifier}
	 * @param value the value compared against
	 * @param operator the comparison
	 * @param on what the field belongs to: {@code tenant}, {@code subscriber}, {@code payload}, ...
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public FieldFilterPart {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * @param on what the field belongs to, e.g. {@link FilterPartType#TENANT}
	 * @param field the field, e.g. {@code identifier}
	 * @param operator the comparison
	 * @param value the value compared against
	 * @return the part
	 * @throws IllegalArgumentException if the field is blank
	 */
	public static FieldFilterPart of(FilterPartType on, String field, FilterOperator operator, String value) {
		Objects.requireNonNull(on, "on");
		Objects.requireNonNull(operator, "operator");
		Objects.requireNonNull(value, "value");
		if (field == null || field.isBlank()) {
			throw new IllegalArgumentException("A filter part needs the field it compares");
		}
		return new FieldFilterPart(field, value, operator, on, null);
	}

	/**
	 * The condition Novu's dashboard writes for an integration used by one tenant only.
	 * @param tenantIdentifier the tenant's identifier
	 * @return {@code on: tenant, field: identifier, operator: EQUAL, value: tenantIdentifier}
	 */
	public static FieldFilterPart tenantIs(String tenantIdentifier) {
		return of(FilterPartType.TENANT, "identifier", FilterOperator.EQUAL, tenantIdentifier);
	}

}
