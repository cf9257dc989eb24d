package io.github.novu4j.client.integrations;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of a {@link StepFilter}; integration conditions use {@link #GROUP}. An open set: values Novu
 * adds later parse too.
 *
 * @param value the type as Novu sends it
 */
public record StepFilterType(@JsonValue String value) {

	/** A true/false field. */
	public static final StepFilterType BOOLEAN = new StepFilterType("BOOLEAN");

	/** A text field. */
	public static final StepFilterType TEXT = new StepFilterType("TEXT");

	/** A date field. */
	public static final StepFilterType DATE = new StepFilterType("DATE");

	/** A number field. */
	public static final StepFilterType NUMBER = new StepFilterType("NUMBER");

	/** The {@code STATEMENT} kind of Novu's condition editor. */
	public static final StepFilterType STATEMENT = new StepFilterType("STATEMENT");

	/** A list field. */
	public static final StepFilterType LIST = new StepFilterType("LIST");

	/** A multi-select list field. */
	public static final StepFilterType MULTI_LIST = new StepFilterType("MULTI_LIST");

	/** A group of parts combined by {@link FilterLogic}; the kind integration conditions use. */
	public static final StepFilterType GROUP = new StepFilterType("GROUP");

	/**
	 * Rejects a null value.
	 * @param value the type as Novu sends it
	 */
	public StepFilterType {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value the value as Novu sends it
	 * @return the instance
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static StepFilterType of(String value) {
		return new StepFilterType(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
