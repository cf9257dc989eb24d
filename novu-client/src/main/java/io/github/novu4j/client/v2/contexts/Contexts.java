package io.github.novu4j.client.v2.contexts;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Contexts ({@code /v2/contexts}): typed entities a trigger can carry. Obtained from {@code NovuClient}; thread-safe.
 */
public class Contexts {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Contexts(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

}
