package io.github.novu4j.client.subscribers;

import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;

/**
 * A subscriber's chat and push credentials ({@code novu.subscribers().credentials()}): set them, add
 * device tokens, or remove a provider's. Thread-safe.
 *
 * <pre>{@code
 * novu.subscribers().credentials().append("user-42",
 *     SubscriberChannel.of("fcm", ChannelCredentials.deviceTokens(List.of(token))));
 * }</pre>
 */
public class SubscriberCredentials {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public SubscriberCredentials(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * {@code PUT /v1/subscribers/{subscriberId}/credentials}: replaces the subscriber's credentials for
	 * the channel's provider (and integration).
	 * @param subscriberId your id of the subscriber
	 * @param channel the provider and its credentials
	 * @return the updated subscriber
	 */
	public Subscriber update(String subscriberId, SubscriberChannel channel) {
		return update(subscriberId, channel, RequestOptions.none());
	}

	/**
	 * {@code PUT /v1/subscribers/{subscriberId}/credentials}, as {@link #update(String, SubscriberChannel)}.
	 * @param subscriberId your id of the subscriber
	 * @param channel the provider and its credentials
	 * @param options per-call options
	 * @return the updated subscriber
	 */
	public Subscriber update(String subscriberId, SubscriberChannel channel, RequestOptions options) {
		return send(ApiCall.put("subscribers.credentials.update", "/v1/subscribers/{subscriberId}/credentials"),
				subscriberId, channel, options);
	}

	/**
	 * {@code PATCH /v1/subscribers/{subscriberId}/credentials}: adds to the subscriber's credentials for
	 * the provider; device tokens are appended to the existing ones.
	 * @param subscriberId your id of the subscriber
	 * @param channel the provider and the credentials to add
	 * @return the updated subscriber
	 */
	public Subscriber append(String subscriberId, SubscriberChannel channel) {
		return append(subscriberId, channel, RequestOptions.none());
	}

	/**
	 * {@code PATCH /v1/subscribers/{subscriberId}/credentials}, as {@link #append(String, SubscriberChannel)}.
	 * @param subscriberId your id of the subscriber
	 * @param channel the provider and the credentials to add
	 * @param options per-call options
	 * @return the updated subscriber
	 */
	public Subscriber append(String subscriberId, SubscriberChannel channel, RequestOptions options) {
		return send(ApiCall.patch("subscribers.credentials.append", "/v1/subscribers/{subscriberId}/credentials"),
				subscriberId, channel, options);
	}

	/**
	 * {@code DELETE /v1/subscribers/{subscriberId}/credentials/{providerId}}: removes the subscriber's
	 * credentials for a provider (Novu answers 204).
	 * @param subscriberId your id of the subscriber
	 * @param providerId the provider, e.g. {@code slack}
	 */
	public void delete(String subscriberId, String providerId) {
		delete(subscriberId, providerId, RequestOptions.none());
	}

	/**
	 * {@code DELETE /v1/subscribers/{subscriberId}/credentials/{providerId}}.
	 * @param subscriberId your id of the subscriber
	 * @param providerId the provider, e.g. {@code slack}
	 * @param options per-call options
	 */
	public void delete(String subscriberId, String providerId, RequestOptions options) {
		this.transport.callNoContent(ApiCall
			.delete("subscribers.credentials.delete", "/v1/subscribers/{subscriberId}/credentials/{providerId}")
			.path("subscriberId", subscriberId)
			.path("providerId", providerId)
			.build(), options);
	}

	private Subscriber send(ApiCall.Builder call, String subscriberId, SubscriberChannel channel,
			RequestOptions options) {
		Objects.requireNonNull(channel, "channel");
		call.path("subscriberId", subscriberId);
		channel.validateForRequest("credentials");
		// _integrationId is Novu's output; the request names the integration by its identifier.
		SubscriberChannel body = new SubscriberChannel(channel.providerId(), channel.integrationIdentifier(),
				channel.credentials());
		return this.transport.call(call.body(body).build(), Subscriber.class, options);
	}

}
