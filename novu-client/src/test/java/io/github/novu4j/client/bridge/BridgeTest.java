package io.github.novu4j.client.bridge;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuValidationException;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.NovuApiSpec;
import io.github.novu4j.client.testing.RichJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * {@code POST /v1/bridge/sync}, a route neither OpenAPI document has ({@link NovuApiSpec#UNDOCUMENTED}); the answer
 * is shaped as Novu's Sync use case returns it (the saved workflows, in the API's {@code data} envelope).
 */
class BridgeTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	static final String SYNC_ANSWER = "{\"data\":[{\"_id\":\"66a0c0ffee0000000000bb01\",\"name\":\"Order shipped\","
			+ "\"triggers\":[{\"type\":\"event\",\"identifier\":\"order-shipped\",\"variables\":[]}],"
			+ "\"tags\":[\"orders\"],\"active\":true,\"type\":\"BRIDGE\",\"origin\":\"external\","
			+ "\"_environmentId\":\"66a0c0ffee0000000000ee01\",\"steps\":[{\"stepId\":\"email\"}],"
			+ "\"rawData\":{\"workflowId\":\"order-shipped\"}}]}";

	@Test
	void syncSendsTheBridgeUrlWithTheSecretKeyAndAnIdempotencyKey() {
		novu.stubFor(post(urlPathEqualTo("/v1/bridge/sync")).willReturn(json(201, SYNC_ANSWER)));

		List<SyncedWorkflow> workflows = novu.client().bridge().sync("https://app.example.com/api/novu");

		assertThat(workflows).singleElement().satisfies((workflow) -> {
			assertThat(workflow.workflowId()).isEqualTo("order-shipped");
			assertThat(workflow.id()).isEqualTo("66a0c0ffee0000000000bb01");
			assertThat(workflow.name()).isEqualTo("Order shipped");
			assertThat(workflow.tags()).containsExactly("orders");
			assertThat(workflow.type()).isEqualTo("BRIDGE");
			assertThat(workflow.origin()).isEqualTo("external");
			assertThat(workflow.active()).isTrue();
			assertThat(workflow.additionalProperties()).containsKeys("_environmentId", "steps", "rawData");
		});
		assertThat(novu.requests()).singleElement().satisfies((LoggedRequest request) -> {
			assertThat(request.getUrl()).isEqualTo("/v1/bridge/sync?source=novu4j");
			assertThat(request.getBodyAsString()).isEqualTo("{\"bridgeUrl\":\"https://app.example.com/api/novu\"}");
			assertThat(request.getHeader("Authorization")).isEqualTo("ApiKey " + MockNovu.API_KEY);
			assertThat(request.getHeader("Content-Type")).startsWith("application/json");
			assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
		});
	}

	@Test
	void everyMemberOfTheAnswerStaysReachable() {
		String body = RichJson.withUnknownFieldsInResult(SYNC_ANSWER);
		novu.stubFor(post(urlPathEqualTo("/v1/bridge/sync")).willReturn(json(201, body)));

		List<SyncedWorkflow> workflows = novu.client().bridge().sync("http://localhost:8080/api/novu");

		RichJson.assertNoFieldLost(workflows, RichJson.result(body));
	}

	@Test
	void aBridgeNovuCannotReachIsAValidationErrorWithNovusMessage() {
		// sync.usecase.ts turns a failed discover call into 400 "Bridge URL is not valid. ..." (older) or the bridge
		// error's message (newer); either way a 400.
		novu.stubFor(post(urlPathEqualTo("/v1/bridge/sync")).willReturn(json(400, "{\"statusCode\":400,"
				+ "\"message\":\"Bridge URL is not valid. connect ECONNREFUSED\",\"error\":\"Bad Request\"}")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuValidationException.class)
			.isThrownBy(() -> client.bridge().sync("https://app.example.com/api/novu"))
			.satisfies((ex) -> assertThat(ex.getNovuMessage()).contains("Bridge URL is not valid"));
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void aBadBridgeUrlIsRefusedBeforeAnythingIsSent() {
		NovuClient client = novu.client();

		assertThatNullPointerException().isThrownBy(() -> client.bridge().sync(null));
		for (String bad : List.of("", "/api/novu", "localhost:8080/api/novu", "ftp://example.com/api/novu",
				"https:///api/novu", "https://user:pw@example.com/api/novu", "https://example.com/api/novu#x",
				"https://exa mple.com/")) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> client.bridge().sync(bad));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> client.bridge().sync("https://user:pw@example.com/"))
			.withMessageNotContaining("pw");
		assertThat(novu.requests()).isEmpty();
		assertThat(Bridge.requireBridgeUrl("HTTPS://example.com:8443/api/novu?x=1"))
			.isEqualTo("HTTPS://example.com:8443/api/novu?x=1");
	}

	@Test
	void theRouteIsListedAsUndocumentedWithItsSource() {
		assertThat(NovuApiSpec.route("POST", "/v1/bridge/sync")).as("in neither OpenAPI document").isEmpty();
		assertThat(NovuApiSpec.undocumented("POST", "/v1/bridge/sync")).isPresent();
		assertThat(NovuApiSpec.UNDOCUMENTED.values()).singleElement().asString().contains("FRAMEWORK-BRIDGE.md");
	}

	@Test
	void theCommandReadsTheKeyFromTheEnvironmentAndNeverPrintsIt() {
		novu.stubFor(post(urlPathEqualTo("/v1/bridge/sync")).willReturn(json(201, SYNC_ANSWER)));
		Output output = new Output();

		int status = SyncBridge.run(new String[] { "https://app.example.com/api/novu" },
				Map.of("NOVU_SECRET_KEY", MockNovu.API_KEY, "NOVU_API_URL", novu.baseUrl()), output.out, output.err);

		assertThat(status).isEqualTo(0);
		assertThat(output.out()).contains("synced 1 workflow(s) from https://app.example.com/api/novu: order-shipped")
			.contains("no longer serves were deleted");
		assertThat(output.out() + output.err()).doesNotContain(MockNovu.API_KEY);
		assertThat(novu.requests()).singleElement()
			.satisfies((request) -> assertThat(request.getHeader("Authorization")).isEqualTo("ApiKey " + MockNovu.API_KEY));
	}

	@Test
	void theCommandFailsClearlyWithoutItsInputsAndOnARefusal() {
		Output usage = new Output();
		assertThat(SyncBridge.run(new String[0], Map.of("NOVU_SECRET_KEY", "k"), usage.out, usage.err)).isEqualTo(2);
		assertThat(usage.err()).contains("Usage").contains("environment only");

		Output keyAsArgument = new Output();
		assertThat(SyncBridge.run(new String[] { "--secret-key", MockNovu.API_KEY }, Map.of(), keyAsArgument.out,
				keyAsArgument.err)).isEqualTo(2);
		assertThat(keyAsArgument.err()).doesNotContain(MockNovu.API_KEY);

		Output noKey = new Output();
		assertThat(SyncBridge.run(new String[] { "https://app.example.com/api/novu" }, Map.of(), noKey.out, noKey.err))
			.isEqualTo(2);
		assertThat(noKey.err()).contains("NOVU_SECRET_KEY");

		Output badUrl = new Output();
		assertThat(SyncBridge.run(new String[] { "app.example.com" }, Map.of("NOVU_SECRET_KEY", "k"), badUrl.out,
				badUrl.err)).isEqualTo(2);
		assertThat(badUrl.err()).contains("absolute http or https URL");

		novu.stubFor(post(urlPathEqualTo("/v1/bridge/sync")).willReturn(json(400, "{\"statusCode\":400,"
				+ "\"message\":\"Workflow order-shipped was already created in Dashboard. Please use another workflowId.\","
				+ "\"error\":\"Bad Request\"}")));
		Output refused = new Output();
		assertThat(SyncBridge.run(new String[] { "https://app.example.com/api/novu" },
				Map.of("NOVU_SECRET_KEY", MockNovu.API_KEY, "NOVU_API_URL", novu.baseUrl()), refused.out, refused.err))
			.isEqualTo(1);
		assertThat(refused.err()).contains("Sync failed").contains("already created in Dashboard")
			.doesNotContain(MockNovu.API_KEY);
		assertThat(novu.requests()).hasSize(1);
	}

	static final class Output {

		final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();

		final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

		final PrintStream out = new PrintStream(this.outBytes, true, StandardCharsets.UTF_8);

		final PrintStream err = new PrintStream(this.errBytes, true, StandardCharsets.UTF_8);

		String out() {
			return this.outBytes.toString(StandardCharsets.UTF_8);
		}

		String err() {
			return this.errBytes.toString(StandardCharsets.UTF_8);
		}

	}

}
