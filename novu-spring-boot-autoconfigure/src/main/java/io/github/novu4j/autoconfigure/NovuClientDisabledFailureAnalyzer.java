package io.github.novu4j.autoconfigure;

import io.github.novu4j.client.NovuClient;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Explains a missing {@link NovuClient} bean at startup by {@code novu.enabled}: the usual reason a
 * service cannot get one. Ahead of Spring Boot's general "consider defining a bean" analysis.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class NovuClientDisabledFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException> {

	private final Environment environment;

	NovuClientDisabledFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
		Class<?> type = cause.getBeanType();
		if (type == null || !type.isAssignableFrom(NovuClient.class) || type == Object.class) {
			return null;
		}
		String enabled = this.environment.getProperty("novu.enabled");
		String description = String.format("A component needs a NovuClient, but none was created: %s",
				"false".equalsIgnoreCase(String.valueOf(enabled).trim())
						? "the property 'novu.enabled' is false."
						: "the Novu auto-configuration did not run (is 'novu.enabled' set? is another "
								+ "NovuClient bean conditional on something that did not match?).");
		String action = String.format("Set 'novu.enabled=true' (the default) where the component runs, or make "
				+ "the component that needs NovuClient conditional on it as well, e.g.%n"
				+ "@ConditionalOnBooleanProperty(name = \"novu.enabled\", matchIfMissing = true).");
		return new FailureAnalysis(description, action, cause);
	}

}
