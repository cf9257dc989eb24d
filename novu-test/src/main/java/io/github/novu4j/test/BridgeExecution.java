package io.github.novu4j.test;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One step of a code-first workflow that the local Novu ran on a synced bridge (see
 * {@link LocalNovu#syncBridge(java.net.URI)}): the signed {@code execute} request it made and what the bridge
 * answered.
 *
 * @param workflowId the workflow's id
 * @param stepId the step's id
 * @param stepType the step's type as the bridge described it ({@code in_app}, {@code email}, {@code digest}, ...)
 * @param subscriberId the subscriber the step ran for
 * @param transactionId the trigger's transaction id
 * @param status the bridge's HTTP status, 0 when it did not answer
 * @param outputs what the step rendered ({@code outputs} of the answer; e.g. {@code subject} and {@code body} of an
 * email), empty for a skipped or failed step
 * @param skipped whether the bridge answered {@code options.skip: true}
 * @param errorCode the bridge's error {@code code} (e.g. {@code StepExecutionFailedError}), or {@code null} when
 * it answered 2xx
 * @param errorMessage the bridge's error {@code message}, or what went wrong when it did not answer; {@code null}
 * on success
 */
public record BridgeExecution(String workflowId, String stepId, String stepType, String subscriberId,
		String transactionId, int status, Map<String, @Nullable Object> outputs, boolean skipped,
		@Nullable String errorCode, @Nullable String errorMessage) {

	/**
	 * Copies the outputs.
	 * @param workflowId the workflow
	 * @param stepId the step
	 * @param stepType the step's type
	 * @param subscriberId the subscriber
	 * @param transactionId the transaction id
	 * @param status the bridge's HTTP status
	 * @param outputs the rendered outputs
	 * @param skipped whether the step was skipped
	 * @param errorCode the error code
	 * @param errorMessage the error message
	 */
	public BridgeExecution {
		outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
	}

	/** @return whether the bridge answered 2xx */
	public boolean succeeded() {
		return this.status >= 200 && this.status < 300;
	}

	/**
	 * @param name an output's name, e.g. {@code subject}
	 * @return the output as text, or {@code null} when absent
	 */
	public @Nullable String output(String name) {
		Object value = this.outputs.get(name);
		return (value != null) ? value.toString() : null;
	}

}
