package io.github.novu4j.framework;

import static io.github.novu4j.framework.BridgeAssertions.error;
import static io.github.novu4j.framework.BridgeAssertions.json;
import static io.github.novu4j.framework.TestWorkflows.execute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code execute} and {@code preview}: each step type, hydration, skip, defaults, Liquid and the errors. */
class ExecuteTest {

	private static final String DIGEST_STATE = """
			{"stepId":"digest-step","outputs":{"events":[{"id":"j1","time":"2026-01-01T00:00:00Z","payload":{"n":1}},\
			{"id":"j2","time":"2026-01-01T00:01:00Z","payload":{"n":2}}],"eventCount":2},"state":{"status":"completed"}}""";

	private static final String EVERY_STATE = """
			[{"stepId":"delay","outputs":{"duration":7200000},"state":{"status":"completed"}},\
			{"stepId":"throttle","outputs":{"throttled":false,"executionCount":1,"threshold":3,"windowStart":null},"state":{"status":"completed"}},\
			{"stepId":"in-app","outputs":{"seen":true,"read":true,"lastSeenDate":"2026-01-01","lastReadDate":"2026-01-01"},"state":{"status":"completed"}},\
			{"stepId":"sms","outputs":{},"state":{"status":"completed"}},\
			{"stepId":"push","outputs":{},"state":{"status":"completed"}},\
			{"stepId":"score","outputs":{"label":"gold","points":30},"state":{"status":"completed"}}]""";

	private final NovuBridge bridge = TestWorkflows.bridge();

	private JsonNode ok(BridgeResponse response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode body = json(response);
		assertThat(body.path("providers").isObject()).isTrue();
		assertThat(body.path("metadata").path("status").asString()).isEqualTo("success");
		assertThat(body.path("metadata").path("error").asBoolean(true)).isFalse();
		assertThat(body.path("metadata").path("duration").isNumber()).isTrue();
		return body;
	}

	private JsonNode every(String stepId, String controls) {
		return ok(bridge.handle(execute("every-step", stepId, "{\"payload\":{\"name\":\"Bo\",\"orders\":3},\"controls\":"
				+ controls + ",\"state\":" + EVERY_STATE + ",\"subscriber\":{\"subscriberId\":\"s1\"}}")));
	}

	@Test
	void theEmailStepReadsTheDigestResultAsInTheTypeScriptProbe() {
		// The request and answer of FRAMEWORK-BRIDGE.md section 3 (without the <script> the TS bridge strips).
		JsonNode body = ok(bridge.handle(execute("welcome", "email-step", "{\"payload\":{\"name\":\"Ada\"},\"controls\":{},"
				+ "\"state\":[" + DIGEST_STATE + "],\"subscriber\":{\"subscriberId\":\"s1\"},\"context\":{},"
				+ "\"env\":{\"name\":\"Development\",\"type\":\"dev\"}}")));
		assertThat(body.path("outputs").toString())
			.isEqualTo("{\"subject\":\"Hi Ada (2)\",\"body\":\"<p>2 events for Ada</p>\"}");
		assertThat(body.path("options").toString()).isEqualTo("{\"skip\":false}");
	}

	@Test
	void theDigestStepAnswersItsSettingsFromControlDefaults() {
		JsonNode body = ok(bridge.handle(execute("welcome", "digest-step", "{\"payload\":{},\"controls\":{}}")));
		assertThat(body.path("outputs").toString()).isEqualTo("{\"amount\":5,\"unit\":\"minutes\"}");
		JsonNode set = ok(bridge.handle(
				execute("welcome", "digest-step", "{\"payload\":{},\"controls\":{\"amount\":2,\"unit\":\"hours\"}}")));
		assertThat(set.path("outputs").toString()).isEqualTo("{\"amount\":2,\"unit\":\"hours\"}");
	}

