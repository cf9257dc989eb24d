package io.github.novu4j.client.workflowgroups;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Workflow groups: create, list, retrieve, update, delete. Obtained from {@code NovuClient}; thread-safe.
 */
public class WorkflowGroups {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public WorkflowGroups(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

}
