package io.github.novu4j.test;

import java.util.Map;

import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.NovuValidationException;
import io.github.novu4j.client.OrderDirection;
import io.github.novu4j.client.StepType;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.v2.workflows.CreateWorkflowRequest;
import io.github.novu4j.client.v2.workflows.GeneratePreviewRequest;
import io.github.novu4j.client.v2.workflows.ListWorkflowsRequest;
import io.github.novu4j.client.v2.workflows.PatchWorkflowRequest;
import io.github.novu4j.client.v2.workflows.ResourceOrigin;
import io.github.novu4j.client.v2.workflows.StepRequest;
import io.github.novu4j.client.v2.workflows.SyncWorkflowRequest;
import io.github.novu4j.client.v2.workflows.UpdateWorkflowRequest;
import io.github.novu4j.client.v2.workflows.Workflow;
import io.github.novu4j.client.v2.workflows.WorkflowSortField;
import io.github.novu4j.client.v2.workflows.WorkflowStatus;
import io.github.novu4j.client.v2.workflows.WorkflowSummary;
import io.github.novu4j.client.v2.workflows.Workflows;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Workflows v2 of the local Novu: stored, listed by offset, and shaping the messages of their triggers. */
class WorkflowRoutesTests extends KitRoutesTestSupport {

	private Workflows workflows() {
		return this.client.v2().workflows();
	}

	private Workflow welcome() {
		return workflows().create(CreateWorkflowRequest.builder("welcome", "Welcome")
			.description("First contact")
			.tags("onboarding")
			.active(true)
			.step(StepRequest.of(StepType.IN_APP, "Welcome note")
				.withControlValues(Map.of("body", "Hi {{subscriber.firstName}}, you ordered {{payload.item}}")))
			.step(StepRequest.of(StepType.EMAIL, "Welcome mail").withStepId("mail")
				.withControlValues(Map.of("subject", "Welcome", "body", "Hello")))
			.build());
	}

