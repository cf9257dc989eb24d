package io.github.novu4j.autoconfigure;

import java.util.function.Consumer;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Starts a whole application that must fail, as a user's would: every auto-configuration on the test
 * class path, found through the imports file, and Spring Boot's failure analyzers printing their report.
 */
final class StartupFailures {

	private StartupFailures() {
	}

	/**
	 * @param configuration sets properties and sources of the application
	 * @return why it failed to start
	 */
	static Throwable whenStarting(Consumer<SpringApplicationBuilder> configuration) {
		SpringApplicationBuilder application = new SpringApplicationBuilder(EmptyApplication.class)
			.web(WebApplicationType.NONE);
		configuration.accept(application);
		return assertThatException().isThrownBy(application::run).actual();
	}

	/** Every auto-configuration on the test class path. */
	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class EmptyApplication {

	}

}
