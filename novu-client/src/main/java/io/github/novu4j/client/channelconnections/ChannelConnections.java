package io.github.novu4j.client.channelconnections;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Channel connections ({@code /v1/channel-connections}). Obtained from {@code NovuClient}; thread-safe.
 */
public class ChannelConnections {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public ChannelConnections(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

}