	@Test
	void createGetPatchUpdateDelete() {
		Workflow created = welcome();
		assertThat(created.workflowId()).isEqualTo("welcome");
		assertThat(created.status()).isEqualTo(WorkflowStatus.ACTIVE);
		assertThat(created.steps()).extracting((s) -> s.stepId()).containsExactly("welcome-note", "mail");
		assertThat(created.steps().get(0).workflowDatabaseId()).isEqualTo(created.id());

		// WIRE-FORMAT-CURRENT §E: never 409, the id gets a suffix.
		Workflow again = workflows().create(CreateWorkflowRequest.builder("welcome", "Welcome again")
			.step(StepRequest.of(StepType.SMS, "Text"))
			.build());
		assertThat(again.workflowId()).startsWith("welcome-").isNotEqualTo("welcome");
		assertThat(again.status()).isEqualTo(WorkflowStatus.INACTIVE);

		assertThat(workflows().get("welcome").name()).isEqualTo("Welcome");
		assertThat(workflows().get(created.slug()).id()).isEqualTo(created.id());
		assertThat(workflows().get(created.id()).workflowId()).isEqualTo("welcome");

		Workflow patched = workflows().patch("welcome", PatchWorkflowRequest.active(false));
		assertThat(patched.active()).isFalse();
		assertThat(patched.status()).isEqualTo(WorkflowStatus.INACTIVE);
		assertThat(patched.name()).isEqualTo("Welcome");

		String mailId = created.steps().get(1).id();
		Workflow updated = workflows().update("welcome", UpdateWorkflowRequest.builder("Welcome v2", ResourceOrigin.NOVU_CLOUD)
			.step(StepRequest.of(StepType.EMAIL, "Welcome mail").withId(mailId).withStepId("mail"))
			.build());
		assertThat(updated.name()).isEqualTo("Welcome v2");
		assertThat(updated.steps()).singleElement().satisfies((s) -> assertThat(s.id()).isEqualTo(mailId));

		workflows().delete("welcome");
		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> workflows().get("welcome"))
			.withMessageContaining("Workflow cannot be found");
		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> workflows().delete("welcome"));
	}

	@Test
	void listPagesByOffsetWithFilters() {
		welcome();
		workflows().create(CreateWorkflowRequest.builder("receipt", "Receipt").tags("billing").step(
				StepRequest.of(StepType.EMAIL, "Mail")).build());
		workflows().create(CreateWorkflowRequest.builder("alert", "Alert").active(true).step(
				StepRequest.of(StepType.PUSH, "Push")).build());

		var page = workflows().list(ListWorkflowsRequest.builder().limit(2).build());
		assertThat(page.totalCount()).isEqualTo(3);
		assertThat(page.workflows()).extracting(WorkflowSummary::workflowId).containsExactly("alert", "receipt");
		assertThat(page.workflows().get(0).stepTypeOverviews()).containsExactly(StepType.PUSH);
		assertThat(workflows().list(ListWorkflowsRequest.builder().limit(2).offset(2).build()).workflows())
			.extracting(WorkflowSummary::workflowId).containsExactly("welcome");
		assertThat(workflows().list(ListWorkflowsRequest.builder()
			.orderBy(WorkflowSortField.NAME, OrderDirection.ASC).build()).workflows())
			.extracting(WorkflowSummary::name).containsExactly("Alert", "Receipt", "Welcome");
		assertThat(workflows().list(ListWorkflowsRequest.builder().tags("billing").build()).workflows())
			.extracting(WorkflowSummary::workflowId).containsExactly("receipt");
		assertThat(workflows().list(ListWorkflowsRequest.builder().status(WorkflowStatus.ACTIVE).query("el").build())
			.workflows()).extracting(WorkflowSummary::workflowId).containsExactly("welcome");
	}

	@Test
	void stepsPreviewSyncAndMessages() {
		Workflow created = welcome();
		var step = workflows().steps().retrieve("welcome", "welcome-note");
		assertThat(step.type()).isEqualTo(StepType.IN_APP);
		assertThat(step.controlValues()).containsKey("body");
		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> workflows().steps().retrieve("welcome", "nope"));

		var preview = workflows().steps().generatePreview("welcome", "welcome-note",
				GeneratePreviewRequest.withPayload(Map.of("item", "tea")));
		assertThat(preview.result()).containsEntry("type", "in_app");
		assertThat(preview.result().get("preview")).isEqualTo(Map.of("body", "Hi John, you ordered tea"));

		Workflow synced = workflows().sync("welcome", SyncWorkflowRequest.of("6615a1b2c3d4e5f6a7b8c9ff"));
		assertThat(synced.workflowId()).isEqualTo("welcome");
		assertThat(synced.id()).isNotEqualTo(created.id());

		// A trigger of a stored workflow renders its in-app step; others keep the plain message.
		this.client.subscribers().create(io.github.novu4j.client.subscribers.CreateSubscriberRequest.builder("ada")
			.firstName("Ada").build());
		this.client.trigger(TriggerRequest.builder("welcome").toSubscriber("ada").payload(Map.of("item", "tea")).build());
		this.client.trigger(TriggerRequest.builder("unknown").toSubscriber("ada").payload(Map.of()).build());
		assertThat(this.novu.messages("ada")).extracting((m) -> m.get("content"))
			.containsExactly("Hi Ada, you ordered tea", "unknown");
		assertThat(workflows().get("welcome").lastTriggeredAt()).isNotNull();
	}

	@Test
	void invalidRequestsGetNovusErrors() throws Exception {
		this.invalidRequests.add("/v2/workflows");
		Raw missing = send("POST", "/v2/workflows", "{\"workflowId\":\"x\",\"steps\":[]}");
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.json().get("errors").get("general").get("messages").get(0).asString())
			.isEqualTo("name should not be empty");
		Raw unknown = get("/v2/workflows/nope");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("workflowId").asString()).isEqualTo("nope");
		assertThat(unknown.json().has("error")).isFalse();
		welcome();
		this.invalidRequests.add("/v2/workflows/welcome/sync");
		Raw sync = send("PUT", "/v2/workflows/welcome/sync", "{}");
		assertThat(sync.status()).isEqualTo(422);
		assertThat(sync.json().get("errors").get("general").get("messages").get(0).asString())
			.isEqualTo("targetEnvironmentId should not be empty");
		assertThatExceptionOfType(NovuValidationException.class).isThrownBy(() -> workflows().create(
				CreateWorkflowRequest.builder("bad", "Bad").step(StepRequest.of(StepType.of("fax"), "Fax")).build()));
	}

}
