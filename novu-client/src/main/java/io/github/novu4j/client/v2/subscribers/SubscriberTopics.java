package io.github.novu4j.client.v2.subscribers;

import java.util.Objects;

import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;

/**
 * A subscriber's topic subscriptions ({@code GET /v2/subscribers/{subscriberId}/subscriptions}), a cursor
 * list. Obtained from {@code novu.v2().subscribers().topics()}; thread-safe.
 *
 * <pre>{@code
 * for (TopicSubscription s : novu.v2().subscribers().topics().list("user-42")) { ... }
 * }</pre>
 */
public class SubscriberTopics {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public SubscriberTopics(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Every topic subscription of a subscriber, 10 per request.
	 * @param subscriberId your id of the subscriber
	 * @return the subscriptions, page by page, fetched as the caller iterates
	 */
	public CursorPagedIterable<TopicSubscription> list(String subscriberId) {
		return list(subscriberId, ListSubscriberTopicsRequest.none(), CursorPagination.none(), RequestOptions.none());
	}

	/**
	 * A subscriber's topic subscriptions; later pages follow {@code next} until it is {@code null}.
	 * @param subscriberId your id of the subscriber
	 * @param request the filters (topic key, context keys)
	 * @param pagination where to start, page size 1 to 100, order
	 * @return the subscriptions, page by page
	 */
	public CursorPagedIterable<TopicSubscription> list(String subscriberId, ListSubscriberTopicsRequest request,
			CursorPagination pagination) {
		return list(subscriberId, request, pagination, RequestOptions.none());
	}

	/**
	 * A subscriber's topic subscriptions; every page request uses the same options.
	 * @param subscriberId your id of the subscriber
	 * @param request the filters (topic key, context keys)
	 * @param pagination where to start, page size 1 to 100, order
	 * @param options per-call options, applied to each page request
	 * @return the subscriptions, page by page
	 */
	public CursorPagedIterable<TopicSubscription> list(String subscriberId, ListSubscriberTopicsRequest request,
			CursorPagination pagination, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.cursorList(pagination,
				(page) -> ApiCall.get("subscribers.topics.list", "/v2/subscribers/{subscriberId}/subscriptions")
					.path("subscriberId", subscriberId)
					.cursor(page)
					.query("key", request.key())
					.query("contextKeys", request.contextKeys())
					.build(),
				TopicSubscription.class, options);
	}

}
