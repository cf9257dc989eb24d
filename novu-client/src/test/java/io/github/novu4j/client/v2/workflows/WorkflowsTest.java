package io.github.novu4j.client.v2.workflows;

import io.github.novu4j.client.Severity;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.OrderDirection;
import io.github.novu4j.client.StepType;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.NovuApiSpec;
import io.github.novu4j.client.testing.RichJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class WorkflowsTest {

	static final String STEP = "{\"_id\":\"6615a1b2c3d4e5f6a7b8c9d1\",\"stepId\":\"welcome-note\",\"slug\":\"welcome-note_st_x1\","
			+ "\"name\":\"Welcome note\",\"type\":\"in_app\",\"origin\":\"novu-cloud\",\"workflowId\":\"welcome\","
			+ "\"workflowDatabaseId\":\"6615a1b2c3d4e5f6a7b8c9d0\",\"controls\":{\"values\":{\"body\":\"Hi {{subscriber.firstName}}\"},"
			+ "\"dataSchema\":{\"type\":\"object\"},\"uiSchema\":{\"group\":\"IN_APP\"}},"
			+ "\"controlValues\":{\"body\":\"Hi {{subscriber.firstName}}\"},\"variables\":{\"type\":\"object\","
			+ "\"properties\":{\"subscriber\":{\"type\":\"object\"}}},\"issues\":{\"controls\":{}},\"stepResolverHash\":\"h1\"}";

	static final String WORKFLOW = "{\"_id\":\"6615a1b2c3d4e5f6a7b8c9d0\",\"workflowId\":\"welcome-a1b2c\","
			+ "\"slug\":\"welcome_wf_x0\",\"name\":\"Welcome\",\"description\":\"First contact\",\"tags\":[\"onboarding\"],"
			+ "\"active\":true,\"validatePayload\":true,\"payloadSchema\":{\"type\":\"object\"},\"isTranslationEnabled\":false,"
			+ "\"createdAt\":\"2026-04-01T10:00:00.000Z\",\"updatedAt\":\"2026-04-02T10:00:00.000Z\","
			+ "\"updatedBy\":{\"_id\":\"u1\",\"firstName\":\"Ada\"},\"lastPublishedAt\":null,\"lastPublishedBy\":null,"
			+ "\"lastTriggeredAt\":\"2026-04-03T10:00:00.000Z\",\"steps\":[" + STEP + "],\"origin\":\"novu-cloud\","
			+ "\"preferences\":{\"user\":null,\"default\":{\"all\":{\"enabled\":true,\"readOnly\":false},"
			+ "\"channels\":{\"in_app\":{\"enabled\":true}}}},\"status\":\"ACTIVE\",\"severity\":\"none\","
			+ "\"issues\":{},\"payloadExample\":{\"orderId\":42}}";

	static final String SUMMARY = "{\"_id\":\"6615a1b2c3d4e5f6a7b8c9d0\",\"workflowId\":\"welcome\",\"slug\":\"welcome_wf_x0\","
			+ "\"name\":\"Welcome\",\"tags\":[\"onboarding\"],\"status\":\"ACTIVE\",\"origin\":\"novu-cloud\","
			+ "\"createdAt\":\"2026-04-01T10:00:00.000Z\",\"updatedAt\":\"2026-04-02T10:00:00.000Z\",\"updatedBy\":null,"
			+ "\"lastPublishedAt\":null,\"lastPublishedBy\":null,\"lastTriggeredAt\":null,\"isTranslationEnabled\":false,"
			+ "\"stepTypeOverviews\":[\"in_app\",\"throttle\"],\"steps\":[{\"slug\":\"welcome-note_st_x1\",\"type\":\"in_app\","
			+ "\"issues\":{\"controls\":{}}}]}";

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void createSendsTheDefinitionAndTheReturnedIdIsTheOneNovuAssigned() {
		// WIRE-FORMAT-CURRENT §E: a taken workflowId is renamed (never 409); the answer carries the new id.
		novu.stubFor(post("/v2/workflows").willReturn(json(201, "{\"data\":" + RichJson.withUnknownFields(WORKFLOW) + "}")));

		Workflow workflow = novu.client()
			.v2()
			.workflows()
			.create(CreateWorkflowRequest.builder("welcome", "Welcome")
				.description("First contact")
				.tags("onboarding")
				.active(true)
				.severity(Severity.NONE)
				.step(StepRequest.of(StepType.IN_APP, "Welcome note")
					.withStepId("welcome-note")
					.withControlValues(Map.of("body", "Hi {{subscriber.firstName}}")))
				.build());

		assertThat(workflow.workflowId()).isEqualTo("welcome-a1b2c");
		assertThat(workflow.status()).isEqualTo(WorkflowStatus.ACTIVE);
		assertThat(workflow.steps().get(0).type()).isEqualTo(StepType.IN_APP);
		RichJson.assertNoFieldLost(workflow, WORKFLOW);
		assertThat(NovuJson.mapper().readTree(novu.requests().get(0).getBodyAsString())).isEqualTo(NovuJson.mapper()
			.readTree("{\"workflowId\":\"welcome\",\"name\":\"Welcome\",\"description\":\"First contact\","
					+ "\"tags\":[\"onboarding\"],\"active\":true,\"steps\":[{\"stepId\":\"welcome-note\","
					+ "\"name\":\"Welcome note\",\"type\":\"in_app\",\"controlValues\":{\"body\":\"Hi {{subscriber.firstName}}\"}}],"
					+ "\"severity\":\"none\"}"));
	}

	@Test
	void listSendsTheOffsetQueryAndReadsTheWrappedPage() {
		// WIRE-FORMAT-CURRENT §D: {"data":{"workflows":[..],"totalCount":n}}.
		novu.stubFor(get(urlPathEqualTo("/v2/workflows")).willReturn(json(200, "{\"data\":{\"workflows\":["
				+ RichJson.withUnknownFields(SUMMARY) + "],\"totalCount\":3}}")));
		ListWorkflowsRequest request = ListWorkflowsRequest.builder()
			.limit(1)
			.offset(1)
			.orderBy(WorkflowSortField.LAST_TRIGGERED_AT, OrderDirection.DESC)
			.query("wel")
			.tags("onboarding", "billing")
			.status(WorkflowStatus.ACTIVE, WorkflowStatus.ERROR)
			.build();

		WorkflowList page = novu.client().v2().workflows().list(request);

		assertThat(page.totalCount()).isEqualTo(3);
		RichJson.assertNoFieldLost(page.workflows().get(0), SUMMARY);
		assertThat(page.workflows().get(0).stepTypeOverviews()).contains(StepType.of("throttle"));
		assertThat(novu.requests().get(0).getUrl()).isEqualTo("/v2/workflows?limit=1&offset=1&orderBy=lastTriggeredAt"
				+ "&orderDirection=DESC&query=wel&tags=onboarding&tags=billing&status=ACTIVE&status=ERROR");
		ListWorkflowsRequest next = request.next(page);
		assertThat(next).isNotNull();
		assertThat(next.offset()).isEqualTo(2);
		assertThat(next.next(page)).as("offset 3 of 3: the last page").isNull();
	}

	@Test
	void getPatchUpdateSyncAndDeleteAddressTheWorkflow() {
		novu.stubFor(get(urlPathEqualTo("/v2/workflows/welcome")).willReturn(json(200, "{\"data\":" + WORKFLOW + "}")));
		novu.stubFor(patch("/v2/workflows/welcome").willReturn(json(200, "{\"data\":" + WORKFLOW + "}")));
		novu.stubFor(put("/v2/workflows/welcome").willReturn(json(200, "{\"data\":" + WORKFLOW + "}")));
		novu.stubFor(put("/v2/workflows/welcome/sync").willReturn(json(200, "{\"data\":" + WORKFLOW + "}")));
		novu.stubFor(delete("/v2/workflows/welcome").willReturn(aResponse().withStatus(204)));
		Workflows workflows = novu.client().v2().workflows();

		RichJson.assertNoFieldLost(workflows.get("welcome"), WORKFLOW);
		workflows.get("welcome", "env-prod", io.github.novu4j.client.RequestOptions.none());
		workflows.patch("welcome", PatchWorkflowRequest.active(false));
		workflows.update("welcome", UpdateWorkflowRequest.builder("Welcome", ResourceOrigin.NOVU_CLOUD)
			.step(StepRequest.of(StepType.EMAIL, "Mail").withId("6615a1b2c3d4e5f6a7b8c9d2")
				.withControlValues(Map.of("subject", "Hi", "body", "Hello")))
			.build());
		Workflow synced = workflows.sync("welcome", SyncWorkflowRequest.of("6615a1b2c3d4e5f6a7b8c9ff"));
		workflows.delete("welcome");

		assertThat(synced.id()).isEqualTo("6615a1b2c3d4e5f6a7b8c9d0");
		assertThat(novu.requests()).extracting((r) -> r.getMethod().getName() + " " + r.getUrl())
			.containsExactly("GET /v2/workflows/welcome", "GET /v2/workflows/welcome?environmentId=env-prod",
					"PATCH /v2/workflows/welcome", "PUT /v2/workflows/welcome", "PUT /v2/workflows/welcome/sync",
					"DELETE /v2/workflows/welcome");
		assertThat(novu.requests().get(2).getBodyAsString()).isEqualTo("{\"active\":false}");
		assertThat(NovuJson.mapper().readTree(novu.requests().get(3).getBodyAsString())).isEqualTo(NovuJson.mapper()
			.readTree("{\"name\":\"Welcome\",\"origin\":\"novu-cloud\",\"steps\":[{\"_id\":\"6615a1b2c3d4e5f6a7b8c9d2\","
					+ "\"name\":\"Mail\",\"type\":\"email\",\"controlValues\":{\"subject\":\"Hi\",\"body\":\"Hello\"}}],"
					+ "\"preferences\":{}}"));
		assertThat(novu.requests().get(4).getBodyAsString())
			.isEqualTo("{\"targetEnvironmentId\":\"6615a1b2c3d4e5f6a7b8c9ff\"}");
	}

	@Test
	void aMissingWorkflowIsNotFoundWithNovusMessage() {
		// WIRE-FORMAT-CURRENT §E: built from an object, so no "error" member but the workflowId at top level.
		novu.stubFor(get("/v2/workflows/gone").willReturn(json(404, "{\"statusCode\":404,"
				+ "\"timestamp\":\"2026-04-01T10:00:00.000Z\",\"path\":\"/v2/workflows/gone\","
				+ "\"message\":\"Workflow cannot be found\",\"workflowId\":\"gone\",\"ctx\":{\"workflowId\":\"gone\"}}")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> client.v2().workflows().get("gone"))
			.satisfies((ex) -> {
				assertThat(ex.getNovuMessage()).isEqualTo("Workflow cannot be found");
				assertThat(ex.getError()).isNull();
				assertThat(ex.getRawBody()).contains("\"workflowId\":\"gone\"");
			});
	}

	@Test
	void stepsAreRetrievedAndPreviewed() {
		String preview = "{\"result\":{\"type\":\"in_app\",\"preview\":{\"body\":\"Hi Ada\"}},"
				+ "\"previewPayloadExample\":{\"subscriber\":{\"firstName\":\"Ada\"},\"payload\":{\"orderId\":42}},"
				+ "\"schema\":{\"type\":\"object\"},\"novuSignature\":\"t=1,v1=abc\"}";
		novu.stubFor(get("/v2/workflows/welcome/steps/welcome-note").willReturn(json(200, "{\"data\":" + STEP + "}")));
		novu.stubFor(post("/v2/workflows/welcome/step/welcome-note/preview")
			.willReturn(json(201, "{\"data\":" + RichJson.withUnknownFields(preview) + "}")));
		WorkflowSteps steps = novu.client().v2().workflows().steps();

		WorkflowStep step = steps.retrieve("welcome", "welcome-note");
		StepPreview rendered = steps.generatePreview("welcome", "welcome-note",
				GeneratePreviewRequest.withPayload(Map.of("orderId", 42)));

		RichJson.assertNoFieldLost(step, STEP);
		RichJson.assertNoFieldLost(rendered, preview);
		assertThat(novu.requests().get(1).getBodyAsString()).isEqualTo("{\"previewPayload\":{\"payload\":{\"orderId\":42}}}");
	}

	@Test
	void theRepairedDocumentStillRejectsAStepWithoutAName() {
		// NovuApiSpec reads the steps' oneOf as anyOf and fills in SLUG_IDENTIFIER_REGEX; validation still bites.
		var validator = NovuApiSpec.current().validator();
		String valid = "{\"workflowId\":\"welcome\",\"name\":\"W\",\"steps\":[{\"name\":\"S\",\"type\":\"in_app\","
				+ "\"controlValues\":{\"body\":\"Hi\"}}]}";
		String noStepName = "{\"workflowId\":\"welcome\",\"name\":\"W\",\"steps\":[{\"type\":\"in_app\"}]}";
		String badId = "{\"workflowId\":\"two words\",\"name\":\"W\",\"steps\":[]}";

		assertThat(validator.validateRequest(workflowPost(valid)).hasErrors()).isFalse();
		assertThat(validator.validateRequest(workflowPost(noStepName)).hasErrors()).isTrue();
		assertThat(validator.validateRequest(workflowPost(badId)).hasErrors()).isTrue();
	}

	private static com.atlassian.oai.validator.model.Request workflowPost(String body) {
		return com.atlassian.oai.validator.model.SimpleRequest.Builder.post("/v2/workflows")
			.withContentType("application/json")
			.withAuthorization("ApiKey " + MockNovu.API_KEY)
			.withBody(body)
			.build();
	}

	@Test
	void badRequestsFailBeforeAnythingIsSent() {
		assertThatIllegalArgumentException().isThrownBy(() -> CreateWorkflowRequest.builder("two words", "W").build())
			.withMessageContaining("workflowId must be letters and digits");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateWorkflowRequest.builder("-lead", "W").build());
		assertThatIllegalArgumentException().isThrownBy(() -> CreateWorkflowRequest.builder("ok", " ").build())
			.withMessageContaining("a workflow needs a name");
		assertThat(CreateWorkflowRequest.builder("order.shipped_v2-eu", "W").build().workflowId())
			.isEqualTo("order.shipped_v2-eu");
		assertThatIllegalArgumentException().isThrownBy(() -> StepRequest.of(StepType.EMAIL, "Mail").withStepId("a b"))
			.withMessageContaining("stepId must be");
		assertThatIllegalArgumentException().isThrownBy(() -> StepRequest.of(StepType.EMAIL, ""));
		assertThatNullPointerException().isThrownBy(() -> UpdateWorkflowRequest.builder("W", null).build());
		assertThatIllegalArgumentException().isThrownBy(() -> PatchWorkflowRequest.builder().build())
			.withMessageContaining("at least one field");
		assertThatIllegalArgumentException().isThrownBy(() -> ListWorkflowsRequest.builder().limit(0).build())
			.withMessageContaining("limit must be at least 1, was 0");
		assertThat(ListWorkflowsRequest.builder().limit(1000).build().limit()).as("no maximum").isEqualTo(1000);
		assertThatIllegalArgumentException().isThrownBy(() -> ListWorkflowsRequest.builder().offset(-1).build());
		assertThatIllegalArgumentException().isThrownBy(() -> SyncWorkflowRequest.of(" "));
		Workflows workflows = novu.client().v2().workflows();
		assertThatIllegalArgumentException().isThrownBy(() -> workflows.delete(" "))
			.withMessageContaining("workflowId must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> workflows.steps().retrieve("welcome", ".."))
			.withMessageContaining("leave its path segment");
		assertThatNullPointerException().isThrownBy(() -> workflows.create(null));
		assertThat(novu.requests()).isEmpty();
	}

}
