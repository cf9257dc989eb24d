package io.github.novu4j.client.v2.workflows;

import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import org.jspecify.annotations.Nullable;

/**
 * Workflows of the v2 API ({@code /v2/workflows}) and their steps: the dashboard's workflows. Obtained
 * from {@code novu.v2().workflows()}; thread-safe.
 *
 * <pre>{@code
 * Workflow created = novu.v2().workflows().create(CreateWorkflowRequest.builder("welcome", "Welcome")
 *     .step(StepRequest.of(StepType.IN_APP, "Welcome note").withControlValues(Map.of("body", "Hi!")))
 *     .build());
 * String id = created.workflowId();   // may differ from "welcome": use this one
 * novu.v2().workflows().patch(id, PatchWorkflowRequest.active(true));
 * }</pre>
 *
 * Wherever a workflow is addressed, Novu accepts its workflow id, its slug or its database id.
 */
public class Workflows {

	private final NovuTransport transport;

	private final WorkflowSteps steps;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Workflows(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
		this.steps = new WorkflowSteps(transport);
	}

	/** @return the steps of workflows: retrieve one, render a preview */
	public WorkflowSteps steps() {
		return this.steps;
	}

	/**
	 * Lists workflows, one offset page ({@code GET /v2/workflows}). For the next page, call again with
	 * {@link ListWorkflowsRequest#next(WorkflowList)}.
	 * @param request limit, offset, order and filters
	 * @return the page and the total count
	 */
	public WorkflowList list(ListWorkflowsRequest request) {
		return list(request, RequestOptions.none());
	}

	/**
	 * Lists workflows, one offset page ({@code GET /v2/workflows}).
	 * @param request limit, offset, order and filters
	 * @param options per-call options
	 * @return the page and the total count
	 */
	public WorkflowList list(ListWorkflowsRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.get("workflows.list", "/v2/workflows")
			.query("limit", request.limit())
			.query("offset", request.offset())
			.query("orderBy", request.orderBy())
			.query("orderDirection", request.orderDirection())
			.query("query", request.query())
			.query("tags", request.tags())
			.query("status", request.status())
			.build(), WorkflowList.class, options);
	}

	/**
	 * Creates a workflow ({@code POST /v2/workflows}; Novu answers 201).
	 * <p><strong>Use the returned {@link Workflow#workflowId()}.</strong> Novu never answers 409 here: when
	 * the requested workflow id is taken, it silently creates the workflow under another id
	 * ({@code <id>-<shortId>}), so the id you asked for may name a different, older workflow.
	 * @param request the workflow
	 * @return the workflow as created, with the id Novu assigned
	 */
	public Workflow create(CreateWorkflowRequest request) {
		return create(request, RequestOptions.none());
	}

	/**
	 * Creates a workflow ({@code POST /v2/workflows}). Never a 409: a taken workflow id is silently
	 * replaced by another one, so use the returned {@link Workflow#workflowId()}.
	 * @param request the workflow
	 * @param options per-call options
	 * @return the workflow as created, with the id Novu assigned
	 */
	public Workflow create(CreateWorkflowRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("workflows.create", "/v2/workflows").body(request).build(),
				Workflow.class, options);
	}

	/**
	 * Retrieves a workflow with its steps ({@code GET /v2/workflows/{workflowId}}).
	 * @param workflowId the workflow id, slug or database id
	 * @return the workflow
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such workflow
	 */
	public Workflow get(String workflowId) {
		return get(workflowId, null, RequestOptions.none());
	}

	/**
	 * Retrieves a workflow with its steps ({@code GET /v2/workflows/{workflowId}}).
	 * @param workflowId the workflow id, slug or database id
	 * @param environmentId the environment to read it from, or {@code null} for the API key's
	 * @param options per-call options
	 * @return the workflow
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such workflow
	 */
	public Workflow get(String workflowId, @Nullable String environmentId, RequestOptions options) {
		return this.transport.call(ApiCall.get("workflows.get", "/v2/workflows/{workflowId}")
			.path("workflowId", workflowId)
			.query("environmentId", environmentId)
			.build(), Workflow.class, options);
	}

	/**
	 * Replaces a workflow's definition ({@code PUT /v2/workflows/{workflowId}}).
	 * @param workflowId the workflow id, slug or database id
	 * @param request the whole new definition
	 * @return the workflow
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such workflow
	 */
	public Workflow update(String workflowId, UpdateWorkflowRequest request) {
		return update(workflowId, request, RequestOptions.none());
	}

	/**
	 * Replaces a workflow's definition ({@code PUT /v2/workflows/{workflowId}}).
	 * @param workflowId the workflow id, slug or database id
	 * @param request the whole new definition
	 * @param options per-call options
	 * @return the workflow
	 */
	public Workflow update(String workflowId, UpdateWorkflowRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.put("workflows.update", "/v2/workflows/{workflowId}")
			.path("workflowId", workflowId)
			.body(request)
			.build(), Workflow.class, options);
	}

	/**
	 * Changes a few fields of a workflow ({@code PATCH /v2/workflows/{workflowId}}).
	 * @param workflowId the workflow id, slug or database id
	 * @param request the fields to change
	 * @return the workflow
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such workflow
	 */
	public Workflow patch(String workflowId, PatchWorkflowRequest request) {
		return patch(workflowId, request, RequestOptions.none());
	}

	/**
	 * Changes a few fields of a workflow ({@code PATCH /v2/workflows/{workflowId}}).
	 * @param workflowId the workflow id, slug or database id
	 * @param request the fields to change
	 * @param options per-call options
	 * @return the workflow
	 */
	public Workflow patch(String workflowId, PatchWorkflowRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.patch("workflows.patch", "/v2/workflows/{workflowId}")
			.path("workflowId", workflowId)
			.body(request)
			.build(), Workflow.class, options);
	}

	/**
	 * Deletes a workflow ({@code DELETE /v2/workflows/{workflowId}}; Novu answers 204).
	 * @param workflowId the workflow id, slug or database id
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such workflow
	 */
	public void delete(String workflowId) {
		delete(workflowId, RequestOptions.none());
	}

	/**
	 * Deletes a workflow ({@code DELETE /v2/workflows/{workflowId}}; Novu answers 204).
	 * @param workflowId the workflow id, slug or database id
	 * @param options per-call options
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such workflow
	 */
	public void delete(String workflowId, RequestOptions options) {
		this.transport.callNoContent(
				ApiCall.delete("workflows.delete", "/v2/workflows/{workflowId}").path("workflowId", workflowId).build(),
				options);
	}

	/**
	 * Copies a workflow to another environment ({@code PUT /v2/workflows/{workflowId}/sync}).
	 * @param workflowId the workflow id, slug or database id
	 * @param request the target environment
	 * @return the workflow in the target environment
	 */
	public Workflow sync(String workflowId, SyncWorkflowRequest request) {
		return sync(workflowId, request, RequestOptions.none());
	}

	/**
	 * Copies a workflow to another environment ({@code PUT /v2/workflows/{workflowId}/sync}).
	 * @param workflowId the workflow id, slug or database id
	 * @param request the target environment
	 * @param options per-call options
	 * @return the workflow in the target environment
	 */
	public Workflow sync(String workflowId, SyncWorkflowRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.put("workflows.sync", "/v2/workflows/{workflowId}/sync")
			.path("workflowId", workflowId)
			.body(request)
			.build(), Workflow.class, options);
	}

	static String requireName(@Nullable String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a workflow needs a name");
		}
		return name;
	}

}
