package io.github.novu4j.client.agents;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Agents and their integrations ({@code /v1/agents}). Obtained from {@code NovuClient}; thread-safe.
 */
public class Agents {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Agents(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

}
