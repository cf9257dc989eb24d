package io.github.novu4j.client.workflowgroups;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.AcknowledgedResult;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.RichJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkflowGroupsTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	static final String RICH_GROUP = """
			{"_id":"6761a0000000000000000001","name":"Billing","_environmentId":"6761e0000000000000000002",
			 "_organizationId":"6761d0000000000000000001","_parentId":"6761a0000000000000000000",
			 "createdAt":"2024-12-13T10:00:00.000Z","updatedAt":"2024-12-13T11:00:00.000Z"}
			""";

	@Test
	void createPostsTheNameAndReadsTheCreatedGroup() {
		novu.stubFor(post("/v1/notification-groups").willReturn(json(201,
				"{\"data\":{\"_id\":\"g1\",\"name\":\"Billing\",\"_environmentId\":\"e1\",\"_organizationId\":\"o1\","
						+ "\"createdAt\":\"2024-12-13T10:00:00.000Z\",\"updatedAt\":\"2024-12-13T10:00:00.000Z\",\"__v\":0}}")));

		WorkflowGroup group = novu.client()
			.workflowGroups()
			.create(WorkflowGroupRequest.of("Billing"), RequestOptions.builder().idempotencyKey("group-billing").build());

		assertThat(group.id()).isEqualTo("g1");
		assertThat(group.name()).isEqualTo("Billing");
		assertThat(group.parentId()).isNull();
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("POST");
		assertThat(request.getUrl()).isEqualTo("/v1/notification-groups");
		assertThat(request.getBodyAsString()).isEqualTo("{\"name\":\"Billing\"}");
		assertThat(request.getHeader("Idempotency-Key")).isEqualTo("group-billing");
	}

	@Test
	void listUnwrapsTheArray() {
		novu.stubFor(get("/v1/notification-groups").willReturn(json(200,
				"{\"data\":[{\"_id\":\"g0\",\"name\":\"General\",\"_environmentId\":\"e1\",\"_organizationId\":\"o1\"},"
						+ "{\"_id\":\"g1\",\"name\":\"Billing\",\"_environmentId\":\"e1\",\"_organizationId\":\"o1\"}]}")));

		List<WorkflowGroup> groups = novu.client().workflowGroups().list();

		assertThat(groups).extracting(WorkflowGroup::name).containsExactly("General", "Billing");
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("GET");
		assertThat(request.getUrl()).isEqualTo("/v1/notification-groups");
	}

	@Test
	void retrieveReadsARichGroupWithNoFieldLost() {
		novu.stubFor(get("/v1/notification-groups/6761a0000000000000000001")
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(RICH_GROUP) + "}")));

		WorkflowGroup group = novu.client().workflowGroups().retrieve("6761a0000000000000000001");

		RichJson.assertNoFieldLost(group, RICH_GROUP);
		assertThat(group.parentId()).isEqualTo("6761a0000000000000000000");
		assertThat(novu.requests().get(0).getMethod().getName()).isEqualTo("GET");
	}

	@Test
	void updatePatchesTheName() {
		novu.stubFor(patch("/v1/notification-groups/g1").willReturn(json(200,
				"{\"data\":{\"_id\":\"g1\",\"name\":\"Billing and invoices\",\"_environmentId\":\"e1\",\"_organizationId\":\"o1\"}}")));

		WorkflowGroup group = novu.client().workflowGroups().update("g1", WorkflowGroupRequest.of("Billing and invoices"));

		assertThat(group.name()).isEqualTo("Billing and invoices");
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("PATCH");
		assertThat(request.getUrl()).isEqualTo("/v1/notification-groups/g1");
		assertThat(request.getBodyAsString()).isEqualTo("{\"name\":\"Billing and invoices\"}");
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
	}

	@Test
	void deleteReturnsNovusAcknowledgement() {
		novu.stubFor(delete("/v1/notification-groups/g%2F1")
			.willReturn(json(200, "{\"data\":{\"acknowledged\":true,\"status\":\"deleted\"}}")));

		AcknowledgedResult result = novu.client().workflowGroups().delete("g/1");

		assertThat(result).isEqualTo(new AcknowledgedResult(true, "deleted", null));
		assertThat(result.isDeleted()).isTrue();
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("DELETE");
		assertThat(request.getUrl()).isEqualTo("/v1/notification-groups/g%2F1");
	}

	@Test
	void blankNamesAndIdsAreRejectedBeforeSending() {
		NovuClient client = novu.client();
		WorkflowGroups groups = client.workflowGroups();

		assertThatIllegalArgumentException().isThrownBy(() -> WorkflowGroupRequest.of(" "))
			.withMessage("A workflow group needs a name");
		assertThatIllegalArgumentException().isThrownBy(() -> groups.retrieve(""))
			.withMessageContaining("id must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> groups.update("..", WorkflowGroupRequest.of("x")))
			.withMessageContaining("leave its path segment");
		assertThatIllegalArgumentException().isThrownBy(() -> groups.delete(null))
			.withMessageContaining("id must not be null");
		assertThat(novu.requests()).isEmpty();
	}

}
