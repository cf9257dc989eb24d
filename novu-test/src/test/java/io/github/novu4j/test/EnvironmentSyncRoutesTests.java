package io.github.novu4j.test;

import java.util.List;
import java.util.Map;

import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.StepType;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.v2.activity.WebhookResult;
import io.github.novu4j.client.v2.environments.DiffEnvironmentRequest;
import io.github.novu4j.client.v2.environments.EnvironmentTag;
import io.github.novu4j.client.v2.environments.Environments;
import io.github.novu4j.client.v2.environments.PublishEnvironmentRequest;
import io.github.novu4j.client.v2.environments.SyncResourceType;
import io.github.novu4j.client.v2.workflows.CreateWorkflowRequest;
import io.github.novu4j.client.v2.workflows.PatchWorkflowRequest;
import io.github.novu4j.client.v2.workflows.StepRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Environment tags, diff and publish of the stored workflows, and inbound delivery webhooks. */
class EnvironmentSyncRoutesTests extends KitRoutesTestSupport {

	private static final String PRODUCTION = "6810c0ffee00000000000001";

	/**
	 * openapi-current.json types every resourceType of diff and publish with the layouts' REGULAR|ECHO|BRIDGE (two
	 * server enums share the name ResourceTypeEnum), while the server sends workflow|step|localization_group|layout,
	 * and its nullable {@code targetResource} (an allOf) refuses the null the server sends for an added resource.
	 * The server wins (WIRE-FORMAT-CURRENT, opening paragraph and §H).
	 */
	EnvironmentSyncRoutesTests() {
		this.wrongSchemas.add("POST /v2/environments/{targetEnvironmentId}/diff");
		this.wrongSchemas.add("POST /v2/environments/{targetEnvironmentId}/publish");
	}

	private Environments environments() {
		return this.client.v2().environments();
	}

	private String environmentId() {
		return this.client.environments().retrieve().id();
	}

	private void workflow(String id, String... tags) {
		this.client.v2().workflows().create(CreateWorkflowRequest.builder(id, id).tags(tags)
			.step(StepRequest.of(StepType.IN_APP, "Note")).build());
	}

	@Test
	void tagsAreThoseOfTheStoredWorkflows() {
		assertThat(environments().getTags(environmentId())).isEmpty();
		workflow("welcome", "onboarding");
		workflow("receipt", "billing", "onboarding");
		assertThat(environments().getTags(environmentId())).extracting(EnvironmentTag::name)
			.containsExactly("onboarding", "billing");
	}

	@Test
	void diffThenPublishThenDiffAgain() {
		workflow("welcome");
		workflow("receipt");
		var before = environments().diff(PRODUCTION, DiffEnvironmentRequest.none());
		assertThat(before.summary().hasChanges()).isTrue();
		assertThat(before.summary().totalChanges()).isEqualTo(2);

		var dryRun = environments().publish(PRODUCTION, PublishEnvironmentRequest.builder().dryRun(true).build());
		assertThat(dryRun.summary().successful()).isEqualTo(2);
		assertThat(environments().diff(PRODUCTION, DiffEnvironmentRequest.none()).summary().totalChanges()).isEqualTo(2);

		// openapi-current.json types resources[].resourceType with the layouts' REGULAR|ECHO|BRIDGE (two server enums
		// share the name ResourceTypeEnum); the server takes workflow|step|localization_group|layout. The server wins
		// (WIRE-FORMAT-CURRENT, opening paragraph and §H), so this request is not checked against the document.
		this.invalidRequests.add("/v2/environments/" + PRODUCTION + "/publish");
		var published = environments().publish(PRODUCTION, PublishEnvironmentRequest.builder()
			.resource(SyncResourceType.WORKFLOW, "welcome").build());
		assertThat(published.results().get(0).successful()).singleElement()
			.satisfies((r) -> assertThat(r).containsEntry("resourceId", "welcome").containsEntry("action", "created"));
		assertThat(environments().diff(PRODUCTION, DiffEnvironmentRequest.from(environmentId())).summary().totalChanges())
			.isEqualTo(1);

		environments().publish(PRODUCTION, PublishEnvironmentRequest.none());
		assertThat(environments().diff(PRODUCTION, DiffEnvironmentRequest.none()).summary().hasChanges()).isFalse();
		this.client.v2().workflows().patch("welcome", PatchWorkflowRequest.builder().name("Welcome!").build());
		var changed = environments().publish(PRODUCTION, PublishEnvironmentRequest.none());
		assertThat(changed.summary().successful()).isEqualTo(1);
		assertThat(changed.summary().skipped()).isEqualTo(1);
	}

	@Test
	void trackReportsOneResultPerProviderEvent() {
		// openapi-current.json's EventBody lists "delivered", "sent", ... twice in its status enum, which JSON
		// Schema forbids: the validator cannot load the answer's schema, so the answer is not checked against it.
		this.wrongSchemas.add("POST /v2/inbound-webhooks/delivery-providers/{environmentId}/{integrationId}");
		this.client.trigger(TriggerRequest.builder("w").toSubscriber("ada").payload(Map.of()).build());
		String messageId = (String) this.novu.messages("ada").get(0).get("_id");
		List<WebhookResult> results = this.client.v2().activity().track(environmentId(), "6790e0000000000000000002",
				Map.of("event", "delivered", "sg_message_id", "sg-1", "messageId", messageId));
		assertThat(results).singleElement().satisfies((r) -> {
			assertThat(r.id()).isEqualTo(messageId);
			assertThat(r.event().status()).isEqualTo("delivered");
			assertThat(r.event().externalId()).isEqualTo("sg-1");
		});
		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> this.client.v2().activity()
			.track("6790e0000000000000000009", "6790e0000000000000000002", Map.of("event", "open")));
	}

	@Test
	void publishingToItselfIs400() throws Exception {
		String self = environmentId();
		this.invalidRequests.add("/v2/environments/" + self + "/diff");
		Raw same = send("POST", "/v2/environments/" + self + "/diff", "{}");
		assertThat(same.status()).isEqualTo(400);
		assertThat(same.json().get("error").asString()).isEqualTo("Bad Request");
	}

}
