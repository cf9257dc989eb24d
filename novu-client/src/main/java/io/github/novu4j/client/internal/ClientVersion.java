package io.github.novu4j.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * This library's version and the User-Agent it sends.
 */
public final class ClientVersion {

	private static final String VERSION = load();

	private ClientVersion() {
	}

	/** @return the library version, e.g. {@code 0.1.0} */
	public static String version() {
		return VERSION;
	}

	/** @return the User-Agent value, e.g. {@code novu-java/0.1.0 (Java 17.0.15; Linux)} */
	public static String userAgent() {
		return "novu-java/" + VERSION + " (Java " + System.getProperty("java.version") + "; "
				+ System.getProperty("os.name") + ")";
	}

	private static String load() {
		try (InputStream in = ClientVersion.class.getResourceAsStream("/io/github/novu4j/client/novu-client.properties")) {
			if (in != null) {
				Properties properties = new Properties();
				properties.load(in);
				String version = properties.getProperty("version");
				if (version != null && !version.startsWith("$")) {
					return version;
				}
			}
		}
		catch (IOException ex) {
			// Fall through: an unknown version is not worth failing a client for.
		}
		return "unknown";
	}

}
