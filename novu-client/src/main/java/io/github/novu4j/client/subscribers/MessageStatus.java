package io.github.novu4j.client.subscribers;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The delivery status of a message. An open set: values Novu adds later still parse.
 *
 * @param value the status as Novu sends it, e.g. {@code sent}
 */
public record MessageStatus(@JsonValue String value) {

	/** Sent to the provider. */
	public static final MessageStatus SENT = new MessageStatus("sent");

	/** Failed. */
	public static final MessageStatus ERROR = new MessageStatus("error");

	/** Sent with a warning. */
	public static final MessageStatus WARNING = new MessageStatus("warning");

	/**
	 * Rejects a null value.
	 * @param value the status as Novu sends it, e.g. {@code sent}
	 */
	public MessageStatus {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a value as Novu sends it
	 * @return the instance for it
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static MessageStatus of(String value) {
		return new MessageStatus(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
