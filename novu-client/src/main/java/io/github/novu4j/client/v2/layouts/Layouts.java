package io.github.novu4j.client.v2.layouts;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Email layouts ({@code /v2/layouts}). Obtained from {@code NovuClient}; thread-safe.
 */
public class Layouts {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Layouts(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

}
