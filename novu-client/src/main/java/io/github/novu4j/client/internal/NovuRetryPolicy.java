package io.github.novu4j.client.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.github.novu4j.client.NovuApiException;
import io.github.novu4j.client.NovuConnectionException;
import io.github.novu4j.client.NovuInterruptedException;
import io.github.novu4j.client.NovuTransportException;
import io.github.novu4j.client.RetrySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The retry policy of one logical call, for Spring's {@link org.springframework.core.retry.RetryTemplate}.
 * A new instance per call, because its back-off must see the last failure (to honour Novu's
 * {@code Retry-After}) and the call's own budget, which a shared back-off cannot.
 *
 * <p>What is retried, and why it can never notify twice:
 * <ul>
 * <li>failures to connect (the request never left), if {@link RetrySettings#retryConnectionErrors()};</li>
 * <li>429: Novu's rate limiter rejects a request before any work is done;</li>
 * <li>409 "request with this key is currently being processed" (it carries {@code Retry-After}): the
 * retry reuses the key and gets the stored answer once the first request is done;</li>
 * <li>408, 500, 502, 503, 504, and failures without an answer (reset or closed connection, no bytes,
 * timeout; the latter only if {@code retryConnectionErrors}): only when repeating the request is safe,
 * that is GET, PUT and DELETE, or a POST/PATCH carrying an {@code Idempotency-Key}.</li>
 * </ul>
 * Never retried: every other 4xx (a 422 for a reused idempotency key included), an answer Novu replayed
 * from its idempotency cache ({@code Idempotency-Replay: true}: it would answer the same again), a 2xx
 * answer that could not be read (Novu did the work; a retry would replay it), an interrupted thread, and
 * anything once the budget has run out.
 */
final class NovuRetryPolicy implements RetryPolicy {

	private static final Set<Integer> TRANSIENT_STATUSES = Set.of(408, 500, 502, 503, 504);

	/** Longer delays count as this (about 106 days, beyond any budget); its nanoseconds fit in a long. */
	private static final Duration MAX_DELAY = Duration.ofMillis(Long.MAX_VALUE / 1_000_000_000L);

	private final RetrySettings settings;

	private final boolean safeToRepeat;

	private final boolean idempotencyKeySent;

	private final CallState state;

	/**
	 * @param settings the call's retry settings
	 * @param safeToRepeat whether the request may be sent again after it may have been processed
	 * @param idempotencyKeySent whether the request carries an {@code Idempotency-Key}
	 * @param state the call's state, with its budget
	 */
	NovuRetryPolicy(RetrySettings settings, boolean safeToRepeat, boolean idempotencyKeySent, CallState state) {
		this.settings = settings;
		this.safeToRepeat = safeToRepeat;
		this.idempotencyKeySent = idempotencyKeySent;
		this.state = state;
	}

	@Override
	public boolean shouldRetry(Throwable failure) {
		if (Thread.currentThread().isInterrupted() || failure instanceof NovuInterruptedException) {
			return false;
		}
		return !this.state.budgetExhausted() && isRetryable(failure);
	}

	private boolean isRetryable(Throwable failure) {
		if (failure instanceof NovuConnectionException) {
			return this.settings.retryConnectionErrors();
		}
		if (failure instanceof NovuTransportException) {
			if (this.state.lastAnswerWasUnreadableSuccess()) {
				return false;
			}
			return this.settings.retryConnectionErrors() && this.safeToRepeat;
		}
		if (failure instanceof NovuApiException api) {
			if (api.isIdempotencyReplay()) {
				return false;
			}
			int status = api.getStatusCode();
			if (status == 429) {
				return true;
			}
			if (status == 409) {
				return this.idempotencyKeySent && isStillInProgress(api);
			}
			return this.safeToRepeat && TRANSIENT_STATUSES.contains(status);
		}
		return false;
	}

	/**
	 * Novu answers 409 for a topic that exists or still has subscribers too; only the "still in
	 * progress" answer of its idempotency check carries {@code Retry-After} (and says so).
	 */
	private static boolean isStillInProgress(NovuApiException conflict) {
		return conflict.getHeader("Retry-After") != null
				|| conflict.getNovuMessage().toLowerCase(Locale.ROOT).contains("currently being processed");
	}

	@Override
	public Duration getTimeout() {
		return this.state.budget();
	}

	@Override
	public BackOff getBackOff() {
		return RetryAfterBackOffExecution::new;
	}

	/**
	 * The wait before retry number {@code retry} (1 for the first retry): exponential back-off with jitter,
	 * raised to Novu's {@code Retry-After} (capped by the max interval); {@code null} means "stop now",
	 * because the wait would not fit in what is left of the budget.
	 */
	@Nullable Duration delayBeforeRetry(int retry) {
		long maxMillis = millis(this.settings.maxInterval());
		double exponential = millis(this.settings.initialInterval()) * Math.pow(this.settings.multiplier(), retry - 1);
		long delay = (long) Math.min(exponential, maxMillis);
		// Jitter in [delay/2, delay], so many clients do not retry in lockstep.
		if (delay > 1) {
			delay = delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1);
		}
		Duration retryAfter = retryAfterOf(this.state.lastFailure());
		if (retryAfter != null) {
			delay = Math.max(delay, Math.min(millis(retryAfter), maxMillis));
		}
		if (delay * 1_000_000 >= this.state.remainingNanos()) {
			// Waiting would use up the budget: give up now rather than wait, spin or overrun.
			return null;
		}
		return Duration.ofMillis(delay);
	}

	private static long millis(Duration duration) {
		// Saturating, so a Retry-After of years cannot overflow the conversions.
		return (duration.compareTo(MAX_DELAY) >= 0) ? MAX_DELAY.toMillis() : Math.max(0, duration.toMillis());
	}

	private static @Nullable Duration retryAfterOf(@Nullable Throwable failure) {
		return (failure instanceof NovuApiException api) ? api.getRetryAfter() : null;
	}

	private final class RetryAfterBackOffExecution implements BackOffExecution {

		private int retries;

		@Override
		public long nextBackOff() {
			this.retries++;
			if (this.retries >= NovuRetryPolicy.this.settings.maxAttempts()) {
				return STOP;
			}
			Duration delay = delayBeforeRetry(this.retries);
			return (delay != null) ? delay.toMillis() : STOP;
		}

	}

}
