package io.github.novu4j.client.channelconnections;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a channel connection is scoped: to a subscriber (Novu's default) or shared by a context. An open
 * set; compare with the constants.
 *
 * @param value the mode as Novu sends it
 */
public record ConnectionMode(@JsonValue String value) {

	/** The connection belongs to one subscriber. */
	public static final ConnectionMode SUBSCRIBER = new ConnectionMode("subscriber");

	/** The connection belongs to a context; no subscriber id is stored. */
	public static final ConnectionMode SHARED = new ConnectionMode("shared");

	/**
	 * Rejects a null value.
	 * @param value the mode as Novu sends it
	 */
	public ConnectionMode {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a mode as Novu sends it
	 * @return the mode
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ConnectionMode of(String value) {
		return new ConnectionMode(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