	@Test
	void eachOtherStepTypeAnswersItsOutputFromHydratedResults() {
		assertThat(every("delay", "{}").path("outputs").toString()).isEqualTo("{\"amount\":2,\"unit\":\"hours\"}");
		assertThat(every("throttle", "{\"threshold\":9}").path("outputs").toString())
			.isEqualTo("{\"amount\":1,\"unit\":\"days\",\"threshold\":9}");
		assertThat(every("in-app", "{}").path("outputs").toString())
			.isEqualTo("{\"subject\":\"Inbox\",\"body\":\"Hello Bo\"}");
		assertThat(every("sms", "{}").path("outputs").toString()).isEqualTo("{\"body\":\"SMS Bo (read)\"}");
		assertThat(every("push", "{\"text\":\"Hey\"}").path("outputs").toString())
			.isEqualTo("{\"subject\":\"Push\",\"body\":\"Hey after 7200000 ms\"}");
		assertThat(every("score", "{}").path("outputs").toString()).isEqualTo("{\"label\":\"gold\",\"points\":30}");
		assertThat(every("chat", "{}").path("outputs").toString())
			.isEqualTo("{\"body\":\"Bo has 30 points, throttled=false\"}");
	}

	@Test
	void onlyTheTargetStepRuns() {
		int[] calls = new int[2];
		Workflow<TestWorkflows.Welcome> counted = Workflow.builder("counted", TestWorkflows.Welcome.class)
			.sms("first", JsonType.none(), ctx -> {
				calls[0]++;
				return new Outputs.Sms("first");
			})
			.sms("second", JsonType.none(), ctx -> {
				calls[1]++;
				return new Outputs.Sms("second");
			})
			.build();
		NovuBridge one = NovuBridge.builder(TestWorkflows.SECRET).clock(TestWorkflows.CLOCK).workflow(counted).build();
		ok(one.handle(execute("counted", "first", "{\"payload\":{\"name\":\"x\"},\"controls\":{}}")));
		assertThat(calls).containsExactly(1, 0);
	}

	@Test
	void theSkipPredicateAnswersSkipWithEmptyOutputs() {
		String body = "{\"payload\":{\"name\":\"Ada\"},\"controls\":{\"skipIfVip\":true},\"state\":[" + DIGEST_STATE + "]}";
		JsonNode skipped = ok(bridge.handle(execute("welcome", "email-step", body)));
		assertThat(skipped.path("outputs").toString()).isEqualTo("{}");
		assertThat(skipped.path("options").toString()).isEqualTo("{\"skip\":true}");
		JsonNode notSkipped = ok(bridge.handle(execute("welcome", "email-step", body.replace("true", "false"))));
		assertThat(notSkipped.path("options").path("skip").asBoolean(true)).isFalse();
	}

	@Test
	void previewNeverSkipsAndMocksMissingPayloadAndEarlierResults() {
		BridgeResponse response = bridge.handle(TestWorkflows.signedPost(
				Map.of("action", "preview", "workflowId", "welcome", "stepId", "email-step"),
				"{\"controls\":{\"skipIfVip\":true,\"subject\":\"{{payload.name}}: {{steps.digest-step.eventCount}}\"}}"));
		JsonNode body = ok(response);
		assertThat(body.path("options").path("skip").asBoolean(true)).isFalse();
		assertThat(body.path("outputs").path("subject").asString()).isEqualTo("Ada: 0");

		JsonNode everyPreview = ok(bridge.handle(TestWorkflows.signedPost(
				Map.of("action", "preview", "workflowId", "every-step", "stepId", "chat"), "{}")));
		assertThat(everyPreview.path("outputs").path("body").asString()).isEqualTo(" has 0 points, throttled=false");
	}

	@Test
	void defaultsAreFilledAndUnknownKeysDroppedNotRejected() {
		Workflow<TestWorkflows.Welcome> echo = Workflow.builder("echo", JsonType.withDefaults(new TestWorkflows.Welcome("Ada", 4)))
			.custom("echo", JsonType.withDefaults(new TestWorkflows.EmailControls("s", "b", false)), Map.class,
					ctx -> Map.of("payload", ctx.payload().toString(), "controls", ctx.controls().toString()))
			.build();
		NovuBridge one = NovuBridge.builder(TestWorkflows.SECRET).clock(TestWorkflows.CLOCK).workflow(echo).build();
		JsonNode body = ok(one.handle(execute("echo", "echo",
				"{\"payload\":{\"unknown\":\"x\"},\"controls\":{\"body\":\"B\",\"extra\":{\"deep\":1}}}")));
		assertThat(body.path("outputs").path("payload").asString()).isEqualTo("Welcome[name=Ada, orders=4]");
		assertThat(body.path("outputs").path("controls").asString())
			.isEqualTo("EmailControls[subject=s, body=B, skipIfVip=false]");
	}

