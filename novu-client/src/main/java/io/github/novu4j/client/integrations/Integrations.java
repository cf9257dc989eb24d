package io.github.novu4j.client.integrations;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Provider integrations: create, list, update, delete, set as primary, and webhooks. Obtained from {@code NovuClient}; thread-safe.
 */
public class Integrations {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Integrations(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

}
