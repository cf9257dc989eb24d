package io.github.novu4j.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static io.github.novu4j.autoconfigure.StartupFailures.whenStarting;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class NovuApiKeyMissingFailureAnalyzerTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(NovuAutoConfiguration.class));

	@Test
	void missingKeyStopsStartupWithAnExplanation() {
		this.runner.run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().isInstanceOf(NovuApiKeyMissingException.class);
			FailureAnalysis analysis = new NovuApiKeyMissingFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("'novu.api-key'").contains("not set");
			assertThat(analysis.getAction()).contains("'novu.api-key'")
				.contains("NOVU_API_KEY")
				.contains("novu.enabled=false");
		});
	}

	@Test
	void blankKeyIsMissingToo() {
		this.runner.withPropertyValues("novu.api-key=   ").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new NovuApiKeyMissingFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("'novu.api-key' is blank").contains("NOVU_API_KEY");
		});
	}

	@Test
	void otherFailuresAreNotAnalyzed() {
		assertThat(new NovuApiKeyMissingFailureAnalyzer().analyze(new IllegalStateException("other"))).isNull();
	}

	@Test
	void applicationPrintsTheAnalysisAtStartup(CapturedOutput output) {
		whenStarting((application) -> application.properties("novu.api-key="));

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The Novu client needs an API key, but the property 'novu.api-key' is blank")
			.contains("put 'novu.api-key: ${NOVU_API_KEY}' in application.yml");
	}

	@Test
	void keyNeverAppearsWhenStartupFails(CapturedOutput output) {
		Throwable failure = whenStarting((application) -> application.properties(
				"novu.api-key=" + TestKeys.API_KEY, "novu.base-url=not a url"));

		assertThat(output).contains("Property: novu.base-url").doesNotContain(TestKeys.API_KEY);
		for (Throwable current = failure; current != null; current = current.getCause()) {
			assertThat(String.valueOf(current.getMessage())).doesNotContain(TestKeys.API_KEY);
		}
	}

}
