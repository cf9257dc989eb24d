package io.github.novu4j.client.integrations;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How the parts of a {@link StepFilter} combine: all ({@link #AND}) or any ({@link #OR}). An open set:
 * values Novu adds later parse too.
 *
 * @param value {@code AND} or {@code OR}, as Novu sends it
 */
public record FilterLogic(@JsonValue String value) {

	/** Every part must hold. */
	public static final FilterLogic AND = new FilterLogic("AND");

	/** At least one part must hold. */
	public static final FilterLogic OR = new FilterLogic("OR");

	/**
	 * Rejects a null value.
	 * @param value {@code AND} or {@code OR}, as Novu sends it
	 */
	public FilterLogic {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value the value as Novu sends it
	 * @return the instance
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static FilterLogic of(String value) {
		return new FilterLogic(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
