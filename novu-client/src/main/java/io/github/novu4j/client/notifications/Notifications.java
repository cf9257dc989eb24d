package io.github.novu4j.client.notifications;

import java.util.Objects;

import io.github.novu4j.client.Page;
import io.github.novu4j.client.PagedIterable;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import tools.jackson.core.type.TypeReference;

/**
 * Notifications (activity): list, retrieve, and statistics ({@code novu.notifications()}). Obtained from
 * {@code NovuClient}; thread-safe.
 *
 * <pre>{@code
 * novu.notifications().list(NotificationListRequest.builder().subscriberIds("user-42").build())
 *     .stream().limit(50).forEach(...);
 * NotificationStats stats = novu.notifications().stats().retrieve();
 * }</pre>
 */
public class Notifications {

	private static final TypeReference<Page<Notification>> NOTIFICATION_PAGE = new TypeReference<>() {
	};

	private final NovuTransport transport;

	private final Stats stats;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Notifications(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
		this.stats = new Stats(transport);
	}

	/** @return notification statistics */
	public Stats stats() {
		return this.stats;
	}

	/**
	 * Lists every notification, newest first, page by page ({@code GET /v1/notifications}).
	 * @return the first page (fetched now), and lazy iteration over the rest
	 */
	public PagedIterable<Notification> list() {
		return list(NotificationListRequest.all(), RequestOptions.none());
	}

	/**
	 * Lists notifications, newest first, page by page ({@code GET /v1/notifications}).
	 * @param request filters and paging
	 * @return the first page (fetched now), and lazy iteration over the rest
	 */
	public PagedIterable<Notification> list(NotificationListRequest request) {
		return list(request, RequestOptions.none());
	}

	/**
	 * Lists notifications, newest first, page by page ({@code GET /v1/notifications}). Iteration stops
	 * when Novu reports {@code hasMore=false} or sends an empty page.
	 * @param request filters and paging
	 * @param options per-call options, applied to every page request
	 * @return the first page (fetched now), and lazy iteration over the rest
	 */
	public PagedIterable<Notification> list(NotificationListRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(options, "options");
		int firstPage = (request.page() != null) ? request.page() : 0;
		return new PagedIterable<>(firstPage, (page) -> this.transport.call(
				ApiCall.get("notifications.list", "/v1/notifications")
					.query("page", page)
					.query("channels", request.channels())
					.query("templates", request.templates())
					.query("emails", request.emails())
					.query("subscriberIds", request.subscriberIds())
					.query("search", request.search())
					.query("transactionId", request.transactionId())
					.build(),
				NOTIFICATION_PAGE, options));
	}

	/**
	 * A notification with its jobs and their execution logs ({@code GET /v1/notifications/{notificationId}}).
	 * @param notificationId the notification's id
	 * @return the notification
	 */
	public Notification retrieve(String notificationId) {
		return retrieve(notificationId, RequestOptions.none());
	}

	/**
	 * A notification with its jobs and their execution logs ({@code GET /v1/notifications/{notificationId}}).
	 * @param notificationId the notification's id
	 * @param options per-call options
	 * @return the notification
	 */
	public Notification retrieve(String notificationId, RequestOptions options) {
		return this.transport.call(ApiCall.get("notifications.retrieve", "/v1/notifications/{notificationId}")
			.path("notificationId", notificationId)
			.build(), Notification.class, options);
	}

}
