package io.github.novu4j.client.v2.environments;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Environment tags, diff and publish ({@code /v2/environments}). Obtained from {@code NovuClient}; thread-safe.
 */
public class Environments {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Environments(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

}