	@Test
	void liquidSeesPayloadSubscriberContextEnvWorkflowAndSteps() {
		Workflow<TestWorkflows.Welcome> vars = Workflow.builder("vars", TestWorkflows.Welcome.class)
			.name("Variables")
			.digest("d", JsonType.none(), ctx -> new Outputs.Digest(1, DurationUnit.SECONDS))
			.sms("all", JsonType.withDefaults(new TestWorkflows.TextControls(
					"{{payload.name}}|{{subscriber.firstName}}|{{subscriber.data.tier}}|{{context.tenant}}|{{env.type}}|"
							+ "{{workflow.workflowId}}/{{workflow.name}}|{{steps.d.eventCount}}|{{steps.d.events[1].payload.n}}|"
							+ "{{missing.value}}|{% for e in steps.d.events %}{{e.id}};{% endfor %}|{{payload.name | upcase}}")),
					ctx -> new Outputs.Sms(ctx.controls().text()))
			.build();
		NovuBridge one = NovuBridge.builder(TestWorkflows.SECRET).clock(TestWorkflows.CLOCK).workflow(vars).build();
		JsonNode body = ok(one.handle(execute("vars", "all", "{\"payload\":{\"name\":\"Ada\"},\"controls\":{},"
				+ "\"state\":[{\"stepId\":\"d\",\"outputs\":{\"events\":[{\"id\":\"a\",\"time\":\"t\",\"payload\":{\"n\":1}},"
				+ "{\"id\":\"b\",\"time\":\"t\",\"payload\":{\"n\":2}}],\"eventCount\":2}}],"
				+ "\"subscriber\":{\"subscriberId\":\"s1\",\"firstName\":\"Grace\",\"data\":{\"tier\":\"gold\"}},"
				+ "\"context\":{\"tenant\":\"acme\"},\"env\":{\"name\":\"Development\",\"type\":\"dev\"}}")));
		assertThat(body.path("outputs").path("body").asString())
			.isEqualTo("Ada|Grace|gold|acme|dev|vars/Variables|2|2||a;b;|ADA");
	}

	@Test
	void aLiquidSyntaxErrorIsAControlCompilationFailure() {
		BridgeResponse response = bridge.handle(execute("every-step", "delay", "{\"payload\":{\"name\":\"x\"},"
				+ "\"controls\":{},\"state\":[]}"));
		assertThat(response.status()).isEqualTo(200);
		JsonNode body = error(bridge.handle(execute("every-step", "in-app", "{\"payload\":{\"name\":\"x\"},"
				+ "\"controls\":{\"text\":\"{{ payload.name \"},\"state\":" + EVERY_STATE + "}")), 400,
				"StepControlCompilationFailedError");
		assertThat(body.path("data").path("stepId").asString()).isEqualTo("in-app");
	}

	@Test
	void unknownWorkflowAndStepAreNotFound() {
		JsonNode workflow = error(bridge.handle(execute("nope", "email-step", "{\"controls\":{}}")), 404,
				"WorkflowNotFoundError");
		assertThat(workflow.has("data")).as("no data, as in the TypeScript bridge").isFalse();
		assertThat(workflow.path("message").asString()).contains("`nope`");
		JsonNode step = error(bridge.handle(execute("welcome", "nope", "{\"controls\":{}}")), 404,
				"StepNotFoundError");
		assertThat(step.path("data").path("stepId").asString()).isEqualTo("nope");
	}

	@Test
	void aMissingEarlierStepIsACorruptState() {
		JsonNode body = error(bridge.handle(execute("welcome", "email-step", "{\"payload\":{},\"controls\":{},\"state\":[]}")),
				400, "ExecutionStateCorruptError");
		assertThat(body.path("data").path("stepId").asString()).isEqualTo("digest-step");
		assertThat(body.path("message").asString()).contains("corrupt state");
	}

