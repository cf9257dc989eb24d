package io.github.novu4j.client.subscribers;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;

/**
 * A subscriber's properties ({@code novu.subscribers().properties()}): the online flag. Thread-safe.
 *
 * <pre>{@code
 * novu.subscribers().properties().updateOnlineFlag("user-42", true);
 * }</pre>
 */
public class SubscriberProperties {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public SubscriberProperties(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * {@code PATCH /v1/subscribers/{subscriberId}/online-status}.
	 * @param subscriberId your id of the subscriber
	 * @param isOnline whether the subscriber is online
	 * @return the updated subscriber
	 */
	public Subscriber updateOnlineFlag(String subscriberId, boolean isOnline) {
		return updateOnlineFlag(subscriberId, isOnline, RequestOptions.none());
	}

	/**
	 * {@code PATCH /v1/subscribers/{subscriberId}/online-status}.
	 * @param subscriberId your id of the subscriber
	 * @param isOnline whether the subscriber is online
	 * @param options per-call options
	 * @return the updated subscriber
	 */
	public Subscriber updateOnlineFlag(String subscriberId, boolean isOnline, RequestOptions options) {
		return this.transport.call(ApiCall
			.patch("subscribers.properties.updateOnlineFlag", "/v1/subscribers/{subscriberId}/online-status")
			.path("subscriberId", subscriberId)
			.body(new OnlineFlag(isOnline))
			.build(), Subscriber.class, options);
	}

	private record OnlineFlag(@JsonProperty("isOnline") boolean isOnline) {
	}

}
