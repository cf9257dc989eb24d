package io.github.novu4j.test;

import io.github.novu4j.client.workflowgroups.WorkflowGroup;
import io.github.novu4j.client.workflowgroups.WorkflowGroupRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Workflow groups against the local Novu: stateful create, list, retrieve, update, delete. */
class WorkflowGroupRoutesTests extends RoutesTestSupport {

	@Test
	void createListRetrieveUpdateDelete() {
		WorkflowGroup orders = this.client.workflowGroups().create(WorkflowGroupRequest.of("Orders"));
		assertThat(orders.id()).hasSize(24);
		assertThat(orders.environmentId()).isEqualTo(this.client.environments().retrieve().id());
		// A taken name answers the existing group.
		assertThat(this.client.workflowGroups().create(WorkflowGroupRequest.of("Orders")).id()).isEqualTo(orders.id());
		this.client.workflowGroups().create(WorkflowGroupRequest.of("Billing"));
		assertThat(this.client.workflowGroups().list()).extracting(WorkflowGroup::name).containsExactly("Orders", "Billing");

		assertThat(this.client.workflowGroups().update(orders.id(), WorkflowGroupRequest.of("Shipping")).name())
			.isEqualTo("Shipping");
		assertThat(this.client.workflowGroups().retrieve(orders.id()).name()).isEqualTo("Shipping");

		assertThat(this.client.workflowGroups().delete(orders.id()).acknowledged()).isTrue();
		assertThat(this.client.workflowGroups().list()).extracting(WorkflowGroup::name).containsExactly("Billing");
	}

	@Test
	void unknownIdsAre404() {
		String id = "6761ab000000000000000009";
		fails(404, "Notification group with id " + id + " not found", () -> this.client.workflowGroups().retrieve(id));
		fails(404, "not found", () -> this.client.workflowGroups().update(id, WorkflowGroupRequest.of("x")));
		fails(404, "not found", () -> this.client.workflowGroups().delete(id));
	}

}
