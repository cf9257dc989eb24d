package io.github.novu4j.client.v2.contexts;

import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuConflictException;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.NovuValidationException;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.RichJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ContextsTest {

	static final String CONTEXT = "{\"type\":\"tenant\",\"id\":\"org-acme\",\"data\":{\"name\":\"Acme Corp\","
			+ "\"settings\":{\"theme\":\"dark\"}},\"createdAt\":\"2026-04-01T10:00:00.000Z\","
			+ "\"updatedAt\":\"2026-04-02T10:00:00.000Z\"}";

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void listFollowsCursorsAndSendsTheFilters() {
		// WIRE-FORMAT-CURRENT §H.6: the server filters by type, which the OpenAPI document does not declare.
		novu.skipRequestValidationForThisTest("GET", "/v2/contexts");
		novu.stubFor(get(urlPathEqualTo("/v2/contexts")).withQueryParam("after", equalTo("c1"))
			.willReturn(json(200, "{\"data\":[{\"type\":\"tenant\",\"id\":\"org-b\",\"data\":{},"
					+ "\"createdAt\":\"x\",\"updatedAt\":\"x\"}],\"next\":null,\"previous\":\"c1\",\"totalCount\":2,"
					+ "\"totalCountCapped\":false}")));
		novu.stubFor(get(urlPathEqualTo("/v2/contexts")).atPriority(10)
			.willReturn(json(200, "{\"data\":[" + RichJson.withUnknownFields(CONTEXT) + "],\"next\":\"c1\","
					+ "\"previous\":null,\"totalCount\":2,\"totalCountCapped\":false}")));

		CursorPagedIterable<Context> contexts = novu.client()
			.v2()
			.contexts()
			.list(ListContextsRequest.of(CursorPagination.limit(1)).withType("tenant").withSearch("org"));

		assertThat(contexts.stream().map(Context::key)).containsExactly("tenant:org-acme", "tenant:org-b");
		RichJson.assertNoFieldLost(contexts.firstPage().data().get(0), CONTEXT);
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v2/contexts?limit=1&type=tenant&search=org",
					"/v2/contexts?after=c1&limit=1&type=tenant&search=org");
	}

	@Test
	void listWithTheDocumentedFiltersIsValidated() {
		novu.stubFor(get(urlPathEqualTo("/v2/contexts")).willReturn(json(200,
				"{\"data\":[],\"next\":null,\"previous\":null,\"totalCount\":0,\"totalCountCapped\":false}")));

		CursorPagedIterable<Context> contexts = novu.client().v2().contexts().list(ListContextsRequest.none().withId("org-acme"));

		assertThat(contexts.stream()).isEmpty();
		assertThat(novu.requests().get(0).getUrl()).isEqualTo("/v2/contexts?id=org-acme");
	}

	@Test
	void createSendsTypeIdAndDataAndAnExistingOneIsAConflict() {
		novu.stubFor(post("/v2/contexts").withRequestBody(equalTo("{\"type\":\"tenant\",\"id\":\"org-acme\","
				+ "\"data\":{\"name\":\"Acme Corp\"}}"))
			.willReturn(json(201, "{\"data\":" + RichJson.withUnknownFields(CONTEXT) + "}")));
		novu.stubFor(post("/v2/contexts").withRequestBody(equalTo("{\"type\":\"tenant\",\"id\":\"taken\"}"))
			.willReturn(json(409, "{\"statusCode\":409,\"timestamp\":\"2026-04-01T10:00:00.000Z\","
					+ "\"path\":\"/v2/contexts\",\"message\":\"Context with id 'taken' and type 'tenant' already exists\","
					+ "\"error\":\"Conflict\"}")));
		NovuClient client = novu.client();

		Context created = client.v2().contexts().create(CreateContextRequest.of("tenant", "org-acme", Map.of("name", "Acme Corp")));

		RichJson.assertNoFieldLost(created, CONTEXT);
		assertThat(created.additionalProperties()).containsKey(RichJson.UNKNOWN_FIELD);
		assertThatExceptionOfType(NovuConflictException.class)
			.isThrownBy(() -> client.v2().contexts().create(CreateContextRequest.of("tenant", "taken")))
			.satisfies((ex) -> assertThat(ex.getNovuMessage()).contains("already exists"));
		assertThat(novu.requests()).hasSize(2);
	}

	@Test
	void retrieveUsesBothPathSegmentsAndAMissingOneIsNotFound() {
		novu.stubFor(get("/v2/contexts/tenant/org-acme").willReturn(json(200, "{\"data\":" + CONTEXT + "}")));
		novu.stubFor(get("/v2/contexts/tenant/gone").willReturn(json(404, "{\"statusCode\":404,"
				+ "\"timestamp\":\"2026-04-01T10:00:00.000Z\",\"path\":\"/v2/contexts/tenant/gone\","
				+ "\"message\":\"Context with id 'gone' and type 'tenant' not found in environment 64f0\","
				+ "\"error\":\"Not Found\"}")));
		NovuClient client = novu.client();

		RichJson.assertNoFieldLost(client.v2().contexts().retrieve("tenant", "org-acme"), CONTEXT);
		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> client.v2().contexts().retrieve("tenant", "gone"))
			.satisfies((ex) -> assertThat(ex.getNovuMessage())
				.isEqualTo("Context with id 'gone' and type 'tenant' not found in environment 64f0"));
	}

	@Test
	void updateReplacesTheData() {
		novu.stubFor(patch("/v2/contexts/tenant/org-acme").willReturn(json(200, "{\"data\":" + CONTEXT + "}")));

		Context updated = novu.client()
			.v2()
			.contexts()
			.update("tenant", "org-acme", UpdateContextRequest.of(Map.of("name", "Acme Corp")));

		assertThat(updated.data()).containsEntry("name", "Acme Corp");
		assertThat(novu.requests().get(0).getBodyAsString()).isEqualTo("{\"data\":{\"name\":\"Acme Corp\"}}");
		assertThat(novu.requests().get(0).getHeader("Idempotency-Key")).isNotBlank();
	}

	@Test
	void deleteIs204AndA422KeepsTheGeneralErrors() {
		novu.stubFor(delete("/v2/contexts/tenant/org-acme").willReturn(aResponse().withStatus(204)));
		novu.stubFor(delete("/v2/contexts/tenant/bad").willReturn(json(422, "{\"statusCode\":422,"
				+ "\"timestamp\":\"2026-04-01T10:00:00.000Z\",\"path\":\"/v2/contexts/tenant/bad\","
				+ "\"message\":\"Validation Error\",\"errors\":{\"general\":{\"messages\":[\"id is invalid\"],"
				+ "\"value\":\"No Value Recorded\"}}}")));
		NovuClient client = novu.client();

		client.v2().contexts().delete("tenant", "org-acme");
		assertThatExceptionOfType(NovuValidationException.class)
			.isThrownBy(() -> client.v2().contexts().delete("tenant", "bad"))
			.satisfies((ex) -> assertThat(ex.getValidationErrors()).singleElement().satisfies((error) -> {
				assertThat(error.field()).isEqualTo("general");
				assertThat(error.messages()).containsExactly("id is invalid");
			}));
		assertThat(novu.requests().get(0).getMethod().getName()).isEqualTo("DELETE");
	}

	@Test
	void badTypesIdsAndArgumentsFailBeforeAnythingIsSent() {
		assertThatIllegalArgumentException().isThrownBy(() -> CreateContextRequest.of("Ten ant", "x"))
			.withMessageContaining("context type must be 1 to 100 characters");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateContextRequest.of("tenant", ""))
			.withMessageContaining("context id must be");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateContextRequest.of("tenant", "a".repeat(101)));
		assertThatNullPointerException().isThrownBy(() -> UpdateContextRequest.of(null));
		Contexts contexts = novu.client().v2().contexts();
		assertThatIllegalArgumentException().isThrownBy(() -> contexts.retrieve("tenant", " "))
			.withMessageContaining("id must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> contexts.delete("..", "x"))
			.withMessageContaining("leave its path segment");
		assertThatNullPointerException().isThrownBy(() -> contexts.create(null));
		assertThatNullPointerException().isThrownBy(() -> contexts.list(null));
		assertThat(novu.requests()).isEmpty();
	}

}
