package io.github.novu4j.client.environmentvariables;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuApiException;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuConflictException;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.WorkflowUsage;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.RichJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class EnvironmentVariablesTest {

	static final String DEV = "6810c0ffee0000000000de01";

	static final String PROD = "6810c0ffee0000000000pr01";

	static final String VARIABLE = "{\"_id\":\"6810c0ffee0000000000va01\",\"_organizationId\":\"6810c0ffee0000000000or01\","
			+ "\"key\":\"API_BASE_URL\",\"type\":\"string\",\"isSecret\":false,"
			+ "\"values\":[{\"_environmentId\":\"" + DEV + "\",\"value\":\"https://dev.example.com\"},"
			+ "{\"_environmentId\":\"" + PROD + "\",\"value\":\"https://example.com\"}],"
			+ "\"createdAt\":\"2026-04-01T09:00:00.000Z\",\"updatedAt\":\"2026-04-02T09:00:00.000Z\"}";

	static final String SECRET_VARIABLE = VARIABLE.replace("API_BASE_URL", "WEBHOOK_TOKEN")
		.replace("\"isSecret\":false", "\"isSecret\":true")
		.replace("https://dev.example.com", "tok-dev-7f3a")
		.replace("https://example.com", "tok-prod-9c1e");

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void createSendsKeyAndValuesAndAcceptsThe201() {
		// WIRE-FORMAT-CURRENT.md section H.2: Novu answers 201, its document says 200.
		novu.stubFor(post("/v1/environment-variables").willReturn(json(201, "{\"data\":" + RichJson.withUnknownFields(VARIABLE) + "}")));

		EnvironmentVariable variable = novu.client().environmentVariables().create(CreateEnvironmentVariableRequest
			.builder("API_BASE_URL")
			.type("string")
			.isSecret(false)
			.value(DEV, "https://dev.example.com")
			.value(PROD, "https://example.com")
			.build());

		assertThat(variable.key()).isEqualTo("API_BASE_URL");
		assertThat(variable.valueIn(PROD)).isEqualTo("https://example.com");
		assertThat(variable.valueIn("other")).isNull();
		RichJson.assertNoFieldLost(variable, VARIABLE);
		LoggedRequest request = onlyRequest();
		assertThat(NovuJson.mapper().readTree(request.getBodyAsString()))
			.isEqualTo(NovuJson.mapper().readTree("{\"key\":\"API_BASE_URL\",\"type\":\"string\",\"isSecret\":false,"
					+ "\"values\":[{\"_environmentId\":\"" + DEV + "\",\"value\":\"https://dev.example.com\"},"
					+ "{\"_environmentId\":\"" + PROD + "\",\"value\":\"https://example.com\"}]}"));
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
	}

	@Test
	void createOfATakenKeyIsAConflict() {
		novu.stubFor(post("/v1/environment-variables").willReturn(json(409, "{\"statusCode\":409,"
				+ "\"timestamp\":\"2026-04-10T09:00:00.000Z\",\"path\":\"/v1/environment-variables\","
				+ "\"message\":\"Environment variable with key \\\"API_BASE_URL\\\" already exists\",\"error\":\"Conflict\"}")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuConflictException.class)
			.isThrownBy(() -> client.environmentVariables().create(CreateEnvironmentVariableRequest.builder("API_BASE_URL").build()))
			.satisfies((ex) -> assertThat(ex.getNovuMessage())
				.isEqualTo("Environment variable with key \"API_BASE_URL\" already exists"));
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void listSendsTheSearchAndReadsTheBareArrayInTheEnvelope() {
		String list = "[" + VARIABLE + "," + SECRET_VARIABLE + "]";
		novu.stubFor(get(urlPathEqualTo("/v1/environment-variables")).willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(list) + "}")));
		NovuClient client = novu.client();

		List<EnvironmentVariable> found = client.environmentVariables().list("API");
		client.environmentVariables().list();

		assertThat(found).extracting(EnvironmentVariable::key).containsExactly("API_BASE_URL", "WEBHOOK_TOKEN");
		RichJson.assertNoFieldLost(found, list);
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/environment-variables?search=API", "/v1/environment-variables");
	}

	@Test
	void secretValuesNeverAppearInToString() {
		novu.stubFor(get("/v1/environment-variables/WEBHOOK_TOKEN").willReturn(json(200, "{\"data\":" + SECRET_VARIABLE + "}")));

		EnvironmentVariable variable = novu.client().environmentVariables().retrieve("WEBHOOK_TOKEN");

		assertThat(variable.valueIn(DEV)).isEqualTo("tok-dev-7f3a");
		assertThat(variable.toString()).contains("WEBHOOK_TOKEN").contains("2 redacted")
			.doesNotContain("tok-dev-7f3a").doesNotContain("tok-prod-9c1e");
		assertThat(EnvironmentVariableValue.of(DEV, "tok-dev-7f3a").toString()).doesNotContain("tok-dev-7f3a");
		assertThat(CreateEnvironmentVariableRequest.builder("WEBHOOK_TOKEN").value(DEV, "tok-dev-7f3a").build().toString())
			.doesNotContain("tok-dev-7f3a");
	}

	@Test
	void updatePatchesOnlyTheFieldsSet() {
		novu.stubFor(patch("/v1/environment-variables/API_BASE_URL").willReturn(json(200, "{\"data\":" + VARIABLE + "}")));

		novu.client().environmentVariables().update("API_BASE_URL",
				UpdateEnvironmentVariableRequest.builder().isSecret(true).value(PROD, "https://example.org").build());

		LoggedRequest request = onlyRequest();
		assertThat(request.getMethod().getName()).isEqualTo("PATCH");
		assertThat(NovuJson.mapper().readTree(request.getBodyAsString())).isEqualTo(NovuJson.mapper()
			.readTree("{\"isSecret\":true,\"values\":[{\"_environmentId\":\"" + PROD + "\",\"value\":\"https://example.org\"}]}"));
	}

	@Test
	void deleteAnswers204AndAMissingKeyIsNotFound() {
		novu.stubFor(delete("/v1/environment-variables/API_BASE_URL").willReturn(aResponse().withStatus(204)));
		novu.stubFor(delete("/v1/environment-variables/GONE").willReturn(json(404, "{\"statusCode\":404,"
				+ "\"timestamp\":\"2026-04-10T09:00:00.000Z\",\"path\":\"/v1/environment-variables/GONE\","
				+ "\"message\":\"Environment variable with key \\\"GONE\\\" not found\",\"error\":\"Not Found\"}")));
		NovuClient client = novu.client();

		client.environmentVariables().delete("API_BASE_URL");
		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> client.environmentVariables().delete("GONE"))
			.satisfies((ex) -> assertThat(ex.getNovuMessage()).contains("GONE"));
		assertThat(novu.requests()).extracting((r) -> r.getMethod().getName()).containsExactly("DELETE", "DELETE");
	}

	@Test
	void usageListsTheWorkflowsReadingTheVariable() {
		String usage = "{\"workflows\":[{\"name\":\"Welcome Email\",\"workflowId\":\"welcome-email\"}]}";
		novu.stubFor(get("/v1/environment-variables/API_BASE_URL/usage")
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(usage) + "}")));

		WorkflowUsage result = novu.client().environmentVariables().usage("API_BASE_URL");

		assertThat(result.workflows()).extracting(WorkflowUsage.Workflow::workflowId)
			.containsExactly("welcome-email");
		RichJson.assertNoFieldLost(result, usage);
	}

	@Test
	void a422KeepsTheCommandsFieldErrors() {
		novu.stubFor(patch("/v1/environment-variables/API_BASE_URL").willReturn(json(422, "{\"statusCode\":422,"
				+ "\"timestamp\":\"2026-04-10T09:00:00.000Z\",\"path\":\"/v1/environment-variables/API_BASE_URL\","
				+ "\"message\":\"Validation failed for UpdateEnvironmentVariableCommand: values: must be an array\","
				+ "\"errors\":{\"values\":{\"messages\":[\"must be an array\"],\"value\":\"x\"}}}")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuApiException.class)
			.isThrownBy(() -> client.environmentVariables().update("API_BASE_URL", UpdateEnvironmentVariableRequest.builder().build()))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(422);
				assertThat(ex.getValidationErrors()).singleElement().satisfies((error) -> {
					assertThat(error.field()).isEqualTo("values");
					assertThat(error.messages()).containsExactly("must be an array");
				});
			});
	}

	@Test
	void badInputFailsBeforeAnythingIsSent() {
		EnvironmentVariables variables = novu.client().environmentVariables();

		assertThatIllegalArgumentException().isThrownBy(() -> CreateEnvironmentVariableRequest.builder("1ABC").build())
			.withMessageContaining("must be a letter followed by letters, digits or '_'").withMessageContaining("'1ABC'");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateEnvironmentVariableRequest.builder("API-URL").build())
			.withMessageContaining("'API-URL'");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateEnvironmentVariableRequest.builder("A".repeat(257)).build())
			.withMessageContaining("at most 256 characters");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateEnvironmentVariableRequest.builder("OK").value(DEV, "v".repeat(257)))
			.withMessageContaining("at most 256 characters, was 257");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateEnvironmentVariableRequest.builder("OK").value(" ", "v"))
			.withMessageContaining("environmentId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> UpdateEnvironmentVariableRequest.builder().key("a b").build())
			.withMessageContaining("'a b'");
		assertThatIllegalArgumentException().isThrownBy(() -> variables.retrieve("../x"))
			.withMessageContaining("'../x'");
		assertThatIllegalArgumentException().isThrownBy(() -> variables.delete(null))
			.withMessageContaining("must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> variables.list("s".repeat(257)))
			.withMessageContaining("search must be at most 256 characters, was 257");
		assertThatNullPointerException().isThrownBy(() -> variables.create(null));
		assertThatNullPointerException().isThrownBy(() -> variables.update("OK", null));
		assertThat(novu.requests()).isEmpty();
	}

	private static LoggedRequest onlyRequest() {
		assertThat(novu.requests()).hasSize(1);
		return novu.requests().get(0);
	}

}
