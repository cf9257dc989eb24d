package io.github.novu4j.client.v2.subscribers;

import java.util.Objects;

import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;

/**
 * Subscribers of the v2 API ({@code /v2/subscribers}): search, create, retrieve, patch and delete, their
 * Inbox notifications, preferences and topic subscriptions. Obtained from {@code NovuClient.v2()};
 * thread-safe.
 *
 * <pre>{@code
 * novu.v2().subscribers().create(CreateSubscriberRequest.builder("user-42").email("ada@example.com").build());
 * for (Subscriber s : novu.v2().subscribers().search(SearchSubscribersRequest.none(), CursorPagination.limit(100))) { ... }
 * }</pre>
 *
 * A subscriber id travels as one encoded path segment, so ids holding {@code /} or spaces work.
 */
public class Subscribers {

	private final NovuTransport transport;

	private final SubscriberNotifications notifications;

	private final SubscriberPreferences preferences;

	private final SubscriberTopics topics;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Subscribers(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
		this.notifications = new SubscriberNotifications(transport);
		this.preferences = new SubscriberPreferences(transport);
		this.topics = new SubscriberTopics(transport);
	}

	/** @return a subscriber's Inbox notifications ({@code /v2/subscribers/{subscriberId}/notifications}) */
	public SubscriberNotifications notifications() {
		return this.notifications;
	}

	/** @return a subscriber's preferences ({@code /v2/subscribers/{subscriberId}/preferences}) */
	public SubscriberPreferences preferences() {
		return this.preferences;
	}

	/** @return a subscriber's topic subscriptions ({@code /v2/subscribers/{subscriberId}/subscriptions}) */
	public SubscriberTopics topics() {
		return this.topics;
	}

	/**
	 * Every subscriber, 10 per request, newest first ({@code GET /v2/subscribers}).
	 * @return the subscribers, page by page, fetched as the caller iterates
	 */
	public CursorPagedIterable<Subscriber> search() {
		return search(SearchSubscribersRequest.none(), CursorPagination.none(), RequestOptions.none());
	}

	/**
	 * Searches subscribers ({@code GET /v2/subscribers}): the first page is fetched now, each later page
	 * as the caller iterates, with {@code after} set to the previous page's {@code next} cursor;
	 * iteration stops when {@code next} is {@code null}.
	 * @param request the filters (email, name, phone, subscriberId)
	 * @param pagination where to start, page size 1 to 100, order ({@code orderBy}: {@code _id} or {@code updatedAt})
	 * @return the subscribers, page by page
	 */
	public CursorPagedIterable<Subscriber> search(SearchSubscribersRequest request, CursorPagination pagination) {
		return search(request, pagination, RequestOptions.none());
	}

	/**
	 * Searches subscribers ({@code GET /v2/subscribers}); every page request uses the same options.
	 * @param request the filters (email, name, phone, subscriberId)
	 * @param pagination where to start, page size 1 to 100, order
	 * @param options per-call options, applied to each page request
	 * @return the subscribers, page by page
	 */
	public CursorPagedIterable<Subscriber> search(SearchSubscribersRequest request, CursorPagination pagination,
			RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.cursorList(pagination, (page) -> ApiCall.get("subscribers.search", "/v2/subscribers")
			.cursor(page)
			.query("email", request.email())
			.query("name", request.name())
			.query("phone", request.phone())
			.query("subscriberId", request.subscriberId())
			.build(), Subscriber.class, options);
	}

	/**
	 * Creates a subscriber, or updates the one with this id ({@code POST /v2/subscribers}, an upsert).
	 * @param request the id and profile
	 * @return the subscriber
	 */
	public Subscriber create(CreateSubscriberRequest request) {
		return create(request, false, RequestOptions.none());
	}

	/**
	 * Creates a subscriber, or updates the one with this id ({@code POST /v2/subscribers}, an upsert).
	 * @param request the id and profile
	 * @param options per-call options
	 * @return the subscriber
	 */
	public Subscriber create(CreateSubscriberRequest request, RequestOptions options) {
		return create(request, false, options);
	}

