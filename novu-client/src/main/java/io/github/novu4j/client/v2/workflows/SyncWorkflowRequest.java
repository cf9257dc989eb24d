package io.github.novu4j.client.v2.workflows;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.PathSegments;

/**
 * Where to copy a workflow to ({@code SyncWorkflowDto}).
 *
 * @param targetEnvironmentId the id of the environment that receives the workflow
 */
public record SyncWorkflowRequest(@JsonProperty("targetEnvironmentId") String targetEnvironmentId) {

	/**
	 * Checks the id.
	 * @param targetEnvironmentId the id of the target environment
	 * @throws IllegalArgumentException if it is blank
	 */
	public SyncWorkflowRequest {
		PathSegments.requireId(targetEnvironmentId, "targetEnvironmentId");
	}

	/**
	 * @param targetEnvironmentId the id of the target environment
	 * @return the request
	 */
	public static SyncWorkflowRequest of(String targetEnvironmentId) {
		return new SyncWorkflowRequest(targetEnvironmentId);
	}

}
