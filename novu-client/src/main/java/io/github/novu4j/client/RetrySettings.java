package io.github.novu4j.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How a logical call is retried. Defaults: 4 attempts (3 retries), exponential back-off from 500 ms
 * with multiplier 2 up to 30 s with jitter, a budget of 60 s per logical call, and failures without an
 * answer retried. {@code Retry-After} from Novu is honoured within {@code maxInterval} and the budget.
 * What is retried at all, and why that never notifies twice, is described in {@code docs/reliability.md}:
 * in short 429, 409 "still in progress", and (when the request is safe to repeat: GET, PUT, DELETE, or a
 * POST/PATCH with an {@code Idempotency-Key}) 408, 500, 502, 503, 504 and failures without an answer.
 *
 * <pre>{@code
 * RetrySettings patient = RetrySettings.builder().maxAttempts(6).maxElapsedTime(Duration.ofMinutes(2)).build();
 * }</pre>
 *
 * @param enabled whether failed attempts are retried at all
 * @param maxAttempts attempts in total, the first included (1 means no retry)
 * @param initialInterval the first back-off delay; each retry waits a random time between half the
 * delay and the delay (jitter)
 * @param maxInterval the longest delay between two attempts, {@code Retry-After} included
 * @param multiplier growth of the delay from one retry to the next
 * @param maxElapsedTime the budget of one logical call, attempts and delays included: no retry starts
 * whose wait would not fit in what is left, an attempt in flight is cut off when it runs out (default
 * HTTP client), and then the last failure is thrown
 * @param retryConnectionErrors whether failures without an answer from Novu are retried: could not
 * connect (never sent, so always safe), connection reset or closed, no bytes received, timeout (these
 * only when the request is safe to repeat)
 */
public record RetrySettings(boolean enabled, int maxAttempts, Duration initialInterval, Duration maxInterval,
		double multiplier, Duration maxElapsedTime, boolean retryConnectionErrors) {

	private static final RetrySettings DEFAULTS = new RetrySettings(true, 4, Duration.ofMillis(500),
			Duration.ofSeconds(30), 2.0, Duration.ofSeconds(60), true);

	/**
	 * Checks the settings before any call uses them.
	 * @param enabled whether failed attempts are retried at all
	 * @param maxAttempts attempts in total, the first included (1 means no retry)
	 * @param initialInterval the first back-off delay; each retry waits a random time between half the
	 * delay and the delay (jitter)
	 * @param maxInterval the longest delay between two attempts, {@code Retry-After} included
	 * @param multiplier growth of the delay from one retry to the next
	 * @param maxElapsedTime the budget of one logical call, attempts and delays included: no retry starts
	 * whose wait would not fit in what is left, an attempt in flight is cut off when it runs out (default
	 * HTTP client), and then the last failure is thrown
	 * @param retryConnectionErrors whether failures without an answer from Novu are retried: could not
	 * connect (never sent, so always safe), connection reset or closed, no bytes received, timeout (these
	 * only when the request is safe to repeat)
	 * @throws IllegalArgumentException if {@code maxAttempts} is below 1, an interval is negative, the multiplier is
	 * below 1.0 or not finite, or {@code maxElapsedTime} is not positive
	 */
	public RetrySettings {
		Objects.requireNonNull(initialInterval, "initialInterval");
		Objects.requireNonNull(maxInterval, "maxInterval");
		Objects.requireNonNull(maxElapsedTime, "maxElapsedTime");
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
		}
		if (initialInterval.isNegative() || maxInterval.isNegative()) {
			throw new IllegalArgumentException("Retry intervals must not be negative");
		}
		if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
			throw new IllegalArgumentException("multiplier must be a finite number of at least 1.0, was " + multiplier);
		}
		if (maxElapsedTime.isNegative() || maxElapsedTime.isZero()) {
			throw new IllegalArgumentException("maxElapsedTime must be positive, was " + maxElapsedTime);
		}
	}

	/** @return the defaults described above */
	public static RetrySettings defaults() {
		return DEFAULTS;
	}

	/** @return settings that make exactly one attempt */
	public static RetrySettings disabled() {
		return DEFAULTS.withEnabled(false);
	}

	/** @return a builder starting from the defaults */
	public static Builder builder() {
		return new Builder(DEFAULTS);
	}

	/** @return a builder starting from these settings */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * @param enabled whether to retry
	 * @return a copy with {@code enabled} changed
	 */
	public RetrySettings withEnabled(boolean enabled) {
		return toBuilder().enabled(enabled).build();
	}

	/** @return the number of attempts this allows, 1 when disabled */
	public int effectiveMaxAttempts() {
		return this.enabled ? this.maxAttempts : 1;
	}

	/** Builder of {@link RetrySettings}. */
	public static final class Builder {

		private boolean enabled;

		private int maxAttempts;

		private Duration initialInterval;

		private Duration maxInterval;

		private double multiplier;

		private Duration maxElapsedTime;

		private boolean retryConnectionErrors;

		private Builder(RetrySettings from) {
			this.enabled = from.enabled;
			this.maxAttempts = from.maxAttempts;
			this.initialInterval = from.initialInterval;
			this.maxInterval = from.maxInterval;
			this.multiplier = from.multiplier;
			this.maxElapsedTime = from.maxElapsedTime;
			this.retryConnectionErrors = from.retryConnectionErrors;
		}

		/**
		 * @param enabled whether failed attempts are retried at all
		 * @return this builder
		 */
		public Builder enabled(boolean enabled) {
			this.enabled = enabled;
			return this;
		}

		/**
		 * @param maxAttempts attempts in total, the first included; at least 1
		 * @return this builder
		 */
		public Builder maxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
			return this;
		}

		/**
		 * @param initialInterval the first back-off delay
		 * @return this builder
		 */
		public Builder initialInterval(Duration initialInterval) {
			this.initialInterval = initialInterval;
			return this;
		}

		/**
		 * @param maxInterval the longest delay between two attempts, {@code Retry-After} included
		 * @return this builder
		 */
		public Builder maxInterval(Duration maxInterval) {
			this.maxInterval = maxInterval;
			return this;
		}

		/**
		 * @param multiplier growth of the delay per retry; at least 1.0
		 * @return this builder
		 */
		public Builder multiplier(double multiplier) {
			this.multiplier = multiplier;
			return this;
		}

		/**
		 * @param maxElapsedTime the budget of one logical call, attempts and delays included
		 * @return this builder
		 */
		public Builder maxElapsedTime(Duration maxElapsedTime) {
			this.maxElapsedTime = maxElapsedTime;
			return this;
		}

		/**
		 * @param retryConnectionErrors whether failures without an answer from Novu are retried
		 * @return this builder
		 */
		public Builder retryConnectionErrors(boolean retryConnectionErrors) {
			this.retryConnectionErrors = retryConnectionErrors;
			return this;
		}

		/**
		 * @return the settings
		 * @throws IllegalArgumentException if a value is out of range
		 */
		public RetrySettings build() {
			return new RetrySettings(this.enabled, this.maxAttempts, this.initialInterval, this.maxInterval,
					this.multiplier, this.maxElapsedTime, this.retryConnectionErrors);
		}

	}

}
