package io.github.novu4j.framework;

import static io.github.novu4j.framework.BridgeAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What {@code discover} says about step options, provider overrides and {@code code}. */
class DiscoverTest {

	private final JsonNode alerts = json(NovuBridge.builder(TestWorkflows.SECRET)
		.clock(TestWorkflows.CLOCK)
		.workflow(TestWorkflows.alerts())
		.build()
		.handle(TestWorkflows.signedGet("discover"))).path("workflows").get(0);

	private JsonNode step(String stepId) {
		return alerts.path("steps").valueStream().filter(step -> step.path("stepId").asString().equals(stepId)).findFirst()
			.orElseThrow();
	}

	@Test
	void codeSaysTheWorkflowAndEachStepAreDeclaredInJava() {
		// @novu/framework sends the JavaScript source of the workflow and step functions; Java has none to send.
		assertThat(alerts.path("code").asString())
			.isEqualTo("// Workflow `alerts` is declared in Java (novu-framework), steps: email, inbox, sms, raw-email, chat");
		assertThat(step("inbox").path("code").asString())
			.isEqualTo("// Step `inbox` (in_app) of workflow `alerts` is declared in Java (novu-framework)");
	}

	@Test
	void providerOverridesAreListedWithAnOpenOutputSchema() {
		JsonNode provider = step("chat").path("providers").get(0);

		assertThat(step("chat").path("providers").size()).isEqualTo(1);
		assertThat(provider.path("type").asString()).isEqualTo("slack");
		assertThat(provider.path("code").asString()).contains("slack override of step `chat`");
		assertThat(provider.path("outputs").path("schema").toString())
			.isEqualTo("{\"type\":\"object\",\"properties\":{},\"required\":[],\"additionalProperties\":true}");
		assertThat(provider.path("outputs").path("unknownSchema")).isEqualTo(provider.path("outputs").path("schema"));
		assertThat(step("sms").path("providers").isEmpty()).isTrue();
	}

	@Test
	void disabledSanitisingIsInTheStepOptions() {
		assertThat(step("raw-email").path("options").toString()).isEqualTo("{\"disableOutputSanitization\":true}");
		assertThat(step("email").path("options").toString()).isEqualTo("{}");
	}

	@Test
	void stepOptionsRefuseBadProviderIdsAndDuplicates() {
		StepOptions<Object, Outputs.Chat> options = StepOptions.<Object, Outputs.Chat>create()
			.provider("slack", (controls, chat) -> Map.of());

		assertThatThrownBy(() -> options.provider("slack", (controls, chat) -> Map.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("slack");
		assertThatThrownBy(() -> options.provider("no spaces", (controls, chat) -> Map.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(options.disableOutputSanitization().providers()).containsOnlyKeys("slack");
		assertThat(options.outputSanitizationDisabled()).isFalse();
		assertThat(options.toString()).isEqualTo("StepOptions[disableOutputSanitization=false, providers=[slack]]");
	}
}
