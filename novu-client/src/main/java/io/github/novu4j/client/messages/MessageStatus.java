package io.github.novu4j.client.messages;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The delivery status of a message: {@code sent}, {@code error} or {@code warning}. An open set: values
 * Novu adds later arrive as instances too, so parsing never breaks; compare with the constants.
 *
 * @param value the status as Novu sends it
 */
public record MessageStatus(@JsonValue String value) {

	/** Sent without an error. */
	public static final MessageStatus SENT = new MessageStatus("sent");

	/** Sending failed; the message's {@code errorId} and {@code errorText} say why. */
	public static final MessageStatus ERROR = new MessageStatus("error");

	/** Novu recorded a problem short of a failure; the message's {@code errorId} and {@code errorText} say what. */
	public static final MessageStatus WARNING = new MessageStatus("warning");

	/**
	 * Rejects a null value.
	 * @param value the status as Novu sends it
	 */
	public MessageStatus {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a status as Novu sends it
	 * @return the status
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
