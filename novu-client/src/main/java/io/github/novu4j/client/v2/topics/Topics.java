package io.github.novu4j.client.v2.topics;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Topics of the v2 API ({@code /v2/topics}) and their subscriptions. Obtained from {@code NovuClient}; thread-safe.
 */
public class Topics {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Topics(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

}
