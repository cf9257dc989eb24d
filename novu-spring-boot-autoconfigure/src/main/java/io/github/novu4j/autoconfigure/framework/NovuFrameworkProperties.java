package io.github.novu4j.autoconfigure.framework;

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
}
