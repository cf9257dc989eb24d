package io.github.novu4j.client.internal;

import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The time budget left for the HTTP attempt running on this thread, for
 * {@link BudgetBoundJdkRequestFactory}. A thread-local because Spring's {@code ClientHttpRequestFactory}
 * has no way to pass it, and RestClient creates the request on the calling thread.
 */
final class AttemptDeadline {

	private static final ThreadLocal<@Nullable Long> DEADLINE_NANOS = new ThreadLocal<>();

	private AttemptDeadline() {
	}

	/**
	 * Runs an HTTP attempt that must end by the deadline.
	 * @param deadlineNanos the deadline, on the {@link System#nanoTime()} scale
	 * @param attempt the attempt
	 * @param <T> its result type
	 * @return its result
	 */
	static <T> T runBefore(long deadlineNanos, Supplier<T> attempt) {
		Long previous = DEADLINE_NANOS.get();
		DEADLINE_NANOS.set(deadlineNanos);
		try {
			return attempt.get();
		}
		finally {
			if (previous != null) {
				DEADLINE_NANOS.set(previous);
			}
			else {
				DEADLINE_NANOS.remove();
			}
		}
	}

	/** @return the time left for the current attempt, or {@code null} outside an attempt */
	static @Nullable Duration remaining() {
		Long deadline = DEADLINE_NANOS.get();
		return (deadline != null) ? Duration.ofNanos(deadline - System.nanoTime()) : null;
	}

}
