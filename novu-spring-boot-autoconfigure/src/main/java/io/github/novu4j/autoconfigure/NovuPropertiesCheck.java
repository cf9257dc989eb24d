package io.github.novu4j.autoconfigure;

import java.time.Duration;

import io.github.novu4j.client.NovuClientBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Checks every {@code novu.*} value before the client is built, so that a mistake stops startup with the
 * property's name, its value as written and where, and the valid range ({@link NovuConfigurationException}),
 * not with a builder's message.
 */
final class NovuPropertiesCheck {

	private static final String POSITIVE_DURATION = "a positive duration, such as 500ms, 5s or 1m";

	private final Environment environment;

	NovuPropertiesCheck(Environment environment) {
		this.environment = environment;
	}

	/**
	 * @param properties the bound properties
	 * @throws NovuApiKeyMissingException if the key is missing or blank
	 * @throws NovuConfigurationException if a value is out of range
	 */
	void check(NovuProperties properties) {
		String apiKey = properties.getApiKey();
		if (!StringUtils.hasText(apiKey)) {
			throw new NovuApiKeyMissingException(apiKey != null);
		}
		String keyProblem = NovuClientBuilder.apiKeyProblem(apiKey);
		if (keyProblem != null) {
			// The key is never shown, not even a bad one: it may be a real key with a stray character.
			throw new NovuConfigurationException("novu.api-key", null, origin("novu.api-key"),
					"the secret key of a Novu environment (printable ASCII, no whitespace)", keyProblem);
		}
		String baseUrl = properties.getBaseUrl();
		if (StringUtils.hasText(baseUrl)) {
			String url = baseUrl.trim();
			if (NovuClientBuilder.baseUrlProblem(url) != null) {
				fail("novu.base-url", url, "an absolute http or https URL, such as https://api.novu.co or "
						+ "http://novu.internal.example.com:3000");
			}
		}
		positive("novu.connect-timeout", properties.getConnectTimeout());
		positive("novu.read-timeout", properties.getReadTimeout());
		NovuProperties.Retry retry = properties.getRetry();
		if (retry.getMaxAttempts() < 1) {
			fail("novu.retry.max-attempts", retry.getMaxAttempts(),
					"a whole number of at least 1 (the first attempt counts: 1 means no retries)");
		}
		notNegative("novu.retry.initial-interval", retry.getInitialInterval());
		notNegative("novu.retry.max-interval", retry.getMaxInterval());
		if (!(retry.getMultiplier() >= 1.0) || Double.isInfinite(retry.getMultiplier())) {
			fail("novu.retry.multiplier", retry.getMultiplier(),
					"a number of at least 1.0 (1.0 waits the same before every retry, 2.0 doubles each wait)");
		}
		positive("novu.retry.max-elapsed-time", retry.getMaxElapsedTime());
	}

	private void positive(String property, Duration value) {
		if (value.isNegative() || value.isZero()) {
			fail(property, value, POSITIVE_DURATION);
		}
	}

	private void notNegative(String property, Duration value) {
		if (value.isNegative()) {
			fail(property, value, "a duration of zero or more, such as 0s, 500ms or 2s");
		}
	}

	private void fail(String property, Object boundValue, String validValues) {
		ConfigurationProperty written = find(property);
		String value = (written != null && written.getValue() != null) ? String.valueOf(written.getValue())
				: String.valueOf(boundValue);
		throw new NovuConfigurationException(property, value, origin(property), validValues, null);
	}

	private @Nullable String origin(String property) {
		ConfigurationProperty written = find(property);
		return (written != null && written.getOrigin() != null) ? written.getOrigin().toString() : null;
	}

	private @Nullable ConfigurationProperty find(String property) {
		ConfigurationPropertyName name = ConfigurationPropertyName.of(property);
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			ConfigurationProperty found = source.getConfigurationProperty(name);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

}
