package io.github.novu4j.autoconfigure;

import io.github.novu4j.client.NovuClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.stereotype.Component;

import static io.github.novu4j.autoconfigure.StartupFailures.whenStarting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Configuration mistakes stop startup the way Spring Boot's own do: a failure analysis naming the
 * property as written in application.yml, its value and the valid range; a bad API key is rejected
 * without ever being shown; a NovuClient wanted while {@code novu.enabled=false} names that property.
 */
@ExtendWith(OutputCaptureExtension.class)
class NovuConfigurationFailureAnalyzerTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(NovuAutoConfiguration.class))
		.withPropertyValues("novu.api-key=" + TestKeys.API_KEY);

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', value = { "novu.retry.max-attempts|-1|a whole number of at least 1",
			"novu.retry.multiplier|0.5|a number of at least 1.0", "novu.base-url|api.novu.co|an absolute http or https URL",
			"novu.read-timeout|-5s|a positive duration", "novu.connect-timeout|0s|a positive duration",
			"novu.retry.initial-interval|-1ms|a duration of zero or more",
			"novu.retry.max-elapsed-time|0ms|a positive duration" })
	void anInvalidValueIsReportedWithItsPropertyValueAndRange(String property, String value, String range) {
		this.runner.withPropertyValues(property + "=" + value).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().isInstanceOf(NovuConfigurationException.class);
			FailureAnalysis analysis = new NovuConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("Property: " + property)
				.contains("Value: \"" + value + "\"")
				.contains("Reason: must be " + range);
			assertThat(analysis.getAction()).contains("'" + property + "'").contains(range);
		});
	}

	@Test
	void startupPrintsAShortReportNotABuilderStackTrace(CapturedOutput output) {
		whenStarting((application) -> application.properties("novu.api-key=" + TestKeys.API_KEY,
				"novu.retry.max-attempts=-1"));

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: novu.retry.max-attempts")
			.contains("Value: \"-1\"")
			.contains("Reason: must be a whole number of at least 1")
			.doesNotContain("maxAttempts")
			.doesNotContain("RetrySettings");
	}

	@ParameterizedTest
	@ValueSource(strings = { "${NOVU_API_KEY_NOT_SET_IN_THIS_TEST}", TestKeys.API_KEY + " x", TestKeys.API_KEY + "\tx",
			"\uFEFF" + TestKeys.API_KEY, TestKeys.API_KEY + "\u0007x", TestKeys.API_KEY + "\u00e9", "nv key" })
	void aKeyThatCannotBeSentStopsStartupWithoutBeingShown(String key) {
		// (Test property values are trimmed, so whitespace at the ends is covered by NovuClientBuilderTest.)
		this.runner.withPropertyValues("novu.api-key=" + key).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new NovuConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("Property: novu.api-key").contains("not shown");
			for (Throwable current = context.getStartupFailure(); current != null; current = current.getCause()) {
				assertThat(String.valueOf(current.getMessage())).doesNotContain(TestKeys.API_KEY).doesNotContain(key);
			}
			assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(TestKeys.API_KEY)
				.doesNotContain(key);
		});
	}

	@Test
	void anUnresolvedPlaceholderSaysWhatItIs(CapturedOutput output) {
		whenStarting((application) -> application.properties("novu.api-key=${NOVU_API_KEY_NOT_SET_IN_THIS_TEST}"));

		assertThat(output).contains("Property: novu.api-key").contains("unresolved configuration placeholder");
	}

	@Test
	void aNovuClientWantedWhileDisabledNamesNovuEnabled(CapturedOutput output) {
		whenStarting((application) -> application.sources(NeedsNovu.class)
			.properties("novu.enabled=false", "novu.api-key=" + TestKeys.API_KEY));

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("the property 'novu.enabled' is false")
			.contains("novu.enabled=true");
	}

	@Test
	void otherMissingBeansAreLeftToSpringBoot() {
		NovuClientDisabledFailureAnalyzer analyzer = new NovuClientDisabledFailureAnalyzer(
				new MockEnvironment().withProperty("novu.enabled", "false"));

		assertThat(analyzer.analyze(new org.springframework.beans.factory.NoSuchBeanDefinitionException(String.class)))
			.isNull();
		assertThat(analyzer.analyze(new org.springframework.beans.factory.NoSuchBeanDefinitionException(NovuClient.class)))
			.isNotNull();
	}

	/** A service that needs the client. */
	@Component
	static class NeedsNovu {

		NeedsNovu(NovuClient novu) {
		}

	}

}
