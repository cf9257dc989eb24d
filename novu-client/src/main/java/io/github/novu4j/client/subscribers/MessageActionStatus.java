package io.github.novu4j.client.subscribers;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The status of an in-app message's action. An open set: values Novu adds later still parse.
 *
 * @param value the status as Novu sends it, e.g. {@code done}
 */
public record MessageActionStatus(@JsonValue String value) {

	/** Not acted on yet. */
	public static final MessageActionStatus PENDING = new MessageActionStatus("pending");

	/** Acted on. */
	public static final MessageActionStatus DONE = new MessageActionStatus("done");

	/**
	 * Rejects a null value.
	 * @param value the status as Novu sends it, e.g. {@code done}
	 */
	public MessageActionStatus {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a value as Novu sends it
	 * @return the instance for it
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static MessageActionStatus of(String value) {
		return new MessageActionStatus(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
