package io.github.novu4j.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a missing {@code novu.api-key} at startup: which property, where the key comes from, and how
 * to start without Novu. Registered in {@code META-INF/spring.factories}.
 */
class NovuApiKeyMissingFailureAnalyzer extends AbstractFailureAnalyzer<NovuApiKeyMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NovuApiKeyMissingException cause) {
		String description = "The Novu client needs an API key, but the property 'novu.api-key' is "
				+ (cause.isBlank() ? "blank (is the NOVU_API_KEY environment variable set?)" : "not set") + ".";
		String action = String.format("Set the property 'novu.api-key' to the secret key of your Novu environment "
				+ "(Novu dashboard: Settings > API Keys).%n"
				+ "Keep the key out of source control: put 'novu.api-key: ${NOVU_API_KEY}' in application.yml "
				+ "and set the NOVU_API_KEY environment variable.%n"
				+ "If your organization's data lives in the EU, also set 'novu.region: eu'.%n"
				+ "To start without a Novu client, set 'novu.enabled=false'.");
		return new FailureAnalysis(description, action, cause);
	}

}
