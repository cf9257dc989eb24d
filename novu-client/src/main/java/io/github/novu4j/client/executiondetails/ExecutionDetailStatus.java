package io.github.novu4j.client.executiondetails;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The outcome an execution detail reports. An open set: values Novu adds later arrive as instances too,
 * so parsing never breaks; compare with the constants.
 *
 * @param value the status as Novu sends it
 */
public record ExecutionDetailStatus(@JsonValue String value) {

	/** The recorded action succeeded. */
	public static final ExecutionDetailStatus SUCCESS = new ExecutionDetailStatus("Success");

	/** The recorded action went through, with a problem short of a failure. */
	public static final ExecutionDetailStatus WARNING = new ExecutionDetailStatus("Warning");

	/** The recorded action failed. */
	public static final ExecutionDetailStatus FAILED = new ExecutionDetailStatus("Failed");

	/** The recorded action has no outcome yet; also Novu's default when an entry names no status. */
	public static final ExecutionDetailStatus PENDING = new ExecutionDetailStatus("Pending");

	/** The step is queued for processing. */
	public static final ExecutionDetailStatus QUEUED = new ExecutionDetailStatus("Queued");

	/** A read confirmation for the message. */
	public static final ExecutionDetailStatus READ_CONFIRMATION = new ExecutionDetailStatus("ReadConfirmation");

	/**
	 * Rejects a null value.
	 * @param value the status as Novu sends it
	 */
	public ExecutionDetailStatus {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a status as Novu sends it
	 * @return the status
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ExecutionDetailStatus of(String value) {
		return new ExecutionDetailStatus(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
