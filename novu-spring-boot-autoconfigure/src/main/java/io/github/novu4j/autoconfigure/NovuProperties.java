package io.github.novu4j.autoconfigure;

import java.time.Duration;

import io.github.novu4j.client.NovuRegion;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the Novu client ({@code novu.*}).
 *
 * <pre>{@code
 * novu:
 *   api-key: ${NOVU_API_KEY}
 *   region: eu
 * }</pre>
 */
@ConfigurationProperties("novu")
public class NovuProperties {

	/**
	 * Whether to auto-configure the Novu client.
	 */
	private boolean enabled = true;

	/**
	 * Secret API key of the Novu environment (Novu dashboard, Settings, API Keys). Required. Keep it out of
	 * source control, e.g. 'novu.api-key: ${NOVU_API_KEY}'.
	 */
	private @Nullable String apiKey;

	/**
	 * Novu Cloud region that holds the organization's data: 'us' (https://api.novu.co) or 'eu'
	 * (https://eu.api.novu.co). Ignored when a base URL is set.
	 */
	private NovuRegion region = NovuRegion.US;

	/**
	 * Base URL of the Novu API, for self-hosted Novu or a proxy. Overrides the region.
	 */
	private @Nullable String baseUrl;

	/**
	 * How long to wait for a connection to Novu.
	 */
	// Literal defaults (not the builder's constants) so the metadata processor can record them.
	private Duration connectTimeout = Duration.ofSeconds(5);

	/**
	 * How long to wait for each answer from Novu.
	 */
	private Duration readTimeout = Duration.ofSeconds(30);

	private final Retry retry = new Retry();

	private final Idempotency idempotency = new Idempotency();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	public NovuRegion getRegion() {
		return this.region;
	}

	public void setRegion(NovuRegion region) {
		this.region = region;
	}

	public @Nullable String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(@Nullable String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Idempotency getIdempotency() {
		return this.idempotency;
	}

	@Override
	public String toString() {
		// Never the key itself: this object ends up in logs, actuator output and debuggers.
		return "NovuProperties{enabled=" + this.enabled + ", apiKey="
				+ ((this.apiKey == null || this.apiKey.isBlank()) ? "<unset>" : "<redacted>") + ", region="
				+ this.region + ", baseUrl=" + this.baseUrl + ", connectTimeout=" + this.connectTimeout
				+ ", readTimeout=" + this.readTimeout + ", retry=" + this.retry + ", idempotency=" + this.idempotency
				+ "}";
	}

	/**
	 * How failed calls are retried ({@code novu.retry.*}). Only what cannot notify twice is retried: see
	 * {@code docs/reliability.md}.
	 */
	public static class Retry {

		/**
		 * Whether failed calls are retried: 429, 409 'still in progress', and, when repeating is safe (GET,
		 * PUT, DELETE, or POST/PATCH with an Idempotency-Key), 408, 500, 502, 503, 504 and failures without
		 * an answer.
		 */
		private boolean enabled = true;

		/**
		 * Attempts per call in total, the first included.
		 */
		private int maxAttempts = 4;

		/**
		 * Back-off before the first retry; each wait is a random time between half of it and all of it.
		 */
		private Duration initialInterval = Duration.ofMillis(500);

		/**
		 * Longest wait between two attempts, a Retry-After from Novu included.
		 */
		private Duration maxInterval = Duration.ofSeconds(30);

		/**
		 * Growth of the back-off from one retry to the next.
		 */
		private double multiplier = 2.0;

		/**
		 * Time budget of one call, attempts and waits included. No retry starts whose wait would not fit;
		 * when it runs out, the last failure is thrown.
		 */
		private Duration maxElapsedTime = Duration.ofSeconds(60);

		/**
		 * Whether failures without an answer from Novu are retried: refused connections (always safe),
		 * resets, closed connections and timeouts (when repeating is safe).
		 */
		private boolean retryConnectionErrors = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialInterval() {
			return this.initialInterval;
		}

		public void setInitialInterval(Duration initialInterval) {
			this.initialInterval = initialInterval;
		}

		public Duration getMaxInterval() {
			return this.maxInterval;
		}

		public void setMaxInterval(Duration maxInterval) {
			this.maxInterval = maxInterval;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public Duration getMaxElapsedTime() {
			return this.maxElapsedTime;
		}

		public void setMaxElapsedTime(Duration maxElapsedTime) {
			this.maxElapsedTime = maxElapsedTime;
		}

		public boolean isRetryConnectionErrors() {
			return this.retryConnectionErrors;
		}

		public void setRetryConnectionErrors(boolean retryConnectionErrors) {
			this.retryConnectionErrors = retryConnectionErrors;
		}

		@Override
		public String toString() {
			return "Retry{enabled=" + this.enabled + ", maxAttempts=" + this.maxAttempts + ", initialInterval="
					+ this.initialInterval + ", maxInterval=" + this.maxInterval + ", multiplier=" + this.multiplier
					+ ", maxElapsedTime=" + this.maxElapsedTime + ", retryConnectionErrors="
					+ this.retryConnectionErrors + "}";
		}

	}

	/**
	 * Automatic idempotency keys ({@code novu.idempotency.*}).
	 */
	public static class Idempotency {

		/**
		 * Whether every POST and PATCH carries an automatic Idempotency-Key (a UUID), the same on every
		 * attempt of a call. Without it, failures after which Novu may have processed a POST are not retried.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		@Override
		public String toString() {
			return "Idempotency{enabled=" + this.enabled + "}";
		}

	}

}
