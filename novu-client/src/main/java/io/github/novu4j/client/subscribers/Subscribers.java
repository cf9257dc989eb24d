package io.github.novu4j.client.subscribers;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Subscribers: create, list, retrieve, update, delete, bulk create, and their sub-resources. Obtained from {@code NovuClient}; thread-safe.
 */
public class Subscribers {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Subscribers(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

}
