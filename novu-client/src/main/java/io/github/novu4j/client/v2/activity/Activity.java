package io.github.novu4j.client.v2.activity;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Activity tracking of delivery providers ({@code /v2/inbound-webhooks}). Obtained from {@code NovuClient}; thread-safe.
 */
public class Activity {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Activity(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

}
