package io.github.novu4j.client.v2.workflows;

import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;

/**
 * The steps of v2 workflows. Obtained from {@code novu.v2().workflows().steps()}; thread-safe.
 *
 * <pre>{@code
 * WorkflowStep step = novu.v2().workflows().steps().retrieve("welcome", "welcome-note");
 * StepPreview preview = novu.v2().workflows().steps()
 *     .generatePreview("welcome", "welcome-note", GeneratePreviewRequest.withPayload(Map.of("orderId", 42)));
 * }</pre>
 *
 * Note Novu's paths: a preview is under {@code /step/}, a retrieve under {@code /steps/}.
 */
public class WorkflowSteps {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public WorkflowSteps(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Retrieves a step with its controls and variables ({@code GET /v2/workflows/{workflowId}/steps/{stepId}}).
	 * @param workflowId the workflow id, slug or database id
	 * @param stepId the step id, slug or database id
	 * @return the step
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such workflow or step
	 */
	public WorkflowStep retrieve(String workflowId, String stepId) {
		return retrieve(workflowId, stepId, RequestOptions.none());
	}

	/**
	 * Retrieves a step ({@code GET /v2/workflows/{workflowId}/steps/{stepId}}).
	 * @param workflowId the workflow id, slug or database id
	 * @param stepId the step id, slug or database id
	 * @param options per-call options
	 * @return the step
	 */
	public WorkflowStep retrieve(String workflowId, String stepId, RequestOptions options) {
		return this.transport.call(ApiCall.get("workflows.steps.retrieve", "/v2/workflows/{workflowId}/steps/{stepId}")
			.path("workflowId", workflowId)
			.path("stepId", stepId)
			.build(), WorkflowStep.class, options);
	}

	/**
	 * Renders a preview of a step ({@code POST /v2/workflows/{workflowId}/step/{stepId}/preview}; Novu
	 * answers 201).
	 * @param workflowId the workflow id, slug or database id
	 * @param stepId the step id, slug or database id
	 * @param request control values and payload to render with
	 * @return the rendered preview
	 */
	public StepPreview generatePreview(String workflowId, String stepId, GeneratePreviewRequest request) {
		return generatePreview(workflowId, stepId, request, RequestOptions.none());
	}

	/**
	 * Renders a preview of a step ({@code POST /v2/workflows/{workflowId}/step/{stepId}/preview}).
	 * @param workflowId the workflow id, slug or database id
	 * @param stepId the step id, slug or database id
	 * @param request control values and payload to render with
	 * @param options per-call options
	 * @return the rendered preview
	 */
	public StepPreview generatePreview(String workflowId, String stepId, GeneratePreviewRequest request,
			RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(
				ApiCall.post("workflows.steps.generatePreview", "/v2/workflows/{workflowId}/step/{stepId}/preview")
					.path("workflowId", workflowId)
					.path("stepId", stepId)
					.body(request)
					.build(),
				StepPreview.class, options);
	}

}
