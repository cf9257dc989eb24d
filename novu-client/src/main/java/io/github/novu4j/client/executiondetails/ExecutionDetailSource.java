package io.github.novu4j.client.executiondetails;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an execution detail comes from. An open set: values Novu adds later arrive as instances too, so
 * parsing never breaks; compare with the constants.
 *
 * @param value the source as Novu sends it
 */
public record ExecutionDetailSource(@JsonValue String value) {

	public static final ExecutionDetailSource CREDENTIALS = new ExecutionDetailSource("Credentials");

	public static final ExecutionDetailSource INTERNAL = new ExecutionDetailSource("Internal");

	public static final ExecutionDetailSource PAYLOAD = new ExecutionDetailSource("Payload");

	public static final ExecutionDetailSource WEBHOOK = new ExecutionDetailSource("Webhook");

	public ExecutionDetailSource {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a source as Novu sends it
	 * @return the source
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ExecutionDetailSource of(String value) {
		return new ExecutionDetailSource(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
