package io.github.novu4j.client.environmentvariables;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Environment variables ({@code /v1/environment-variables}). Obtained from {@code NovuClient}; thread-safe.
 */
public class EnvironmentVariables {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public EnvironmentVariables(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

}
