package io.github.novu4j.framework;

import static io.github.novu4j.framework.BridgeAssertions.error;
import static io.github.novu4j.framework.BridgeAssertions.json;
import static io.github.novu4j.framework.TestWorkflows.signedGet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Actions, methods, headers and the {@code health-check} and {@code discover} answers. */
class BridgeProtocolTest {

	private final NovuBridge bridge = TestWorkflows.bridge();

	@Test
	void healthCheckIsTheDefaultActionAndCountsWorkflowsAndSteps() {
		JsonNode body = json(bridge.handle(BridgeRequest.get(Map.of(), Map.of())));
		assertThat(body.path("status").asString()).isEqualTo("ok");
		assertThat(body.path("frameworkVersion").asString()).isEqualTo("2024-06-26");
		assertThat(body.path("sdkVersion").asString()).startsWith("java-");
		assertThat(body.path("discovered").path("workflows").asInt()).isEqualTo(2);
		assertThat(body.path("discovered").path("steps").asInt()).isEqualTo(2 + 7);
	}

	@Test
	void everyAnswerCarriesTheCorsAndFrameworkHeadersErrorsIncluded() {
		for (BridgeResponse response : new BridgeResponse[] { bridge.handle(BridgeRequest.get(Map.of(), Map.of())),
				bridge.handle(BridgeRequest.get(Map.of("action", "discover"), Map.of())) }) {
			assertThat(response.headers()).containsEntry("content-type", "application/json")
				.containsEntry("access-control-allow-origin", "*")
				.containsEntry("access-control-allow-private-network", "true")
				.containsEntry("access-control-allow-methods", "GET, POST")
				.containsEntry("access-control-allow-headers", "*")
				.containsEntry("access-control-max-age", "604800")
				.containsEntry("novu-framework-version", "2024-06-26")
				.containsEntry("novu-framework-server", "java")
				.containsKeys("novu-framework-sdk", "user-agent");
		}
		NovuBridge named = NovuBridge.builder("k").serverName("spring-mvc").workflow(TestWorkflows.welcome()).build();
		assertThat(named.handle(BridgeRequest.get(Map.of(), Map.of())).headers())
			.containsEntry("novu-framework-server", "spring-mvc");
	}

	@Test
	void optionsWithoutAnActionIsAnEmptyObject() {
		BridgeResponse response = bridge.handle(new BridgeRequest("options", Map.of(), Map.of(), ""));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{}");
		assertThat(response.headers()).containsEntry("access-control-allow-methods", "GET, POST");
	}

	@Test
	void unknownActionsIncludingAgentEventAreInvalidActions() {
		JsonNode body = error(bridge.handle(TestWorkflows.signedPost(Map.of("action", "agent-event"), "{}")), 400,
				"InvalidActionError");
		assertThat(body.path("data").path("action").asString()).isEqualTo("agent-event");
		error(bridge.handle(signedGet("code")), 400, "InvalidActionError");
		error(bridge.handle(signedGet("execute")), 400, "InvalidActionError");
		error(bridge.handle(TestWorkflows.signedPost(Map.of("action", "discover"), "{}")), 400, "InvalidActionError");
	}

	@Test
	void otherMethodsAreNotAllowed() {
		error(bridge.handle(new BridgeRequest("PUT", Map.of("action", "discover"),
				Map.of(NovuSignature.HEADER, NovuSignature.header(TestWorkflows.SECRET, TestWorkflows.NOW, "")), "")),
				405, "MethodNotAllowedError");
	}

	@Test
	void aBodyThatIsNotAJsonObjectIsABadRequest() {
		BridgeResponse response = bridge.handle(TestWorkflows.execute("welcome", "digest-step", "not json"));
		error(response, 400, "InvalidRequestError");
		error(bridge.handle(TestWorkflows.execute("welcome", "digest-step", "[1]")), 400, "InvalidRequestError");
	}

