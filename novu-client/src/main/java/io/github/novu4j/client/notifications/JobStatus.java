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

	public static final JobStatus PENDING = new JobStatus("pending");

	public static final JobStatus QUEUED = new JobStatus("queued");

	public static final JobStatus RUNNING = new JobStatus("running");

	public static final JobStatus COMPLETED = new JobStatus("completed");

	public static final JobStatus FAILED = new JobStatus("failed");

	public static final JobStatus DELAYED = new JobStatus("delayed");

	public static final JobStatus CANCELED = new JobStatus("canceled");

	public static final JobStatus MERGED = new JobStatus("merged");

	public static final JobStatus SKIPPED = new JobStatus("skipped");

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