	/**
	 * Creates a subscriber ({@code POST /v2/subscribers}).
	 * @param request the id and profile
	 * @param failIfExists {@code true}: fail instead of updating an existing subscriber ({@code ?failIfExists=true})
	 * @return the subscriber
	 * @throws io.github.novu4j.client.NovuConflictException if {@code failIfExists} and the subscriber exists
	 */
	public Subscriber create(CreateSubscriberRequest request, boolean failIfExists) {
		return create(request, failIfExists, RequestOptions.none());
	}

	/**
	 * Creates a subscriber ({@code POST /v2/subscribers}).
	 * @param request the id and profile
	 * @param failIfExists {@code true}: fail instead of updating an existing subscriber ({@code ?failIfExists=true})
	 * @param options per-call options
	 * @return the subscriber
	 * @throws io.github.novu4j.client.NovuConflictException if {@code failIfExists} and the subscriber exists
	 */
	public Subscriber create(CreateSubscriberRequest request, boolean failIfExists, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("subscribers.create", "/v2/subscribers")
			.query("failIfExists", failIfExists ? "true" : null)
			.body(request)
			.build(), Subscriber.class, options);
	}

	/**
	 * Retrieves a subscriber ({@code GET /v2/subscribers/{subscriberId}}).
	 * @param subscriberId your id of the subscriber
	 * @return the subscriber
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such subscriber
	 */
	public Subscriber retrieve(String subscriberId) {
		return retrieve(subscriberId, RequestOptions.none());
	}

	/**
	 * Retrieves a subscriber ({@code GET /v2/subscribers/{subscriberId}}).
	 * @param subscriberId your id of the subscriber
	 * @param options per-call options
	 * @return the subscriber
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such subscriber
	 */
	public Subscriber retrieve(String subscriberId, RequestOptions options) {
		return this.transport.call(ApiCall.get("subscribers.retrieve", "/v2/subscribers/{subscriberId}")
			.path("subscriberId", subscriberId)
			.build(), Subscriber.class, options);
	}

	/**
	 * Changes the fields you set ({@code PATCH /v2/subscribers/{subscriberId}}).
	 * @param subscriberId your id of the subscriber
	 * @param request the fields to change
	 * @return the subscriber after the change
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such subscriber
	 */
	public Subscriber patch(String subscriberId, PatchSubscriberRequest request) {
		return patch(subscriberId, request, RequestOptions.none());
	}

	/**
	 * Changes the fields you set ({@code PATCH /v2/subscribers/{subscriberId}}).
	 * @param subscriberId your id of the subscriber
	 * @param request the fields to change
	 * @param options per-call options
	 * @return the subscriber after the change
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such subscriber
	 */
	public Subscriber patch(String subscriberId, PatchSubscriberRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.patch("subscribers.patch", "/v2/subscribers/{subscriberId}")
			.path("subscriberId", subscriberId)
			.body(request)
			.build(), Subscriber.class, options);
	}

	/**
	 * Deletes a subscriber ({@code DELETE /v2/subscribers/{subscriberId}}).
	 * @param subscriberId your id of the subscriber
	 * @return Novu's acknowledgement
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such subscriber
	 */
	public SubscriberDeleted delete(String subscriberId) {
		return delete(subscriberId, RequestOptions.none());
	}

	/**
	 * Deletes a subscriber ({@code DELETE /v2/subscribers/{subscriberId}}).
	 * @param subscriberId your id of the subscriber
	 * @param options per-call options
	 * @return Novu's acknowledgement
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such subscriber
	 */
	public SubscriberDeleted delete(String subscriberId, RequestOptions options) {
		return this.transport.call(ApiCall.delete("subscribers.delete", "/v2/subscribers/{subscriberId}")
			.path("subscriberId", subscriberId)
			.build(), SubscriberDeleted.class, options);
	}

}
