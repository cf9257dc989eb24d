package io.github.novu4j.client.integrations;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The comparison of a {@link FieldFilterPart}. An open set: operators Novu adds later parse too.
 *
 * @param value the operator as Novu sends it
 */
public record FilterOperator(@JsonValue String value) {

	public static final FilterOperator LARGER = new FilterOperator("LARGER");

	public static final FilterOperator SMALLER = new FilterOperator("SMALLER");

	public static final FilterOperator LARGER_EQUAL = new FilterOperator("LARGER_EQUAL");

	public static final FilterOperator SMALLER_EQUAL = new FilterOperator("SMALLER_EQUAL");

	public static final FilterOperator EQUAL = new FilterOperator("EQUAL");

	public static final FilterOperator NOT_EQUAL = new FilterOperator("NOT_EQUAL");

	public static final FilterOperator ALL_IN = new FilterOperator("ALL_IN");

	public static final FilterOperator ANY_IN = new FilterOperator("ANY_IN");

	public static final FilterOperator NOT_IN = new FilterOperator("NOT_IN");

	public static final FilterOperator BETWEEN = new FilterOperator("BETWEEN");

	public static final FilterOperator NOT_BETWEEN = new FilterOperator("NOT_BETWEEN");

	public static final FilterOperator LIKE = new FilterOperator("LIKE");

	public static final FilterOperator NOT_LIKE = new FilterOperator("NOT_LIKE");

	public static final FilterOperator IN = new FilterOperator("IN");

	public FilterOperator {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value the value as Novu sends it
	 * @return the instance
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static FilterOperator of(String value) {
		return new FilterOperator(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
