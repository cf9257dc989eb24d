package io.github.novu4j.test;

import java.util.Map;

import io.github.novu4j.client.StepType;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.v2.contexts.CreateContextRequest;
import io.github.novu4j.client.v2.contexts.ListContextsRequest;
import io.github.novu4j.client.v2.environments.DiffEnvironmentRequest;
import io.github.novu4j.client.v2.environments.PublishEnvironmentRequest;
import io.github.novu4j.client.v2.layouts.CreateLayoutRequest;
import io.github.novu4j.client.v2.translations.CreateTranslationRequest;
import io.github.novu4j.client.v2.translations.TranslationResourceType;
import io.github.novu4j.client.v2.workflows.CreateWorkflowRequest;
import io.github.novu4j.client.v2.workflows.ListWorkflowsRequest;
import io.github.novu4j.client.v2.workflows.StepRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link LocalNovu#reset()} forgets what the newer areas store too. */
class ResetTests extends KitRoutesTestSupport {

	@Test
	void resetForgetsWorkflowsLayoutsContextsTranslationsAndPublishedState() {
		this.wrongSchemas.add("POST /v2/environments/{targetEnvironmentId}/diff");
		this.wrongSchemas.add("POST /v2/environments/{targetEnvironmentId}/publish");
		var v2 = this.client.v2();
		v2.workflows().create(CreateWorkflowRequest.builder("w", "W").step(StepRequest.of(StepType.IN_APP, "N")).build());
		v2.layouts().create(CreateLayoutRequest.of("l", "L"));
		v2.contexts().create(CreateContextRequest.of("tenant", "t"));
		v2.translations().create(CreateTranslationRequest.of(TranslationResourceType.WORKFLOW, "w", "fr_FR", Map.of("a", "b")));
		String target = "6810c0ffee00000000000001";
		v2.environments().publish(target, PublishEnvironmentRequest.none());
		this.client.trigger(TriggerRequest.builder("w").toSubscriber("ada").payload(Map.of()).build());

		this.novu.reset();

		assertThat(v2.workflows().list(ListWorkflowsRequest.none()).totalCount()).isZero();
		assertThat(v2.layouts().list().totalCount()).isZero();
		assertThat(v2.contexts().list(ListContextsRequest.none()).stream()).isEmpty();
		assertThat(v2.translations().master().retrieve("fr_FR").workflows()).isEmpty();
		assertThat(this.client.messages().retrieve().stream()).isEmpty();
		assertThat(this.client.notifications().list().stream()).isEmpty();
		// Nothing was published to the target any more: a new workflow is "added" again.
		v2.workflows().create(CreateWorkflowRequest.builder("w", "W").step(StepRequest.of(StepType.IN_APP, "N")).build());
		assertThat(v2.environments().diff(target, DiffEnvironmentRequest.none()).resources()).singleElement()
			.satisfies((r) -> assertThat(r.summary()).containsEntry("added", 1));
	}

}
