package io.github.novu4j.client.executiondetails;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Execution details of a notification. Obtained from {@code NovuClient}; thread-safe.
 */
public class ExecutionDetails {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public ExecutionDetails(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

}
