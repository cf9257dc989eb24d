package io.github.novu4j.client.v2.workflows;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The field {@code workflows.list} sorts by ({@code WorkflowResponseDtoSortField}).
 * An open set: a value Novu adds later arrives as an instance too; compare with the constants.
 *
 * @param value the value as Novu sends it
 */
public record WorkflowSortField(@JsonValue String value) {

	/** Creation time. */
	public static final WorkflowSortField CREATED_AT = new WorkflowSortField("createdAt");

	/** Last update. */
	public static final WorkflowSortField UPDATED_AT = new WorkflowSortField("updatedAt");

	/** Name. */
	public static final WorkflowSortField NAME = new WorkflowSortField("name");

	/** Last trigger. */
	public static final WorkflowSortField LAST_TRIGGERED_AT = new WorkflowSortField("lastTriggeredAt");

	/**
	 * Rejects a null value.
	 * @param value the value as Novu sends it
	 */
	public WorkflowSortField {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a value as Novu sends it
	 * @return the instance
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static WorkflowSortField of(String value) {
		return new WorkflowSortField(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
