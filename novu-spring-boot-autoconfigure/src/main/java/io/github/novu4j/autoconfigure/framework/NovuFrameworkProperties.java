package io.github.novu4j.autoconfigure.framework;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the Novu Framework bridge endpoint ({@code novu.framework.*}). The endpoint checks Novu's
 * signatures with {@code novu.api-key}, the environment's secret key.
 */
@ConfigurationProperties("novu.framework")
public class NovuFrameworkProperties {

	/**
	 * The path the bridge answers on (GET, POST and OPTIONS); Novu's default route.
	 */
	private String path = "/api/novu";

	/**
	 * Whether requests other than health-check must carry a valid novu-signature. Switch off only for local
	 * development (the endpoint then answers anyone).
	 */
	private boolean strictAuthentication = true;

	/**
	 * Spring Security filter chain the starter adds for the bridge path.
	 */
	private final SecurityChain securityFilterChain = new SecurityChain();

	/**
	 * Registering the bridge with Novu when the application is ready.
	 */
	private final Sync sync = new Sync();

	/** @return the path the bridge answers on */
	public String getPath() {
		return this.path;
	}

	/** @param path the path the bridge answers on */
	public void setPath(String path) {
		this.path = path;
	}

	/** @return whether signatures are required */
	public boolean isStrictAuthentication() {
		return this.strictAuthentication;
	}

	/** @param strictAuthentication whether signatures are required */
	public void setStrictAuthentication(boolean strictAuthentication) {
		this.strictAuthentication = strictAuthentication;
	}

	/** @return the Spring Security filter chain settings */
	public SecurityChain getSecurityFilterChain() {
		return this.securityFilterChain;
	}

	/** @return the registration settings */
	public Sync getSync() {
		return this.sync;
	}

	/** The starter's Spring Security filter chain for the bridge path ({@code novu.framework.security-filter-chain.*}). */
	public static class SecurityChain {

		/**
		 * Whether to add, where Spring Security is present and the application has a filter chain, one matching only
		 * the bridge path that permits the request and disables CSRF there (Novu authenticates each request with its
		 * signature). Switch off to configure the path yourself.
		 */
		private boolean enabled = true;

		/** @return whether the chain is added */
		public boolean isEnabled() {
			return this.enabled;
		}

		/** @param enabled whether the chain is added */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/** Registering the bridge with Novu at start ({@code novu.framework.sync.*}). */
	public static class Sync {

		/**
		 * Whether to call POST /v1/bridge/sync once the application is ready, so that Novu discovers the workflows at
		 * bridge-url. Novu deletes the code-first workflows of the environment that it no longer discovers.
		 */
		private boolean enabled = false;

		/**
		 * The bridge's public URL, as Novu reaches it, e.g. https://app.example.com/api/novu.
		 */
		private @Nullable String bridgeUrl;

		/**
		 * Whether a failed registration stops the application; by default it is logged and the application keeps
		 * running.
		 */
		private boolean failOnError = false;

		/** @return whether the bridge is registered at start */
		public boolean isEnabled() {
			return this.enabled;
		}

		/** @param enabled whether the bridge is registered at start */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		/** @return the bridge's public URL, or {@code null} when not set */
		public @Nullable String getBridgeUrl() {
			return this.bridgeUrl;
		}

		/** @param bridgeUrl the bridge's public URL */
		public void setBridgeUrl(@Nullable String bridgeUrl) {
			this.bridgeUrl = bridgeUrl;
		}

		/** @return whether a failed registration stops the application */
		public boolean isFailOnError() {
			return this.failOnError;
		}

		/** @param failOnError whether a failed registration stops the application */
		public void setFailOnError(boolean failOnError) {
			this.failOnError = failOnError;
		}

	}

}
