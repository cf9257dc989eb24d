package io.github.novu4j.client.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.github.novu4j.client.NovuApiException;
import io.github.novu4j.client.NovuConflictException;
import io.github.novu4j.client.NovuConnectionException;
import io.github.novu4j.client.NovuIdempotencyKeyReuseException;
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
 * <li>connection failures (the request never left), if enabled;</li>
 * <li>429: the rate limiter rejects before any work is done;</li>
 * <li>409 with {@code Retry-After}: Novu is still processing the same idempotency key; the retry
 * reuses it and gets the stored answer;</li>
 * <li>408, 500, 502, 503, 504, timeouts and broken connections: only when the request is safe to repeat
 * (GET, PUT, DELETE, or a POST/PATCH carrying an idempotency key).</li>
 * </ul>
 * Every other 4xx, and a 422 for a reused idempotency key, is final.
 */
final class NovuRetryPolicy implements RetryPolicy {

	private static final Set<Integer> TRANSIENT_STATUSES = Set.of(408, 500, 502, 503, 504);

	private final RetrySettings settings;

	private final Duration budget;

	private final boolean safeToRepeat;

	private final CallState state;

	NovuRetryPolicy(RetrySettings settings, Duration budget, boolean safeToRepeat, CallState state) {
		this.settings = settings;
		this.budget = budget;
		this.safeToRepeat = safeToRepeat;
		this.state = state;
	}

	@Override
	public boolean shouldRetry(Throwable failure) {
		return isRetryable(failure, this.settings, this.safeToRepeat);
	}

	static boolean isRetryable(Throwable failure, RetrySettings settings, boolean safeToRepeat) {
		if (failure instanceof NovuConnectionException) {
			return settings.retryConnectionErrors();
		}
		if (failure instanceof NovuIdempotencyKeyReuseException) {
			return false;
		}
		if (failure instanceof NovuConflictException conflict) {
			// Only Novu's "request with this key is still in progress" answer carries Retry-After.
			return safeToRepeat && conflict.getRetryAfter() != null;
		}
		if (failure instanceof NovuApiException api) {
			if (api.getStatusCode() == 429) {
				return true;
			}
			return safeToRepeat && TRANSIENT_STATUSES.contains(api.getStatusCode());
		}
		if (failure instanceof NovuTransportException) {
			return safeToRepeat;
		}
		return false;
	}

	@Override
	public Duration getTimeout() {
		return this.budget;
	}

	@Override
	public BackOff getBackOff() {
		return () -> new RetryAfterBackOffExecution();
	}

	/** Exponential back-off with jitter, raised to Novu's Retry-After, capped by max delay and budget. */
	private final class RetryAfterBackOffExecution implements BackOffExecution {

		private int retries;

		@Override
		public long nextBackOff() {
			RetrySettings settings = NovuRetryPolicy.this.settings;
			this.retries++;
			if (this.retries >= settings.maxAttempts()) {
				return STOP;
			}
			double exponential = settings.initialInterval().toMillis()
					* Math.pow(settings.multiplier(), this.retries - 1);
			long maxDelay = settings.maxInterval().toMillis();
			long delay = (long) Math.min(exponential, maxDelay);
			// Jitter in [delay/2, delay], so many clients do not retry in lockstep.
			if (delay > 1) {
				delay = delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1);
			}
			Duration retryAfter = retryAfterOf(NovuRetryPolicy.this.state.lastFailure());
			if (retryAfter != null) {
				delay = Math.max(delay, Math.min(retryAfter.toMillis(), maxDelay));
			}
			long remaining = NovuRetryPolicy.this.budget.toMillis() - NovuRetryPolicy.this.state.elapsedMillis();
			if (delay >= remaining) {
				// Sleeping would exhaust the budget: give up now rather than spin or overrun.
				return STOP;
			}
			return delay;
		}

		private static @Nullable Duration retryAfterOf(@Nullable Throwable failure) {
			return (failure instanceof NovuApiException api) ? api.getRetryAfter() : null;
		}

	}

}
