package io.github.novu4j.client.channelendpoints;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Channel endpoints ({@code /v1/channel-endpoints}). Obtained from {@code NovuClient}; thread-safe.
 */
public class ChannelEndpoints {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public ChannelEndpoints(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

}
