package io.github.novu4j.client;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The severity of a notification or a workflow (v2 Inbox notifications, v2 workflows): {@code high},
 * {@code medium}, {@code low} or
 * {@code none}. An open set: a value Novu adds later parses too; compare with the constants.
 *
 * @param value the severity as Novu sends it
 */
public record Severity(@JsonValue String value) {

	/** High severity. */
	public static final Severity HIGH = new Severity("high");

	/** Medium severity. */
	public static final Severity MEDIUM = new Severity("medium");

	/** Low severity. */
	public static final Severity LOW = new Severity("low");

	/** No severity set. */
	public static final Severity NONE = new Severity("none");

	/**
	 * Rejects a null value.
	 * @param value the severity as Novu sends it
	 */
	public Severity {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a severity as Novu sends it
	 * @return the severity
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static Severity of(String value) {
		return new Severity(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