	@Test
	void discoverDescribesWorkflowsInTheShapeNovuStores() {
		JsonNode body = json(bridge.handle(signedGet("discover")));
		assertThat(body.path("agents").isArray()).isTrue();
		assertThat(body.path("agents").size()).isZero();
		JsonNode welcome = body.path("workflows").get(0);
		assertThat(welcome.path("workflowId").asString()).isEqualTo("welcome");
		assertThat(welcome.path("name").asString()).isEqualTo("Welcome");
		assertThat(welcome.path("severity").asString()).isEqualTo("none");
		assertThat(welcome.path("tags").toString()).isEqualTo("[\"onboarding\"]");
		assertThat(welcome.path("preferences").toString()).isEqualTo("{\"channels\":{\"in_app\":{\"enabled\":false}}}");

		JsonNode payload = welcome.path("payload").path("schema");
		assertThat(payload.path("type").asString()).isEqualTo("object");
		assertThat(payload.path("properties").path("name").path("type").asString()).isEqualTo("string");
		assertThat(payload.path("properties").path("name").path("default").asString()).isEqualTo("Ada");
		assertThat(payload.path("required").toString()).isEqualTo("[\"name\"]");
		assertThat(payload.path("additionalProperties").asBoolean(true)).isFalse();
		assertThat(welcome.path("payload").path("unknownSchema")).isEqualTo(payload);
		assertThat(welcome.path("controls").path("schema").path("additionalProperties").asBoolean(true)).isFalse();

		JsonNode digest = welcome.path("steps").get(0);
		assertThat(digest.path("stepId").asString()).isEqualTo("digest-step");
		assertThat(digest.path("type").asString()).isEqualTo("digest");
		assertThat(digest.path("controls").path("schema").path("properties").path("amount").path("default").asInt())
			.isEqualTo(5);
		assertThat(digest.path("controls").path("schema").path("properties").path("unit").path("enum").toString())
			.isEqualTo("[\"seconds\",\"minutes\",\"hours\",\"days\",\"weeks\",\"months\"]");
		assertThat(digest.path("results").path("schema").path("properties").path("events").path("type").asString())
			.isEqualTo("array");
		assertThat(digest.path("results").path("schema").path("properties").path("eventCount").path("type").asString())
			.isEqualTo("integer");
		assertThat(digest.path("providers").isArray()).isTrue();
		assertThat(digest.path("options").isObject()).isTrue();

		JsonNode email = welcome.path("steps").get(1);
		assertThat(email.path("type").asString()).isEqualTo("email");
		assertThat(email.path("outputs").path("schema").path("required").toString())
			.isEqualTo("[\"body\",\"subject\"]");
		assertThat(email.path("controls").path("schema").path("properties").path("subject").path("default").asString())
			.isEqualTo("Hi {{payload.name}} ({{steps.digest-step.eventCount}})");

		JsonNode every = body.path("workflows").get(1);
		assertThat(every.path("steps").valueStream().map(step -> step.path("type").asString())).containsExactly("delay", "throttle", "in_app",
				"sms", "push", "custom", "chat");
		JsonNode custom = every.path("steps").get(5);
		assertThat(custom.path("outputs").path("schema").path("properties").path("points").path("type").asString())
			.isEqualTo("integer");
		assertThat(custom.path("results").path("schema")).isEqualTo(custom.path("outputs").path("schema"));
	}

	@Test
	void workflowsAndStepsAreCheckedWhenDeclared() {
		assertThatThrownBy(() -> Workflow.builder("bad id", TestWorkflows.Welcome.class))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Workflow.builder("w", TestWorkflows.Welcome.class).build())
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> Workflow.builder("w", TestWorkflows.Welcome.class)
			.sms("s", JsonType.none(), ctx -> new Outputs.Sms("a"))
			.sms("s", JsonType.none(), ctx -> new Outputs.Sms("b"))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("already has a step `s`");
		assertThatThrownBy(() -> NovuBridge.builder("k").workflow(TestWorkflows.welcome(), TestWorkflows.welcome()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("declared twice");
	}
}
