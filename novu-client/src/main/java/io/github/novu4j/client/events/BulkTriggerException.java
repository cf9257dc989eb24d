package io.github.novu4j.client.events;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

import io.github.novu4j.client.NovuException;
import org.jspecify.annotations.Nullable;

/**
 * A {@link BulkTrigger} send in which a request failed for good. Nothing is lost: {@link #getResults()}
 * holds Novu's result for every event it confirmed, and {@link #getFailedRequests()} the events of each
 * failed request with its idempotency key. Events of requests not started after the failure have no
 * result and belong to no failed request: send them again normally.
 */
public class BulkTriggerException extends NovuException {

	/** One result per event in the caller's order; {@code null} where no confirmed result exists. */
	private final List<@Nullable TriggerResult> results;

	/** The requests that failed for good, with their events and idempotency keys. */
	private final List<FailedRequest> failedRequests;

	/**
	 * @param results one entry per event given, {@code null} where Novu confirmed nothing
	 * @param failedRequests the requests that failed, at least one
	 */
	public BulkTriggerException(List<@Nullable TriggerResult> results, List<FailedRequest> failedRequests) {
		super("events.triggerBulk", message(results, failedRequests), failedRequests.get(0).cause());
		this.results = Collections.unmodifiableList(results);
		this.failedRequests = List.copyOf(failedRequests);
		for (int i = 1; i < failedRequests.size(); i++) {
			addSuppressed(failedRequests.get(i).cause());
		}
	}

	private static String message(List<@Nullable TriggerResult> results, List<FailedRequest> failed) {
		long confirmed = results.stream().filter(Objects::nonNull).count();
		FailedRequest first = failed.get(0);
		return "Bulk trigger stopped: Novu confirmed " + confirmed + " of " + results.size() + " events; "
				+ failed.size() + " request(s) failed, the first for events " + first.fromIndex() + " to "
				+ (first.toIndex() - 1) + ": " + first.cause().getMessage();
	}

	/** @return one entry per event given, in order; {@code null} where Novu confirmed nothing */
	public List<@Nullable TriggerResult> getResults() {
		return this.results;
	}

	/** @return the requests that failed, by position */
	public List<FailedRequest> getFailedRequests() {
		return this.failedRequests;
	}

	/**
	 * One request that failed.
	 *
	 * @param fromIndex index of its first event in the list given
	 * @param toIndex index after its last event
	 * @param idempotencyKey the key it was sent with; resend the same events with it to stay safe
	 * @param cause why it failed
	 */
	public record FailedRequest(int fromIndex, int toIndex, String idempotencyKey, NovuException cause) {
	}

}
