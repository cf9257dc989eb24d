package io.github.novu4j.client.topics;

import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;

/**
 * The subscribers of topics. Obtained from {@code novu.topics().subscribers()}; thread-safe. Arguments
 * come topic key first, as in the path (Novu's TypeScript SDK puts the body or the subscriber id first).
 */
public class TopicSubscribers {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public TopicSubscribers(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Adds subscribers to a topic, creating the topic if it does not exist
	 * ({@code POST /v1/topics/{topicKey}/subscribers}). Ids without a subscriber do not fail the call:
	 * they come back in {@link AssignSubscribersResult#notFound()}.
	 * @param topicKey the topic's key
	 * @param request the subscriber ids
	 * @return the ids added and the ids not found
	 */
	public AssignSubscribersResult assign(String topicKey, TopicSubscribersRequest request) {
		return assign(topicKey, request, RequestOptions.none());
	}

	/**
	 * Adds subscribers to a topic, creating the topic if it does not exist
	 * ({@code POST /v1/topics/{topicKey}/subscribers}).
	 * @param topicKey the topic's key
	 * @param request the subscriber ids
	 * @param options per-call options
	 * @return the ids added and the ids not found
	 */
	public AssignSubscribersResult assign(String topicKey, TopicSubscribersRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("topics.subscribers.assign", "/v1/topics/{topicKey}/subscribers")
			.path("topicKey", topicKey)
			.body(request)
			.build(), AssignSubscribersResult.class, options);
	}

	/**
	 * Removes subscribers from a topic ({@code POST /v1/topics/{topicKey}/subscribers/removal}).
	 * @param topicKey the topic's key
	 * @param request the subscriber ids
	 */
	public void delete(String topicKey, TopicSubscribersRequest request) {
		delete(topicKey, request, RequestOptions.none());
	}

	/**
	 * Removes subscribers from a topic ({@code POST /v1/topics/{topicKey}/subscribers/removal}).
	 * @param topicKey the topic's key
	 * @param request the subscriber ids
	 * @param options per-call options
	 */
	public void delete(String topicKey, TopicSubscribersRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		this.transport.callNoContent(
				ApiCall.post("topics.subscribers.delete", "/v1/topics/{topicKey}/subscribers/removal")
					.path("topicKey", topicKey)
					.body(request)
					.build(),
				options);
	}

	/**
	 * Retrieves a subscriber's membership of a topic
	 * ({@code GET /v1/topics/{topicKey}/subscribers/{externalSubscriberId}}).
	 * @param topicKey the topic's key
	 * @param externalSubscriberId the subscriber's id in your system
	 * @return the membership
	 * @throws io.github.novu4j.client.NovuNotFoundException if the subscriber is not in the topic
	 */
	public TopicSubscriber retrieve(String topicKey, String externalSubscriberId) {
		return retrieve(topicKey, externalSubscriberId, RequestOptions.none());
	}

	/**
	 * Retrieves a subscriber's membership of a topic
	 * ({@code GET /v1/topics/{topicKey}/subscribers/{externalSubscriberId}}).
	 * @param topicKey the topic's key
	 * @param externalSubscriberId the subscriber's id in your system
	 * @param options per-call options
	 * @return the membership
	 * @throws io.github.novu4j.client.NovuNotFoundException if the subscriber is not in the topic
	 */
	public TopicSubscriber retrieve(String topicKey, String externalSubscriberId, RequestOptions options) {
		return this.transport.call(ApiCall
			.get("topics.subscribers.retrieve", "/v1/topics/{topicKey}/subscribers/{externalSubscriberId}")
			.path("topicKey", topicKey)
			.path("externalSubscriberId", externalSubscriberId)
			.build(), TopicSubscriber.class, options);
	}

}
