package io.github.novu4j.client.channelendpoints;

import java.util.List;

import io.github.novu4j.client.ChannelType;
import io.github.novu4j.client.internal.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * Filters of {@code channelEndpoints().list(..)}; unset ones are not sent.
 *
 * @param subscriberId only this subscriber's endpoints
 * @param contextKeys only endpoints with exactly these context keys ({@code type:id}), in any order
 * @param channel only this channel
 * @param providerId only this provider, e.g. {@code slack}
 * @param integrationIdentifier only this integration
 * @param connectionIdentifier only this channel connection
 */
public record ChannelEndpointFilter(@Nullable String subscriberId, List<String> contextKeys,
		@Nullable ChannelType channel, @Nullable String providerId, @Nullable String integrationIdentifier,
		@Nullable String connectionIdentifier) {

	private static final ChannelEndpointFilter NONE = new ChannelEndpointFilter(null, null, null, null, null, null);

	/**
	 * Checks that set values are not blank.
	 * @param subscriberId the subscriber
	 * @param contextKeys the context keys
	 * @param channel the channel
	 * @param providerId the provider
	 * @param integrationIdentifier the integration
	 * @param connectionIdentifier the channel connection
	 */
	public ChannelEndpointFilter {
		TextChecks.requireNullOrText(subscriberId, "subscriberId");
		contextKeys = TextChecks.contextKeys(contextKeys);
		TextChecks.requireNullOrText(providerId, "providerId");
		TextChecks.requireNullOrText(integrationIdentifier, "integrationIdentifier");
		TextChecks.requireNullOrText(connectionIdentifier, "connectionIdentifier");
	}

	/** @return no filter */
	public static ChannelEndpointFilter none() {
		return NONE;
	}

	/**
	 * @param subscriberId the subscriber
	 * @return a filter on one subscriber's endpoints
	 */
	public static ChannelEndpointFilter subscriber(String subscriberId) {
		return new ChannelEndpointFilter(TextChecks.requireText(subscriberId, "subscriberId"), null, null, null, null,
				null);
	}

	/**
	 * @param integrationIdentifier the integration, or {@code null}
	 * @param connectionIdentifier the channel connection, or {@code null}
	 * @return this filter, also on that integration and connection
	 */
	public ChannelEndpointFilter integration(@Nullable String integrationIdentifier,
			@Nullable String connectionIdentifier) {
		return new ChannelEndpointFilter(this.subscriberId, this.contextKeys, this.channel, this.providerId,
				integrationIdentifier, connectionIdentifier);
	}

	/**
	 * @param channel the channel
	 * @param providerId the provider, or {@code null}
	 * @return this filter, also on that channel and provider
	 */
	public ChannelEndpointFilter channel(@Nullable ChannelType channel, @Nullable String providerId) {
		return new ChannelEndpointFilter(this.subscriberId, this.contextKeys, channel, providerId,
				this.integrationIdentifier, this.connectionIdentifier);
	}

	/**
	 * @param contextKeys the exact context keys, {@code type:id}
	 * @return this filter, also on those context keys
	 */
	public ChannelEndpointFilter contextKeys(List<String> contextKeys) {
		return new ChannelEndpointFilter(this.subscriberId, contextKeys, this.channel, this.providerId,
				this.integrationIdentifier, this.connectionIdentifier);
	}

}
