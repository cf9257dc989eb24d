package io.github.novu4j.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How a logical call is retried. Defaults: 4 attempts (3 retries), exponential back-off from 500 ms
 * with multiplier 2 up to 30 s with jitter, a budget of 60 s per logical call, and connection
 * failures retried. {@code Retry-After} from Novu is honoured within {@code maxInterval} and the budget.
 *
 * @param enabled whether failed attempts are retried at all
 * @param maxAttempts attempts in total, the first included (1 means no retry)
 * @param initialInterval the first back-off delay
 * @param maxInterval the longest delay between two attempts, Retry-After included
 * @param multiplier growth of the delay from one retry to the next
 * @param maxElapsedTime the budget of one logical call, attempts and delays included; when it runs
 * out the last error is thrown
 * @param retryConnectionErrors whether failures to connect (request never sent) are retried
 */
public record RetrySettings(boolean enabled, int maxAttempts, Duration initialInterval, Duration maxInterval,
		double multiplier, Duration maxElapsedTime, boolean retryConnectionErrors) {

	private static final RetrySettings DEFAULTS = new RetrySettings(true, 4, Duration.ofMillis(500),
			Duration.ofSeconds(30), 2.0, Duration.ofSeconds(60), true);

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
		if (multiplier < 1.0) {
			throw new IllegalArgumentException("multiplier must be at least 1.0, was " + multiplier);
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

		public Builder enabled(boolean enabled) {
			this.enabled = enabled;
			return this;
		}

		public Builder maxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
			return this;
		}

		public Builder initialInterval(Duration initialInterval) {
			this.initialInterval = initialInterval;
			return this;
		}

		public Builder maxInterval(Duration maxInterval) {
			this.maxInterval = maxInterval;
			return this;
		}

		public Builder multiplier(double multiplier) {
			this.multiplier = multiplier;
			return this;
		}

		public Builder maxElapsedTime(Duration maxElapsedTime) {
			this.maxElapsedTime = maxElapsedTime;
			return this;
		}

		public Builder retryConnectionErrors(boolean retryConnectionErrors) {
			this.retryConnectionErrors = retryConnectionErrors;
			return this;
		}

		public RetrySettings build() {
			return new RetrySettings(this.enabled, this.maxAttempts, this.initialInterval, this.maxInterval,
					this.multiplier, this.maxElapsedTime, this.retryConnectionErrors);
		}

	}

}
