package io.github.novu4j.client.internal;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The time budget left for the HTTP attempt running on this thread, for
 * {@link BudgetBoundJdkRequestFactory}, and the timeout that factory gave the attempt. A thread-local
 * because Spring's {@code ClientHttpRequestFactory} has no way to pass it, and RestClient creates the
 * request on the calling thread.
 */
final class AttemptDeadline {

	private static final ThreadLocal<@Nullable Attempt> CURRENT = new ThreadLocal<>();

	/** The shortest timeout given to an HTTP client: a spent budget still makes one (failing) attempt. */
	private static final Duration MIN_TIMEOUT = Duration.ofMillis(1);

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
		Attempt previous = CURRENT.get();
		CURRENT.set(new Attempt(deadlineNanos));
		try {
			return attempt.get();
		}
		finally {
			if (previous != null) {
				CURRENT.set(previous);
			}
			else {
				CURRENT.remove();
			}
		}
	}

	/** @return the time left for the current attempt, or {@code null} outside an attempt */
	static @Nullable Duration remaining() {
		Attempt current = CURRENT.get();
		return (current != null) ? Duration.ofNanos(current.budgetDeadlineNanos - System.nanoTime()) : null;
	}

	/**
	 * The timeout an HTTP client enforces on the current attempt, recorded (see
	 * {@link #timeoutStartsNow(Duration)}): the read timeout, cut to what is left of the attempt's budget,
	 * at least 1 ms. Every transport sets its per-attempt timeout from this, so all cut it the same way.
	 * @param readTimeout the transport's read timeout
	 * @return {@code readTimeout} itself when the budget leaves at least that much (or outside an attempt),
	 * otherwise the time left
	 */
	static Duration startTimeout(Duration readTimeout) {
		Duration remaining = remaining();
		Duration timeout = (remaining == null || remaining.compareTo(readTimeout) >= 0) ? readTimeout
				: (remaining.compareTo(MIN_TIMEOUT) > 0) ? remaining : MIN_TIMEOUT;
		timeoutStartsNow(timeout);
		return timeout;
	}

	/**
	 * Records the timeout the HTTP client enforces on the current attempt from now on.
	 * @param timeout the whole-answer timeout of the attempt
	 */
	static void timeoutStartsNow(Duration timeout) {
		Attempt current = CURRENT.get();
		if (current != null) {
			current.timeout = timeout;
			current.timeoutDeadlineNanos = System.nanoTime() + CallState.saturatedNanos(timeout);
		}
	}

	/** @return the timeout recorded for the current attempt, or {@code null} if none was */
	static @Nullable Duration timeout() {
		Attempt current = CURRENT.get();
		return (current != null) ? current.timeout : null;
	}

	/**
	 * Explains a failure while reading an answer: the JDK client closes the body of an answer whose
	 * timeout ran out while it was arriving, which the reader sees as a plain "closed" stream.
	 * @param failure what reading the body threw
	 * @return a timeout naming the attempt's timeout when it has run out, else {@code failure}
	 */
	static IOException explainReadFailure(IOException failure) {
		Attempt current = CURRENT.get();
		if (current == null || current.timeout == null || failure instanceof HttpTimeoutException
				|| System.nanoTime() - current.timeoutDeadlineNanos < 0) {
			return failure;
		}
		HttpTimeoutException timeout = new HttpTimeoutException(
				"the answer did not arrive within " + current.timeout.toMillis() + " ms");
		timeout.initCause(failure);
		return timeout;
	}

	private static final class Attempt {

		private final long budgetDeadlineNanos;

		private @Nullable Duration timeout;

		private long timeoutDeadlineNanos;

		Attempt(long budgetDeadlineNanos) {
			this.budgetDeadlineNanos = budgetDeadlineNanos;
		}

	}

}
