package io.github.novu4j.client.channelconnections;

import java.util.List;

import io.github.novu4j.client.ChannelType;
import io.github.novu4j.client.internal.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * Filters of {@code channelConnections().list(..)}; unset ones are not sent.
 *
 * @param subscriberId only this subscriber's connections
 * @param channel only this channel
 * @param providerId only this provider, e.g. {@code slack}
 * @param integrationIdentifier only this integration
 * @param contextKeys only connections with exactly these context keys ({@code type:id}), in any order
 */
public record ChannelConnectionFilter(@Nullable String subscriberId, @Nullable ChannelType channel,
		@Nullable String providerId, @Nullable String integrationIdentifier, List<String> contextKeys) {

	private static final ChannelConnectionFilter NONE = new ChannelConnectionFilter(null, null, null, null, null);

	/**
	 * Checks that set values are not blank.
	 * @param subscriberId the subscriber
	 * @param channel the channel
	 * @param providerId the provider
	 * @param integrationIdentifier the integration
	 * @param contextKeys the context keys
	 */
	public ChannelConnectionFilter {
		TextChecks.requireNullOrText(subscriberId, "subscriberId");
		TextChecks.requireNullOrText(providerId, "providerId");
		TextChecks.requireNullOrText(integrationIdentifier, "integrationIdentifier");
		contextKeys = TextChecks.contextKeys(contextKeys);
	}

	/** @return no filter */
	public static ChannelConnectionFilter none() {
		return NONE;
	}

	/**
	 * @param subscriberId the subscriber
	 * @return a filter on one subscriber's connections
	 */
	public static ChannelConnectionFilter subscriber(String subscriberId) {
		return new ChannelConnectionFilter(TextChecks.requireText(subscriberId, "subscriberId"), null, null,
				null, null);
	}

	/**
	 * @param integrationIdentifier the integration
	 * @return this filter, also on that integration
	 */
	public ChannelConnectionFilter integration(String integrationIdentifier) {
		return new ChannelConnectionFilter(this.subscriberId, this.channel, this.providerId, integrationIdentifier,
				this.contextKeys);
	}

	/**
	 * @param channel the channel
	 * @param providerId the provider, or {@code null}
	 * @return this filter, also on that channel and provider
	 */
	public ChannelConnectionFilter channel(@Nullable ChannelType channel, @Nullable String providerId) {
		return new ChannelConnectionFilter(this.subscriberId, channel, providerId, this.integrationIdentifier,
				this.contextKeys);
	}

	/**
	 * @param contextKeys the exact context keys, {@code type:id}
	 * @return this filter, also on those context keys
	 */
	public ChannelConnectionFilter contextKeys(List<String> contextKeys) {
		return new ChannelConnectionFilter(this.subscriberId, this.channel, this.providerId,
				this.integrationIdentifier, contextKeys);
	}

}
