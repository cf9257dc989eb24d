package io.github.novu4j.client.workflowgroups;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@link WorkflowGroups#create(WorkflowGroupRequest)} and
 * {@link WorkflowGroups#update(String, WorkflowGroupRequest)}.
 *
 * @param name the group's name, not blank
 */
public record WorkflowGroupRequest(@JsonProperty("name") String name) {

	/**
	 * Checks the name.
	 * @param name the group's name, not blank
	 * @throws IllegalArgumentException if the name is blank
	 */
	public WorkflowGroupRequest {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A workflow group needs a name");
		}
	}

	/**
	 * @param name the group's name, not blank
	 * @return the request
	 */
	public static WorkflowGroupRequest of(String name) {
		return new WorkflowGroupRequest(name);
	}

}