	@Test
	void anEarlierResultOfTheWrongShapeIsInvalid() {
		String state = "[{\"stepId\":\"digest-step\",\"outputs\":{\"events\":\"many\",\"eventCount\":2}}]";
		error(bridge.handle(execute("welcome", "email-step", "{\"payload\":{},\"controls\":{},\"state\":" + state + "}")),
				400, "ExecutionStateResultInvalidError");
	}

	@Test
	void missingOrWrongControlsAreInvalid() {
		error(bridge.handle(execute("welcome", "digest-step", "{\"payload\":{}}")), 400,
				"ExecutionStateControlInvalidError");
		JsonNode body = error(bridge.handle(execute("welcome", "digest-step", "{\"payload\":{},\"controls\":{\"amount\":\"five\"}}")),
				400, "ExecutionStateControlInvalidError");
		assertThat(body.path("data").get(0).path("path").asString()).isEqualTo("/amount");
		error(bridge.handle(execute("welcome", "digest-step", "{\"payload\":{},\"controls\":{\"unit\":\"years\"}}")),
				400, "ExecutionStateControlInvalidError");
	}

	@Test
	void aPayloadMissingARequiredMemberIsInvalid() {
		JsonNode body = error(bridge.handle(execute("every-step", "delay", "{\"payload\":{},\"controls\":{}}")), 400,
				"ExecutionEventPayloadInvalidError");
		assertThat(body.path("message").asString()).contains("required property 'name'");
	}

	@Test
	void aFailingResolverIsAStepExecutionFailureWithoutItsStack() {
		Workflow<TestWorkflows.Welcome> failing = Workflow.builder("failing", TestWorkflows.Welcome.class)
			.sms("boom", JsonType.none(), ctx -> {
				throw new IllegalStateException("database password is hunter2");
			})
			.build();
		NovuBridge one = NovuBridge.builder(TestWorkflows.SECRET).clock(TestWorkflows.CLOCK).workflow(failing).build();
		BridgeResponse response = one.handle(execute("failing", "boom", "{\"payload\":{\"name\":\"x\"},\"controls\":{}}"));
		JsonNode body = error(response, 502, "StepExecutionFailedError");
		assertThat(response.body()).doesNotContain("hunter2").doesNotContain("at io.github");
		assertThat(body.path("message").asString()).contains("IllegalStateException");
	}

	@Test
	void aFailingSkipPredicateIsAStepExecutionFailure() {
		Workflow<TestWorkflows.Welcome> failing = Workflow.builder("failing-skip", TestWorkflows.Welcome.class)
			.sms("s", JsonType.none(), ctx -> new Outputs.Sms("x"), ctx -> {
				throw new IllegalStateException("no");
			})
			.build();
		NovuBridge one = NovuBridge.builder(TestWorkflows.SECRET).clock(TestWorkflows.CLOCK).workflow(failing).build();
		error(one.handle(execute("failing-skip", "s", "{\"payload\":{\"name\":\"x\"},\"controls\":{}}")), 502,
				"StepExecutionFailedError");
	}

	@Test
	void templatesCannotReadTheBridgesFiles() throws Exception {
		// liqp would read {% include %} files from ./snippets (and Jekyll's ./_includes).
		java.util.List<java.nio.file.Path> created = new java.util.ArrayList<>();
		for (String folder : new String[] { "snippets", "_includes" }) {
			java.nio.file.Path dir = java.nio.file.Path.of(folder);
			if (!java.nio.file.Files.exists(dir)) {
				created.add(java.nio.file.Files.createDirectories(dir));
			}
			java.nio.file.Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
		}
		try {
			for (String tag : new String[] { "{% include 'secret.txt' %}", "{% include secret.txt %}",
					"{% include_relative secret.txt %}" }) {
				BridgeResponse response = bridge.handle(execute("every-step", "in-app", "{\"payload\":{\"name\":\"x\"},"
						+ "\"controls\":{\"text\":\"" + tag + "\"},\"state\":" + EVERY_STATE + "}"));
				assertThat(response.body()).as(tag).doesNotContain("TOP-SECRET");
				error(response, 400, "StepControlCompilationFailedError");
			}
		}
		finally {
			for (String folder : new String[] { "snippets", "_includes" }) {
				java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(folder, "secret.txt"));
			}
			for (java.nio.file.Path dir : created) {
				java.nio.file.Files.delete(dir);
			}
		}
	}
}
