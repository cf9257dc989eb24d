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

	/** Novu accepted the event and queued the workflow run; delivery happens afterwards, asynchronously. */
	public static final TriggerStatus PROCESSED = new TriggerStatus("processed");

	/** The workflow is not active (or a tenant's workflow override switched it off); nothing is sent. */
	public static final TriggerStatus TRIGGER_NOT_ACTIVE = new TriggerStatus("trigger_not_active");

	/** The workflow has steps, but none is active; nothing is sent. */
	public static final TriggerStatus NO_WORKFLOW_ACTIVE_STEPS_DEFINED = new TriggerStatus(
			"no_workflow_active_steps_defined");

	/** The workflow has no steps; nothing is sent. */
	public static final TriggerStatus NO_WORKFLOW_STEPS_DEFINED = new TriggerStatus("no_workflow_steps_defined");

	/** A recipient had no subscriber id. In Novu's schema, but its server source marks the value as unused. */
	public static final TriggerStatus SUBSCRIBER_ID_MISSING = new TriggerStatus("subscriber_id_missing");

	/** The event names a tenant that does not exist in the environment; nothing is sent. */
	public static final TriggerStatus NO_TENANT_FOUND = new TriggerStatus("no_tenant_found");

	/**
	 * This event of a bulk trigger failed; {@link TriggerResult#error()} says why. The other events are not
	 * affected.
	 */
	public static final TriggerStatus ERROR = new TriggerStatus("error");

	/**
	 * No recipient was valid, so nothing is sent (newer servers). Invalid recipients next to valid ones are
	 * dropped and the rest is processed.
	 */
	public static final TriggerStatus INVALID_RECIPIENTS = new TriggerStatus("invalid_recipients");

	/**
	 * Rejects a null value.
	 * @param value the status as Novu sends it
	 */
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
