package io.github.novu4j.client.v2.workflows;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The status of a workflow ({@code WorkflowStatusEnum}).
 * An open set: a value Novu adds later arrives as an instance too; compare with the constants.
 *
 * @param value the value as Novu sends it
 */
public record WorkflowStatus(@JsonValue String value) {

	/** Active: triggers run it. */
	public static final WorkflowStatus ACTIVE = new WorkflowStatus("ACTIVE");

	/** Inactive: triggers are ignored. */
	public static final WorkflowStatus INACTIVE = new WorkflowStatus("INACTIVE");

	/** Has issues that keep it from running. */
	public static final WorkflowStatus ERROR = new WorkflowStatus("ERROR");

	/**
	 * Rejects a null value.
	 * @param value the value as Novu sends it
	 */
	public WorkflowStatus {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a value as Novu sends it
	 * @return the instance
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static WorkflowStatus of(String value) {
		return new WorkflowStatus(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
