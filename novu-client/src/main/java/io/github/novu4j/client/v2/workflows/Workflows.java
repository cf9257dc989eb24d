package io.github.novu4j.client.v2.workflows;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Workflows of the v2 API ({@code /v2/workflows}) and their steps. Obtained from {@code NovuClient}; thread-safe.
 */
public class Workflows {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Workflows(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

}
