package io.github.novu4j.client.subscribers;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The type of an in-app message's action button; the {@code {type}} of
 * {@code subscribers.messages.updateAsSeen}. An open set: values Novu adds later still parse.
 *
 * @param value the type as Novu sends it, e.g. {@code primary}
 */
public record ButtonType(@JsonValue String value) {

	/** The primary button. */
	public static final ButtonType PRIMARY = new ButtonType("primary");

	/** The secondary button. */
	public static final ButtonType SECONDARY = new ButtonType("secondary");

	/**
	 * Rejects a null value.
	 * @param value the type as Novu sends it, e.g. {@code primary}
	 */
	public ButtonType {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a value as Novu sends it
	 * @return the instance for it
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ButtonType of(String value) {
		return new ButtonType(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
