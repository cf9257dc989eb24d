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

	public static final ExecutionDetailStatus SUCCESS = new ExecutionDetailStatus("Success");

	public static final ExecutionDetailStatus WARNING = new ExecutionDetailStatus("Warning");

	public static final ExecutionDetailStatus FAILED = new ExecutionDetailStatus("Failed");

	public static final ExecutionDetailStatus PENDING = new ExecutionDetailStatus("Pending");

	public static final ExecutionDetailStatus QUEUED = new ExecutionDetailStatus("Queued");

	public static final ExecutionDetailStatus READ_CONFIRMATION = new ExecutionDetailStatus("ReadConfirmation");

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
