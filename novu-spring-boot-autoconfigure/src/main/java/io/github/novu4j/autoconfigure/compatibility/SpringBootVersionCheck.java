package io.github.novu4j.autoconfigure.compatibility;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fails startup at once when the application runs on a Spring Boot older than 4.0, naming the version
 * found and the one required. Without it, a Spring Boot 3 application that adds the starter fails later
 * with a bean clash (Jackson 3 against Jackson 2) that never mentions Novu.
 *
 * <p>Registered in {@code META-INF/spring.factories} as an initializer, so it runs before any bean
 * definition is read; it uses only types that Spring Boot 3 has too. An unknown version (a repackaged
 * Boot without its manifest) is let through.
 */
public final class SpringBootVersionCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The first Spring Boot generation this starter supports. */
	static final int REQUIRED_MAJOR = 4;

	@Override
	public void initialize(ConfigurableApplicationContext applicationContext) {
		check(SpringBootVersion.getVersion());
	}

	/**
	 * @param bootVersion the running Spring Boot's version, or {@code null} when unknown
	 * @throws UnsupportedSpringBootVersionException if it is older than 4.0
	 */
	static void check(@Nullable String bootVersion) {
		Integer major = majorOf(bootVersion);
		if (bootVersion != null && major != null && major < REQUIRED_MAJOR) {
			throw new UnsupportedSpringBootVersionException(bootVersion);
		}
	}

	private static @Nullable Integer majorOf(@Nullable String version) {
		if (version == null) {
			return null;
		}
		int dot = version.indexOf('.');
		try {
			return Integer.valueOf((dot > 0) ? version.substring(0, dot) : version);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
