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

	/** @return whether to auto-configure the Novu client */
	public boolean isEnabled() {
		return this.enabled;
	}

	/** @param enabled whether to auto-configure the Novu client */
	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/** @return the secret API key of the Novu environment, or {@code null} when unset */
	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	/** @param apiKey the secret API key of the Novu environment */
	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	/** @return the Novu Cloud region; ignored when a base URL is set */
	public NovuRegion getRegion() {
		return this.region;
	}

	/** @param region the Novu Cloud region; ignored when a base URL is set */
	public void setRegion(NovuRegion region) {
		this.region = region;
	}

	/** @return the base URL of the Novu API, or {@code null} to use the region's */
	public @Nullable String getBaseUrl() {
		return this.baseUrl;
	}

	/** @param baseUrl the base URL of the Novu API, or {@code null} to use the region's */
	public void setBaseUrl(@Nullable String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** @return how long to wait for a connection to Novu */
	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	/** @param connectTimeout how long to wait for a connection to Novu */
	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	/** @return how long to wait for each answer from Novu */
	public Duration getReadTimeout() {
		return this.readTimeout;
	}

	/** @param readTimeout how long to wait for each answer from Novu */
	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	/** @return how failed calls are retried ({@code novu.retry.*}) */
	public Retry getRetry() {
		return this.retry;
	}

	/** @return the automatic idempotency keys ({@code novu.idempotency.*}) */
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

		/** @return whether failed calls are retried */
		public boolean isEnabled() {
			return this.enabled;
		}

		/** @param enabled whether failed calls are retried */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		/** @return attempts per call in total, the first included */
		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		/** @param maxAttempts attempts per call in total, the first included */
		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		/** @return the back-off before the first retry */
		public Duration getInitialInterval() {
			return this.initialInterval;
		}

		/** @param initialInterval the back-off before the first retry */
		public void setInitialInterval(Duration initialInterval) {
			this.initialInterval = initialInterval;
		}

		/** @return the longest wait between two attempts */
		public Duration getMaxInterval() {
			return this.maxInterval;
		}

		/** @param maxInterval the longest wait between two attempts */
		public void setMaxInterval(Duration maxInterval) {
			this.maxInterval = maxInterval;
		}

		/** @return the growth of the back-off from one retry to the next */
		public double getMultiplier() {
			return this.multiplier;
		}

		/** @param multiplier the growth of the back-off from one retry to the next */
		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		/** @return the time budget of one call, attempts and waits included */
		public Duration getMaxElapsedTime() {
			return this.maxElapsedTime;
		}

		/** @param maxElapsedTime the time budget of one call, attempts and waits included */
		public void setMaxElapsedTime(Duration maxElapsedTime) {
			this.maxElapsedTime = maxElapsedTime;
		}

		/** @return whether failures without an answer from Novu are retried */
		public boolean isRetryConnectionErrors() {
			return this.retryConnectionErrors;
		}

		/** @param retryConnectionErrors whether failures without an answer from Novu are retried */
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

		/** @return whether every POST and PATCH carries an automatic Idempotency-Key */
		public boolean isEnabled() {
			return this.enabled;
		}

		/** @param enabled whether every POST and PATCH carries an automatic Idempotency-Key */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		@Override
		public String toString() {
			return "Idempotency{enabled=" + this.enabled + "}";
		}

	}

}
