package io.github.novu4j.client.messages;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Messages: list, delete, delete by transaction id. Obtained from {@code NovuClient}; thread-safe.
 */
public class Messages {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Messages(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

}
