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

	@Override
	public String toString() {
		// Never the key itself: this object ends up in logs, actuator output and debuggers.
		return "NovuProperties{enabled=" + this.enabled + ", apiKey="
				+ ((this.apiKey == null || this.apiKey.isBlank()) ? "<unset>" : "<redacted>") + ", region="
				+ this.region + ", baseUrl=" + this.baseUrl + ", connectTimeout=" + this.connectTimeout
				+ ", readTimeout=" + this.readTimeout + "}";
	}

}
