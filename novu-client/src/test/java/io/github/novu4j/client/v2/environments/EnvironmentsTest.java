package io.github.novu4j.client.v2.environments;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuApiException;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.RichJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class EnvironmentsTest {

	static final String DEV = "6810c0ffee0000000000de01";

	static final String PROD = "6810c0ffee0000000000pr01";

	/** The shape of IEnvironmentDiffResult (apps/api/src/app/environments-v2/types/sync.types.ts). */
	static final String DIFF = "{\"sourceEnvironmentId\":\"" + DEV + "\",\"targetEnvironmentId\":\"" + PROD + "\","
			+ "\"resources\":[{\"resourceType\":\"workflow\","
			+ "\"sourceResource\":{\"id\":\"welcome-email\",\"name\":\"Welcome\",\"updatedBy\":{\"_id\":\"u1\",\"firstName\":\"Ada\","
			+ "\"lastName\":null,\"externalId\":\"ext-1\"},\"updatedAt\":\"2026-04-10T09:00:00.000Z\"},\"targetResource\":null,"
			+ "\"changes\":[{\"resourceType\":\"workflow\",\"action\":\"added\",\"diffs\":{\"previous\":null,\"new\":{\"name\":\"Welcome\"}}},"
			+ "{\"resourceType\":\"step\",\"action\":\"moved\",\"stepType\":\"email\",\"previousIndex\":0,\"newIndex\":1}],"
			+ "\"summary\":{\"added\":1,\"modified\":0,\"deleted\":0,\"unchanged\":0},"
			+ "\"dependencies\":[{\"resourceType\":\"layout\",\"resourceId\":\"brand\",\"resourceName\":\"Brand\","
			+ "\"isBlocking\":true,\"reason\":\"LAYOUT_REQUIRED_FOR_WORKFLOW\"}]}],"
			+ "\"summary\":{\"totalEntities\":1,\"totalChanges\":1,\"hasChanges\":true}}";

	static final String PUBLISH = "{\"results\":[{\"resourceType\":\"workflow\","
			+ "\"successful\":[{\"resourceType\":\"workflow\",\"resourceId\":\"welcome-email\",\"resourceName\":\"Welcome\",\"action\":\"created\"}],"
			+ "\"failed\":[{\"resourceType\":\"workflow\",\"resourceId\":\"broken\",\"resourceName\":\"Broken\",\"error\":\"Invalid step\",\"stack\":\"at x\"}],"
			+ "\"skipped\":[{\"resourceType\":\"workflow\",\"resourceId\":\"same\",\"resourceName\":\"Same\",\"reason\":\"No changes\"}],"
			+ "\"totalProcessed\":3}],\"summary\":{\"resources\":3,\"successful\":1,\"failed\":1,\"skipped\":1}}";

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void getTagsUnwrapsTheArrayOfNames() {
		String tags = "[{\"name\":\"onboarding\"},{\"name\":\"billing\"}]";
		novu.stubFor(get("/v2/environments/" + DEV + "/tags").willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(tags) + "}")));

		List<EnvironmentTag> result = novu.client().v2().environments().getTags(DEV);

		assertThat(result).extracting(EnvironmentTag::name).containsExactly("onboarding", "billing");
		RichJson.assertNoFieldLost(result, tags);
		assertThat(onlyRequest().getMethod().getName()).isEqualTo("GET");
	}

	@Test
	void diffPostsTheSourceAndReadsEveryMemberOfTheDiff() {
		novu.stubFor(post("/v2/environments/" + PROD + "/diff").willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(DIFF) + "}")));

		EnvironmentDiff diff = novu.client().v2().environments().diff(PROD, DiffEnvironmentRequest.from(DEV));

		assertThat(diff.summary().hasChanges()).isTrue();
		assertThat(diff.resources()).singleElement().satisfies((resource) -> {
			assertThat(resource.resourceType()).isEqualTo(SyncResourceType.WORKFLOW);
			assertThat(resource.changes()).extracting((change) -> change.get("action")).containsExactly("added", "moved");
			assertThat(resource.dependencies()).singleElement()
				.satisfies((dependency) -> assertThat(dependency).containsEntry("isBlocking", true));
		});
		RichJson.assertNoFieldLost(diff, DIFF);
		LoggedRequest request = onlyRequest();
		assertThat(request.getBodyAsString()).isEqualTo("{\"sourceEnvironmentId\":\"" + DEV + "\"}");
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
	}

	@Test
	void diffWithNoneSendsAnEmptyObject() {
		novu.stubFor(post("/v2/environments/" + PROD + "/diff").willReturn(json(200, "{\"data\":" + DIFF + "}")));

		novu.client().v2().environments().diff(PROD, DiffEnvironmentRequest.none());

		assertThat(onlyRequest().getBodyAsString()).isEqualTo("{}");
	}

	@Test
	void publishSendsTheServersResourceTypesAndReadsEveryOutcome() {
		// openapi-current.json types resources[].resourceType with the layouts' REGULAR|ECHO|BRIDGE (two
		// server enums share the name ResourceTypeEnum); the server takes workflow|step|localization_group|layout
		// (novuhq/novu apps/api/src/app/environments-v2/types/sync.types.ts @7c7b75d4). The server wins
		// (WIRE-FORMAT-CURRENT.md, opening paragraph and section H).
		novu.skipRequestValidationForThisTest("POST", "/v2/environments/" + PROD + "/publish");
		novu.stubFor(post("/v2/environments/" + PROD + "/publish").willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(PUBLISH) + "}")));

		PublishResult result = novu.client().v2().environments().publish(PROD, PublishEnvironmentRequest.builder()
			.sourceEnvironmentId(DEV)
			.dryRun(true)
			.resource(SyncResourceType.WORKFLOW, "welcome-email")
			.resource(SyncResourceType.LAYOUT, "brand")
			.build());

		assertThat(result.summary().failed()).isEqualTo(1);
		assertThat(result.results()).singleElement().satisfies((sync) -> {
			assertThat(sync.resourceType()).isEqualTo(SyncResourceType.WORKFLOW);
			assertThat(sync.failed()).singleElement().satisfies((failed) -> assertThat(failed).containsEntry("error", "Invalid step"));
			assertThat(sync.totalProcessed()).isEqualTo(3);
		});
		RichJson.assertNoFieldLost(result, PUBLISH);
		assertThat(NovuJson.mapper().readTree(onlyRequest().getBodyAsString()))
			.isEqualTo(NovuJson.mapper().readTree("{\"sourceEnvironmentId\":\"" + DEV + "\",\"dryRun\":true,\"resources\":["
					+ "{\"resourceType\":\"workflow\",\"resourceId\":\"welcome-email\"},"
					+ "{\"resourceType\":\"layout\",\"resourceId\":\"brand\"}]}"));
	}

	@Test
	void publishOfEverythingSendsAnEmptyObjectAndValidates() {
		novu.stubFor(post("/v2/environments/" + PROD + "/publish").willReturn(json(200, "{\"data\":" + PUBLISH + "}")));

		PublishResult result = novu.client().v2().environments().publish(PROD, PublishEnvironmentRequest.none());

		assertThat(result.results()).hasSize(1);
		assertThat(onlyRequest().getBodyAsString()).isEqualTo("{}");
	}

	@Test
	void aZodFailureIsA400WithItsErrorsKept() {
		novu.stubFor(post("/v2/environments/" + PROD + "/publish").willReturn(json(400, "{\"statusCode\":400,"
				+ "\"timestamp\":\"2026-04-10T09:00:00.000Z\",\"path\":\"/v2/environments/" + PROD + "/publish\","
				+ "\"message\":\"Zod Validation Failed\",\"errors\":[{\"message\":\"Invalid enum value\",\"path\":[\"resources\",0,\"resourceType\"]}]}")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuApiException.class)
			.isThrownBy(() -> client.v2().environments().publish(PROD, PublishEnvironmentRequest.none()))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getNovuMessage()).isEqualTo("Zod Validation Failed");
				assertThat(ex.getRawBody()).contains("Invalid enum value");
				assertThat(ex.getMessage()).contains("environments.publish");
			});
	}

	@Test
	void badInputFailsBeforeAnythingIsSent() {
		Environments environments = novu.client().v2().environments();

		assertThatIllegalArgumentException().isThrownBy(() -> environments.getTags(" "))
			.withMessageContaining("environmentId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> environments.diff("..", DiffEnvironmentRequest.none()))
			.withMessageContaining("leave its path segment");
		assertThatIllegalArgumentException().isThrownBy(() -> DiffEnvironmentRequest.from(""))
			.withMessageContaining("sourceEnvironmentId must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PublishEnvironmentRequest(null, null, List.of()))
			.withMessageContaining("resources must not be empty");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PublishEnvironmentRequest.builder().resource(SyncResourceType.WORKFLOW, " ").build())
			.withMessageContaining("resourceId must not be blank");
		assertThatNullPointerException().isThrownBy(() -> environments.publish(PROD, null));
		assertThatNullPointerException().isThrownBy(() -> environments.diff(PROD, null));
		assertThat(novu.requests()).isEmpty();
	}

	private static LoggedRequest onlyRequest() {
		assertThat(novu.requests()).hasSize(1);
		return novu.requests().get(0);
	}

}
