package io.github.novu4j.client.domains;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Inbound e-mail domains, their auto-configuration and routes ({@code /v1/domains}). Obtained from {@code NovuClient}; thread-safe.
 */
public class Domains {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Domains(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

}
