package io.github.novu4j.autoconfigure.compatibility;

/**
 * The application runs on a Spring Boot this starter does not support (older than 4.0).
 */
public final class UnsupportedSpringBootVersionException extends IllegalStateException {

	/** The Spring Boot version found on the class path. */
	private final String foundVersion;

	/**
	 * @param foundVersion the Spring Boot version found on the class path
	 */
	public UnsupportedSpringBootVersionException(String foundVersion) {
		super("The Novu Spring Boot starter requires Spring Boot 4.0 or 4.1, but found Spring Boot " + foundVersion
				+ ". Upgrade to Spring Boot 4, or use the plain Java client (io.github.novu4j:novu-client) without the"
				+ " starter.");
		this.foundVersion = foundVersion;
	}

	/** @return the Spring Boot version found on the class path, e.g. {@code 3.5.7} */
	public String getFoundVersion() {
		return this.foundVersion;
	}

}
