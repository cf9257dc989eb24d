package io.github.novu4j.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The Java bridge answers the requests that {@code @novu/framework} 2.13.2 answered in
 * {@code src/test/resources/interop/novu-framework-2.13.2.json} (recorded by {@code src/test/interop/record-vectors.cjs}
 * for the workflow {@link TestWorkflows#welcome()} declares), signed by Node: same status, same error code, same
 * outputs and options; discover compared on ids, names, tags, preferences and the payload and controls schemas.
 */
class InteropTest {

	static Stream<Arguments> cases() throws IOException {
		return Stream.of(read("/interop/novu-framework-2.13.2.json", TestWorkflows.welcome()),
				read("/interop/novu-framework-2.13.2-outputs.json", TestWorkflows.alerts()),
				read("/interop/novu-framework-2.13.2-validation.json", ValidationTest.SIGNUP))
			.flatMap(cases -> cases);
	}

	private static Stream<Arguments> read(String resource, Workflow<?> workflow) throws IOException {
		JsonNode recorded;
		try (InputStream in = InteropTest.class.getResourceAsStream(resource)) {
			recorded = Schemas.JSON.readTree(in);
		}
		assertThat(recorded.path("origin").asString()).startsWith("@novu/framework 2.13.2");
		String secret = recorded.path("secretKey").asString();
		return recorded.path("cases")
			.valueStream()
			.map(each -> Arguments.of(workflow.id() + ": " + each.path("name").asString(), secret, each, workflow));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void answersAsTheTypeScriptBridge(String name, String secret, JsonNode recorded, Workflow<?> workflow) {
		JsonNode request = recorded.path("request");
		Map<String, String> query = new LinkedHashMap<>();
		request.path("query").properties().forEach(member -> query.put(member.getKey(), member.getValue().asString()));
		Map<String, String> headers = new LinkedHashMap<>();
		request.path("headers").properties().forEach(member -> headers.put(member.getKey(), member.getValue().asString()));
		String signature = headers.getOrDefault("novu-signature", "t=0,v1=");
		long signedAt = Long.parseLong(signature.substring(2, signature.indexOf(',')));
		NovuBridge bridge = NovuBridge.builder(secret)
			.clock(Clock.fixed(Instant.ofEpochMilli(signedAt), ZoneOffset.UTC))
			.workflow(workflow)
			.build();

		BridgeResponse response = bridge.handle(new BridgeRequest(request.path("method").asString(), query, headers,
				request.path("body").asString()));
		JsonNode expected = recorded.path("response").path("body");
		JsonNode actual = BridgeAssertions.json(response);

		assertThat(response.status()).as(response.body()).isEqualTo(recorded.path("response").path("status").asInt());
		if (expected.has("code")) {
			assertThat(actual.path("code")).isEqualTo(expected.path("code"));
			if (response.status() < 500) {
				// on 5xx the TypeScript bridge puts a stack trace in `data`; the Java bridge never does
				assertThat(actual.path("data")).isEqualTo(expected.path("data"));
			}
		}
		else if (expected.has("outputs")) {
			assertThat(actual.path("outputs")).isEqualTo(expected.path("outputs"));
			assertThat(actual.path("options")).isEqualTo(expected.path("options"));
			assertThat(actual.path("providers")).isEqualTo(expected.path("providers"));
			assertThat(actual.path("metadata").path("status")).isEqualTo(expected.path("metadata").path("status"));
		}
		else if (expected.has("workflows")) {
			assertDiscoverEquivalent(actual, expected);
		}
		else {
			assertThat(actual.path("status")).isEqualTo(expected.path("status"));
			assertThat(actual.path("frameworkVersion")).isEqualTo(expected.path("frameworkVersion"));
			assertThat(actual.path("discovered")).isEqualTo(expected.path("discovered"));
		}
	}

	private static void assertDiscoverEquivalent(JsonNode actual, JsonNode expected) {
		assertThat(actual.path("agents")).isEqualTo(expected.path("agents"));
		assertThat(actual.path("workflows").size()).isEqualTo(expected.path("workflows").size());
		JsonNode java = actual.path("workflows").get(0);
		JsonNode ts = expected.path("workflows").get(0);
		for (String member : new String[] { "workflowId", "severity", "name", "tags", "preferences" }) {
			assertThat(java.path(member)).as(member).isEqualTo(ts.path(member));
		}
		for (String member : new String[] { "payload", "controls", "env" }) {
			assertSameSchema(java.path(member).path("schema"), ts.path(member).path("schema"));
			assertSameSchema(java.path(member).path("unknownSchema"), ts.path(member).path("unknownSchema"));
		}
		assertThat(java.path("steps").size()).isEqualTo(ts.path("steps").size());
		for (int i = 0; i < ts.path("steps").size(); i++) {
			JsonNode javaStep = java.path("steps").get(i);
			JsonNode tsStep = ts.path("steps").get(i);
			assertThat(javaStep.path("stepId")).isEqualTo(tsStep.path("stepId"));
			assertThat(javaStep.path("type")).isEqualTo(tsStep.path("type"));
			assertThat(providerTypes(javaStep)).isEqualTo(providerTypes(tsStep));
			assertThat(javaStep.path("options").path("disableOutputSanitization").asBoolean(false))
				.isEqualTo(tsStep.path("options").path("disableOutputSanitization").asBoolean(false));
			assertSameSchema(javaStep.path("controls").path("schema"), tsStep.path("controls").path("schema"));
		}
	}

	private static java.util.List<String> providerTypes(JsonNode step) {
		return step.path("providers").valueStream().map(provider -> provider.path("type").asString()).toList();
	}

	/** Equal but for the order of {@code required}. */
	private static void assertSameSchema(JsonNode java, JsonNode ts) {
		assertThat(required(java)).isEqualTo(required(ts));
		JsonNode javaRest = java.deepCopy();
		JsonNode tsRest = ts.deepCopy();
		((tools.jackson.databind.node.ObjectNode) javaRest).remove("required");
		((tools.jackson.databind.node.ObjectNode) tsRest).remove("required");
		assertThat(javaRest).isEqualTo(tsRest);
	}

	private static Set<String> required(JsonNode schema) {
		Set<String> names = new HashSet<>();
		schema.path("required").forEach(name -> names.add(name.asString()));
		return names;
	}
}
