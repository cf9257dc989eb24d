package io.github.novu4j.autoconfigure.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the {@code novu} health indicator ({@code novu.health.*}). Switch the indicator off
 * with {@code management.health.novu.enabled=false}.
 */
@ConfigurationProperties("novu.health")
public class NovuHealthProperties {

	/**
	 * How long an answer is reused before Novu is asked again, so frequent liveness and readiness probes
	 * do not spend the rate limit. Zero checks on every probe.
	 */
	private Duration cacheTtl = Duration.ofSeconds(30);

	/**
	 * How long a check may take before Novu is reported down. No retries are made.
	 */
	private Duration timeout = Duration.ofSeconds(5);

	/** @return how long an answer is reused before Novu is asked again; zero checks on every probe */
	public Duration getCacheTtl() {
		return this.cacheTtl;
	}

	/** @param cacheTtl how long an answer is reused before Novu is asked again; zero checks on every probe */
	public void setCacheTtl(Duration cacheTtl) {
		this.cacheTtl = cacheTtl;
	}

	/** @return how long a check may take before Novu is reported down */
	public Duration getTimeout() {
		return this.timeout;
	}

	/** @param timeout how long a check may take before Novu is reported down */
	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

}
