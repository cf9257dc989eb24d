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

	/**
	 * About credentials (of an integration or a subscriber's channel); also Novu's default when an entry names
	 * no source.
	 */
	public static final ExecutionDetailSource CREDENTIALS = new ExecutionDetailSource("Credentials");

	/** From Novu's own processing of the step. */
	public static final ExecutionDetailSource INTERNAL = new ExecutionDetailSource("Internal");

	/** About the trigger's payload. */
	public static final ExecutionDetailSource PAYLOAD = new ExecutionDetailSource("Payload");

	/** Reported through a webhook: a provider's delivery event, or a webhook Novu called for a step condition. */
	public static final ExecutionDetailSource WEBHOOK = new ExecutionDetailSource("Webhook");

	/**
	 * Rejects a null value.
	 * @param value the source as Novu sends it
	 */
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
