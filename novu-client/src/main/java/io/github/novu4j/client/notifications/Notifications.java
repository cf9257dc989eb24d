package io.github.novu4j.client.notifications;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Notifications (activity): list, retrieve, and statistics. Obtained from {@code NovuClient}; thread-safe.
 */
public class Notifications {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Notifications(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

}
