package io.github.novu4j.client.workflowgroups;

import java.util.List;
import java.util.Objects;

import io.github.novu4j.client.AcknowledgedResult;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import tools.jackson.core.type.TypeReference;

/**
 * Workflow groups: create, list, retrieve, update, delete ({@code novu.workflowGroups()}; Novu's
 * {@code /v1/notification-groups}). Obtained from {@code NovuClient}; thread-safe.
 *
 * <pre>{@code
 * WorkflowGroup group = novu.workflowGroups().create(WorkflowGroupRequest.of("Billing"));
 * novu.workflowGroups().update(group.id(), WorkflowGroupRequest.of("Billing and invoices"));
 * }</pre>
 */
public class WorkflowGroups {

	private static final TypeReference<List<WorkflowGroup>> GROUPS = new TypeReference<>() {
	};

	private static final String GROUP_PATH = "/v1/notification-groups/{id}";

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public WorkflowGroups(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Creates a workflow group ({@code POST /v1/notification-groups}).
	 * @param request the group's name
	 * @return the group
	 */
	public WorkflowGroup create(WorkflowGroupRequest request) {
		return create(request, RequestOptions.none());
	}

	/**
	 * Creates a workflow group ({@code POST /v1/notification-groups}).
	 * @param request the group's name
	 * @param options per-call options
	 * @return the group
	 */
	public WorkflowGroup create(WorkflowGroupRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(
				ApiCall.post("workflowGroups.create", "/v1/notification-groups").body(request).build(),
				WorkflowGroup.class, options);
	}

	/**
	 * Lists the environment's workflow groups ({@code GET /v1/notification-groups}; not paginated).
	 * @return the groups
	 */
	public List<WorkflowGroup> list() {
		return list(RequestOptions.none());
	}

	/**
	 * Lists the environment's workflow groups ({@code GET /v1/notification-groups}; not paginated).
	 * @param options per-call options
	 * @return the groups
	 */
	public List<WorkflowGroup> list(RequestOptions options) {
		return this.transport.call(ApiCall.get("workflowGroups.list", "/v1/notification-groups").build(), GROUPS,
				options);
	}

	/**
	 * A workflow group ({@code GET /v1/notification-groups/{id}}).
	 * @param id the group's id
	 * @return the group
	 */
	public WorkflowGroup retrieve(String id) {
		return retrieve(id, RequestOptions.none());
	}

	/**
	 * A workflow group ({@code GET /v1/notification-groups/{id}}).
	 * @param id the group's id
	 * @param options per-call options
	 * @return the group
	 */
	public WorkflowGroup retrieve(String id, RequestOptions options) {
		return this.transport.call(ApiCall.get("workflowGroups.retrieve", GROUP_PATH).path("id", id).build(),
				WorkflowGroup.class, options);
	}

	/**
	 * Renames a workflow group ({@code PATCH /v1/notification-groups/{id}}).
	 * @param id the group's id
	 * @param request the new name
	 * @return the group
	 */
	public WorkflowGroup update(String id, WorkflowGroupRequest request) {
		return update(id, request, RequestOptions.none());
	}

	/**
	 * Renames a workflow group ({@code PATCH /v1/notification-groups/{id}}).
	 * @param id the group's id
	 * @param request the new name
	 * @param options per-call options
	 * @return the group
	 */
	public WorkflowGroup update(String id, WorkflowGroupRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(
				ApiCall.patch("workflowGroups.update", GROUP_PATH).path("id", id).body(request).build(),
				WorkflowGroup.class, options);
	}

	/**
	 * Deletes a workflow group ({@code DELETE /v1/notification-groups/{id}}).
	 * @param id the group's id
	 * @return Novu's acknowledgement
	 */
	public AcknowledgedResult delete(String id) {
		return delete(id, RequestOptions.none());
	}

	/**
	 * Deletes a workflow group ({@code DELETE /v1/notification-groups/{id}}).
	 * @param id the group's id
	 * @param options per-call options
	 * @return Novu's acknowledgement
	 */
	public AcknowledgedResult delete(String id, RequestOptions options) {
		return this.transport.call(ApiCall.delete("workflowGroups.delete", GROUP_PATH).path("id", id).build(),
				AcknowledgedResult.class, options);
	}

}
