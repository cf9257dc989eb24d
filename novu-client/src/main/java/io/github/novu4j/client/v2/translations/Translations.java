package io.github.novu4j.client.v2.translations;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Translations ({@code /v2/translations}). Obtained from {@code NovuClient}; thread-safe.
 */
public class Translations {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Translations(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

}
