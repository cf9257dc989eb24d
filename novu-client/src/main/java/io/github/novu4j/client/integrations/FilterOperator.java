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

	/** The field's value is greater than the given value. */
	public static final FilterOperator LARGER = new FilterOperator("LARGER");

	/** The field's value is less than the given value. */
	public static final FilterOperator SMALLER = new FilterOperator("SMALLER");

	/** The field's value is greater than or equal to the given value. */
	public static final FilterOperator LARGER_EQUAL = new FilterOperator("LARGER_EQUAL");

	/** The field's value is less than or equal to the given value. */
	public static final FilterOperator SMALLER_EQUAL = new FilterOperator("SMALLER_EQUAL");

	/**
	 * The field's value equals the given value, which Novu first converts to the field's type (number, boolean
	 * or text).
	 */
	public static final FilterOperator EQUAL = new FilterOperator("EQUAL");

	/** The field's value differs from the given value (converted as for {@link #EQUAL}). */
	public static final FilterOperator NOT_EQUAL = new FilterOperator("NOT_EQUAL");

	/**
	 * Every given value is in the field's list. Novu's schema lists it, but Novu's condition check does not implement
	 * it: a part using it never holds.
	 */
	public static final FilterOperator ALL_IN = new FilterOperator("ALL_IN");

	/**
	 * At least one given value is in the field's list. Novu's schema lists it, but Novu's condition check does not
	 * implement it: a part using it never holds.
	 */
	public static final FilterOperator ANY_IN = new FilterOperator("ANY_IN");

	/** The field's value, a list or a text, does not contain the given value. */
	public static final FilterOperator NOT_IN = new FilterOperator("NOT_IN");

	/**
	 * The field's value lies within a range. Novu's schema lists it, but Novu's condition check does not implement it:
	 * a part using it never holds.
	 */
	public static final FilterOperator BETWEEN = new FilterOperator("BETWEEN");

	/**
	 * The field's value lies outside a range. Novu's schema lists it, but Novu's condition check does not implement it:
	 * a part using it never holds.
	 */
	public static final FilterOperator NOT_BETWEEN = new FilterOperator("NOT_BETWEEN");

	/**
	 * The field's value matches a pattern. Novu's schema lists it, but Novu's condition check does not implement it: a
	 * part using it never holds.
	 */
	public static final FilterOperator LIKE = new FilterOperator("LIKE");

	/**
	 * The field's value does not match a pattern. Novu's schema lists it, but Novu's condition check does not implement
	 * it: a part using it never holds.
	 */
	public static final FilterOperator NOT_LIKE = new FilterOperator("NOT_LIKE");

	/** The field's value, a list or a text, contains the given value. */
	public static final FilterOperator IN = new FilterOperator("IN");

	/**
	 * Rejects a null value.
	 * @param value the operator as Novu sends it
	 */
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
