package io.github.novu4j.client;

/**
 * The Novu Cloud region that holds an organization's data.
 */
public enum NovuRegion {

	/** United States, {@code https://api.novu.co}. */
	US("https://api.novu.co"),

	/** European Union, {@code https://eu.api.novu.co}. */
	EU("https://eu.api.novu.co");

	private final String baseUrl;

	NovuRegion(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** @return the API base URL of this region */
	public String baseUrl() {
		return this.baseUrl;
	}

}
