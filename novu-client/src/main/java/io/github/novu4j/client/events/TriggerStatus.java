package io.github.novu4j.client.events;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The status of a trigger. An open set: values Novu adds later (such as {@code invalid_recipients})
 * arrive as instances too, so parsing never breaks; compare with the constants.
 *
 * @param value the status as Novu sends it
 */
public record TriggerStatus(@JsonValue String value) {

	public static final TriggerStatus PROCESSED = new TriggerStatus("processed");

	public static final TriggerStatus TRIGGER_NOT_ACTIVE = new TriggerStatus("trigger_not_active");

	public static final TriggerStatus NO_WORKFLOW_ACTIVE_STEPS_DEFINED = new TriggerStatus(
			"no_workflow_active_steps_defined");

	public static final TriggerStatus NO_WORKFLOW_STEPS_DEFINED = new TriggerStatus("no_workflow_steps_defined");

	public static final TriggerStatus SUBSCRIBER_ID_MISSING = new TriggerStatus("subscriber_id_missing");

	public static final TriggerStatus NO_TENANT_FOUND = new TriggerStatus("no_tenant_found");

	public static final TriggerStatus ERROR = new TriggerStatus("error");

	public static final TriggerStatus INVALID_RECIPIENTS = new TriggerStatus("invalid_recipients");

	public TriggerStatus {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a status as Novu sends it
	 * @return the status
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static TriggerStatus of(String value) {
		return new TriggerStatus(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
