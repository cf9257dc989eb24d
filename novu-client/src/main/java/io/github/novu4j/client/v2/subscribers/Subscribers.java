package io.github.novu4j.client.v2.subscribers;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Subscribers of the v2 API ({@code /v2/subscribers}): search, create, patch, their Inbox notifications, preferences and topic subscriptions. Obtained from {@code NovuClient}; thread-safe.
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
