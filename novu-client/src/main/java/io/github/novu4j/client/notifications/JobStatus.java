package io.github.novu4j.client.notifications;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The status of a job (one step of a workflow run for one subscriber). An open set: values Novu adds
 * later arrive as instances too, so parsing never breaks; compare with the constants.
 *
 * @param value the status as Novu sends it
 */
public record JobStatus(@JsonValue String value) {

	/** Created; waits for the steps before it. */
	public static final JobStatus PENDING = new JobStatus("pending");

	/** On Novu's worker queue, not yet running. */
	public static final JobStatus QUEUED = new JobStatus("queued");

	/** Being processed. */
	public static final JobStatus RUNNING = new JobStatus("running");

	/** The step ran to the end. */
	public static final JobStatus COMPLETED = new JobStatus("completed");

	/** The step failed; the job's execution details say why. */
	public static final JobStatus FAILED = new JobStatus("failed");

	/** Held by a delay or digest step until its time comes. */
	public static final JobStatus DELAYED = new JobStatus("delayed");

	/**
	 * Cancelled while it waited, e.g. by {@link io.github.novu4j.client.NovuClient#cancel(String)} with the
	 * trigger's transaction id.
	 */
	public static final JobStatus CANCELED = new JobStatus("canceled");

	/**
	 * A digest job whose event joined another digest collecting for the same subscriber; that digest sends for
	 * both.
	 */
	public static final JobStatus MERGED = new JobStatus("merged");

	/** Not run: Novu skipped the step. */
	public static final JobStatus SKIPPED = new JobStatus("skipped");

	/**
	 * Rejects a null value.
	 * @param value the status as Novu sends it
	 */
	public JobStatus {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a status as Novu sends it
	 * @return the status
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static JobStatus of(String value) {
		return new JobStatus(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
