package io.github.novu4j.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an invalid {@code novu.*} value at startup in the layout of Spring Boot's own binding
 * failures: property, value, origin, reason. Registered in {@code META-INF/spring.factories}.
 */
class NovuConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<NovuConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NovuConfigurationException cause) {
		StringBuilder description = new StringBuilder(
				String.format("The Novu client cannot be configured from the property '%s':%n%n", cause.getProperty()));
		description.append(String.format("    Property: %s%n", cause.getProperty()));
		description.append(String.format("    Value: %s%n",
				(cause.getValue() != null) ? "\"" + cause.getValue() + "\"" : "(not shown: it is the secret key)"));
		if (cause.getOrigin() != null) {
			description.append(String.format("    Origin: %s%n", cause.getOrigin()));
		}
		description.append(String.format("    Reason: must be %s%s", cause.getValidValues(),
				(cause.getProblem() != null) ? "; " + cause.getProblem() : ""));
		String action = String.format("Update your application's configuration: set '%s' to %s.%n"
				+ "The properties are described in docs/spring-boot.md; to start without a Novu client, set "
				+ "'novu.enabled=false'.", cause.getProperty(), cause.getValidValues());
		return new FailureAnalysis(description.toString(), action, cause);
	}

}
