package io.github.novu4j.client.environments;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuApiException;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.RichJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The three environment operations Novu added after the seed: create, update (PUT) and delete.
 */
class EnvironmentsCurrentTest {

	static final String SECRET = "c0ffeec0ffeec0ffeec0ffeec0ffee00";

	/** EnvironmentResponseDto as POST /v1/environments answers it (the members Environment models). */
	static final String STAGING = "{\"_id\":\"6810c0ffee0000000000st01\",\"name\":\"Staging\","
			+ "\"_organizationId\":\"6810c0ffee0000000000or01\",\"identifier\":\"Stg7Kq2Lm9Px\","
			+ "\"apiKeys\":[{\"key\":\"" + SECRET + "\",\"_userId\":\"6810c0ffee0000000000us01\"}],"
			+ "\"_parentId\":\"6810c0ffee0000000000de01\",\"slug\":\"staging\"}";

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void createPostsNameColorAndParentAndReadsThe201Answer() {
		novu.stubFor(post("/v1/environments").willReturn(json(201, "{\"data\":" + STAGING + "}")));

		Environment environment = novu.client().environments().create(CreateEnvironmentRequest
			.builder("Staging", "#3498db").parentId("6810c0ffee0000000000de01").build());

		assertThat(environment.name()).isEqualTo("Staging");
		assertThat(environment.apiKeys()).singleElement().satisfies((key) -> assertThat(key.key()).isEqualTo(SECRET));
		assertThat(environment.toString()).doesNotContain(SECRET);
		RichJson.assertNoFieldLost(environment, STAGING);
		LoggedRequest request = onlyRequest();
		assertThat(NovuJson.mapper().readTree(request.getBodyAsString())).isEqualTo(NovuJson.mapper()
			.readTree("{\"name\":\"Staging\",\"parentId\":\"6810c0ffee0000000000de01\",\"color\":\"#3498db\"}"));
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
	}

	@Test
	void createOnAPlanThatDoesNotAllowItIsA402WithNovusReason() {
		novu.stubFor(post("/v1/environments").willReturn(json(402, "{\"statusCode\":402,"
				+ "\"timestamp\":\"2026-04-10T09:00:00.000Z\",\"path\":\"/v1/environments\","
				+ "\"message\":\"Payment Required\",\"error\":\"Payment Required\"}")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuApiException.class)
			.isThrownBy(() -> client.environments().create(CreateEnvironmentRequest.of("Staging", "#3498db")))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(402);
				assertThat(ex.getNovuMessage()).isEqualTo("Payment Required");
				assertThat(ex.getMessage()).contains("environments.create").contains("402").contains("Payment Required");
			});
		// A 402 is final: the plan does not change between attempts.
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void updatePutsOnlyTheFieldsSet() {
		novu.stubFor(put("/v1/environments/6810c0ffee0000000000st01")
			.willReturn(json(200, "{\"data\":" + STAGING.replace("Staging", "QA") + "}")));

		Environment environment = novu.client().environments().update("6810c0ffee0000000000st01",
				UpdateEnvironmentRequest.builder().name("QA").color("#ff0000")
					.bridgeUrl("https://bridge.example.com/api/novu").inboundParseDomain("in.example.com").build());

		assertThat(environment.name()).isEqualTo("QA");
		LoggedRequest request = onlyRequest();
		assertThat(request.getMethod().getName()).isEqualTo("PUT");
		assertThat(NovuJson.mapper().readTree(request.getBodyAsString())).isEqualTo(NovuJson.mapper()
			.readTree("{\"name\":\"QA\",\"color\":\"#ff0000\",\"dns\":{\"inboundParseDomain\":\"in.example.com\"},"
					+ "\"bridge\":{\"url\":\"https://bridge.example.com/api/novu\"}}"));
	}

	@Test
	void deleteAcceptsThe200WithAnEmptyObject() {
		// WIRE-FORMAT-CURRENT.md section H.7: 200 with {}, where the document says no content.
		novu.stubFor(delete("/v1/environments/6810c0ffee0000000000st01").willReturn(json(200, "{}")));

		novu.client().environments().delete("6810c0ffee0000000000st01");

		assertThat(onlyRequest().getMethod().getName()).isEqualTo("DELETE");
	}

	@Test
	void deletingAProtectedOrMissingEnvironmentFails() {
		novu.stubFor(delete("/v1/environments/6810c0ffee0000000000pr01").willReturn(json(400, "{\"statusCode\":400,"
				+ "\"timestamp\":\"2026-04-10T09:00:00.000Z\",\"path\":\"/v1/environments/6810c0ffee0000000000pr01\","
				+ "\"message\":\"Cannot delete protected environment\",\"error\":\"Bad Request\"}")));
		novu.stubFor(delete("/v1/environments/6810c0ffee0000000000no01").willReturn(json(404, "{\"statusCode\":404,"
				+ "\"timestamp\":\"2026-04-10T09:00:00.000Z\",\"path\":\"/v1/environments/6810c0ffee0000000000no01\","
				+ "\"message\":\"Environment not found\",\"error\":\"Not Found\"}")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuApiException.class)
			.isThrownBy(() -> client.environments().delete("6810c0ffee0000000000pr01"))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getNovuMessage()).isEqualTo("Cannot delete protected environment");
			});
		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> client.environments().delete("6810c0ffee0000000000no01"));
	}

	@Test
	void badInputFailsBeforeAnythingIsSent() {
		Environments environments = novu.client().environments();

		assertThatIllegalArgumentException().isThrownBy(() -> CreateEnvironmentRequest.of(" ", "#fff"))
			.withMessageContaining("A new environment needs a name");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateEnvironmentRequest.of("Staging", ""))
			.withMessageContaining("needs a color");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateEnvironmentRequest.builder("Staging", "#fff").parentId(" ").build())
			.withMessageContaining("parentId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> UpdateEnvironmentRequest.builder().name("").build())
			.withMessageContaining("environments.update name must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> environments.update(" ", UpdateEnvironmentRequest.builder().name("QA").build()))
			.withMessageContaining("environmentId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> environments.delete(".."))
			.withMessageContaining("leave its path segment");
		assertThatNullPointerException().isThrownBy(() -> environments.create(null));
		assertThatNullPointerException().isThrownBy(() -> environments.update("e", null));
		assertThat(novu.requests()).isEmpty();
	}

	private static LoggedRequest onlyRequest() {
		assertThat(novu.requests()).hasSize(1);
		return novu.requests().get(0);
	}

}
