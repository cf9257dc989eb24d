package io.github.novu4j.client.subscribers;

import java.util.Base64;
import java.util.Objects;

import io.github.novu4j.client.Page;
import io.github.novu4j.client.PagedIterable;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import io.github.novu4j.client.messages.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

/**
 * A subscriber's in-app feed and unseen count ({@code novu.subscribers().notifications()}). Thread-safe.
 *
 * <pre>{@code
 * for (Message m : novu.subscribers().notifications().retrieve("user-42")) { ... }
 * int unseen = novu.subscribers().notifications().unseenCount("user-42").count();
 * }</pre>
 */
public class SubscriberNotifications {

	private static final TypeReference<Page<Message>> PAGE = new TypeReference<>() {
	};

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public SubscriberNotifications(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * The subscriber's whole in-app feed, from page 0 with Novu's page size.
	 * @param subscriberId your id of the subscriber
	 * @return the first page, and lazy iteration over all
	 */
	public PagedIterable<Message> retrieve(String subscriberId) {
		return retrieve(subscriberId, FeedRequest.all(), RequestOptions.none());
	}

	/**
	 * {@code GET /v1/subscribers/{subscriberId}/notifications/feed}: the subscriber's in-app messages,
	 * newest first; iterating fetches the following pages until Novu says {@code hasMore=false} (or a
	 * page is empty). The feed's {@code totalCount} is capped at the page size by Novu, so it is not a
	 * total.
	 * @param subscriberId your id of the subscriber
	 * @param request filters and paging
	 * @return the first page, and lazy iteration over it and the following ones
	 */
	public PagedIterable<Message> retrieve(String subscriberId, FeedRequest request) {
		return retrieve(subscriberId, request, RequestOptions.none());
	}

	/**
	 * {@code GET /v1/subscribers/{subscriberId}/notifications/feed}, as
	 * {@link #retrieve(String, FeedRequest)}.
	 * @param subscriberId your id of the subscriber
	 * @param request filters and paging
	 * @param options per-call options, used for every page
	 * @return the first page, and lazy iteration over it and the following ones
	 */
	public PagedIterable<Message> retrieve(String subscriberId, FeedRequest request,
			RequestOptions options) {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(options, "options");
		// Encoded once for every page.
		String payload = (request.payload() != null) ? encodePayload(request) : null;
		return new PagedIterable<>(request.page(), (page) -> this.transport.call(ApiCall
			.get("subscribers.notifications.retrieve", "/v1/subscribers/{subscriberId}/notifications/feed")
			.path("subscriberId", subscriberId)
			.query("page", page)
			.query("limit", request.limit())
			.query("feedIdentifier", request.feedIdentifiers())
			.query("read", request.read())
			.query("seen", request.seen())
			.query("payload", payload)
			.build(), PAGE, options));
	}

	/**
	 * The number of the subscriber's unseen in-app messages, counted up to 100.
	 * @param subscriberId your id of the subscriber
	 * @return the count
	 */
	public UnseenCount unseenCount(String subscriberId) {
		return unseenCount(subscriberId, UnseenCountRequest.unseen(), RequestOptions.none());
	}

	/**
	 * {@code GET /v1/subscribers/{subscriberId}/notifications/unseen}.
	 * @param subscriberId your id of the subscriber
	 * @param request what to count
	 * @return the count
	 */
	public UnseenCount unseenCount(String subscriberId, UnseenCountRequest request) {
		return unseenCount(subscriberId, request, RequestOptions.none());
	}

	/**
	 * {@code GET /v1/subscribers/{subscriberId}/notifications/unseen}. {@code seen} and {@code limit} are
	 * always sent (Novu's OpenAPI document requires them; the defaults are Novu's own).
	 * @param subscriberId your id of the subscriber
	 * @param request what to count
	 * @param options per-call options
	 * @return the count
	 */
	public UnseenCount unseenCount(String subscriberId, UnseenCountRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall
			.get("subscribers.notifications.unseenCount", "/v1/subscribers/{subscriberId}/notifications/unseen")
			.path("subscriberId", subscriberId)
			.query("feedIdentifier", request.feedIdentifiers())
			.query("seen", request.seen())
			.query("limit", request.limit())
			.build(), UnseenCount.class, options);
	}

	/** Novu reads the feed's payload filter as base64 of its JSON. */
	private String encodePayload(FeedRequest request) {
		try {
			return Base64.getEncoder().encodeToString(this.transport.jsonMapper().writeValueAsBytes(request.payload()));
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The feed's payload filter cannot be written as JSON: "
					+ ex.getOriginalMessage(), ex);
		}
	}

}
