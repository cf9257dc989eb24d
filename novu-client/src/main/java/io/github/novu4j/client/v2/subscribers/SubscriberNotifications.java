package io.github.novu4j.client.v2.subscribers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.internal.NovuTransport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * A subscriber's Inbox notifications ({@code /v2/subscribers/{subscriberId}/notifications}): list and
 * count them, act on one (read, unread, archive, unarchive, snooze, unsnooze, complete or revert an
 * action, delete) or on many at once (seen, read, archive, archive the read ones, delete). Obtained from
 * {@code novu.v2().subscribers().notifications()}; thread-safe.
 *
 * <pre>{@code
 * InboxNotificationsPage page = novu.v2().subscribers().notifications().list("user-42");
 * novu.v2().subscribers().notifications().markAsRead("user-42", page.data().get(0).id());
 * }</pre>
 *
 * Every single-notification action also takes the {@code contextKeys} of the notification's context.
 */
public class SubscriberNotifications {

	/** How far ahead a snooze must end, at least (Novu rejects shorter snoozes). */
	public static final Duration MIN_SNOOZE = Duration.ofSeconds(60);

	/** The most filters one {@code count} takes. */
	public static final int MAX_COUNT_FILTERS = 30;

	private static final TypeReference<List<NotificationCount>> COUNTS = new TypeReference<>() {
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
	 * The first page of a subscriber's Inbox, 10 newest first ({@code GET .../notifications}).
	 * @param subscriberId your id of the subscriber
	 * @return the page, with {@code hasMore}
	 */
	public InboxNotificationsPage list(String subscriberId) {
		return list(subscriberId, ListNotificationsRequest.none(), RequestOptions.none());
	}

	/**
	 * A page of a subscriber's Inbox ({@code GET .../notifications}).
	 * @param subscriberId your id of the subscriber
	 * @param request the page (limit, offset or after) and the filters
	 * @return the page, with {@code hasMore}
	 */
	public InboxNotificationsPage list(String subscriberId, ListNotificationsRequest request) {
		return list(subscriberId, request, RequestOptions.none());
	}

	/**
	 * A page of a subscriber's Inbox ({@code GET .../notifications}).
	 * @param subscriberId your id of the subscriber
	 * @param request the page (limit, offset or after) and the filters
	 * @param options per-call options
	 * @return the page, with {@code hasMore}
	 */
	public InboxNotificationsPage list(String subscriberId, ListNotificationsRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(
				ApiCall.get("subscribers.notifications.list", "/v2/subscribers/{subscriberId}/notifications")
					.path("subscriberId", subscriberId)
					.query("limit", request.limit())
					.query("offset", request.offset())
					.query("after", request.after())
					.query("read", request.read())
					.query("archived", request.archived())
					.query("snoozed", request.snoozed())
					.query("seen", request.seen())
					.query("data", request.data())
					.query("severity", request.severity())
					.query("createdGte", epochMillis(request.createdGte()))
					.query("createdLte", epochMillis(request.createdLte()))
					.query("contextKeys", request.contextKeys())
					.build(),
				InboxNotificationsPage.class, options);
	}

	/**
	 * Every notification of a subscriber's Inbox that matches the request, page by page
	 * ({@code GET .../notifications}): the first page now, each later one as the caller iterates, going
	 * {@code after} the last notification of the previous page while Novu says {@code hasMore}.
	 * @param subscriberId your id of the subscriber
	 * @param request the first page (limit, offset or after) and the filters
	 * @return the notifications
	 */
	public InboxNotificationsIterable listAll(String subscriberId, ListNotificationsRequest request) {
		return listAll(subscriberId, request, RequestOptions.none());
	}

	/**
	 * As {@link #listAll(String, ListNotificationsRequest)}; every page request uses the same options.
	 * @param subscriberId your id of the subscriber
	 * @param request the first page (limit, offset or after) and the filters
	 * @param options per-call options, applied to each page request
	 * @return the notifications
	 */
	public InboxNotificationsIterable listAll(String subscriberId, ListNotificationsRequest request,
			RequestOptions options) {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(options, "options");
		return new InboxNotificationsIterable(request, (page) -> list(subscriberId, page, options));
	}

	/**
	 * Counts a subscriber's notifications for each filter ({@code GET .../notifications/count}).
	 * @param subscriberId your id of the subscriber
	 * @param filters 1 to 30 filters, e.g. unread and unarchived
	 * @return one count per filter, in the order of the filters
	 */
	public List<NotificationCount> count(String subscriberId, List<NotificationFilter> filters) {
		return count(subscriberId, filters, RequestOptions.none());
	}

	/**
	 * Counts a subscriber's notifications for each filter ({@code GET .../notifications/count}); the
	 * filters travel as one JSON-array query parameter.
	 * @param subscriberId your id of the subscriber
	 * @param filters 1 to 30 filters
	 * @param options per-call options
	 * @return one count per filter, in the order of the filters
	 * @throws IllegalArgumentException if there are no filters or more than 30
	 */
	public List<NotificationCount> count(String subscriberId, List<NotificationFilter> filters,
			RequestOptions options) {
		Objects.requireNonNull(filters, "filters");
		if (filters.isEmpty() || filters.size() > MAX_COUNT_FILTERS) {
			throw new IllegalArgumentException("notifications.count takes 1 to " + MAX_COUNT_FILTERS
					+ " filters, had " + filters.size());
		}
		for (NotificationFilter filter : filters) {
			Objects.requireNonNull(filter, "filters must not hold null");
		}
		return this.transport.call(
				ApiCall.get("subscribers.notifications.count", "/v2/subscribers/{subscriberId}/notifications/count")
					.path("subscriberId", subscriberId)
					.query("filters", NovuJson.mapper().writeValueAsString(filters))
					.build(),
				COUNTS, options);
	}

	/**
	 * Marks notifications as seen ({@code POST .../notifications/seen}).
	 * @param subscriberId your id of the subscriber
	 * @param request which notifications: ids, tags, data or context keys; {@link BulkNotificationsRequest#all()} for all
	 */
	public void markAsSeen(String subscriberId, BulkNotificationsRequest request) {
		markAsSeen(subscriberId, request, RequestOptions.none());
	}

	/**
	 * Marks notifications as seen ({@code POST .../notifications/seen}).
	 * @param subscriberId your id of the subscriber
	 * @param request which notifications
	 * @param options per-call options
	 */
	public void markAsSeen(String subscriberId, BulkNotificationsRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		this.transport.callNoContent(
				ApiCall.post("subscribers.notifications.markAsSeen", "/v2/subscribers/{subscriberId}/notifications/seen")
					.path("subscriberId", subscriberId)
					.body(request)
					.build(),
				options);
	}

	/**
	 * Marks every matching notification as read ({@code POST .../notifications/read}): all of them.
	 * @param subscriberId your id of the subscriber
	 */
	public void markAllAsRead(String subscriberId) {
		markAllAsRead(subscriberId, BulkNotificationsRequest.all(), RequestOptions.none());
	}

	/**
	 * Marks every matching notification as read ({@code POST .../notifications/read}).
	 * @param subscriberId your id of the subscriber
	 * @param request which notifications: tags, data or context keys (no ids)
	 */
	public void markAllAsRead(String subscriberId, BulkNotificationsRequest request) {
		markAllAsRead(subscriberId, request, RequestOptions.none());
	}

	/**
	 * Marks every matching notification as read ({@code POST .../notifications/read}).
	 * @param subscriberId your id of the subscriber
	 * @param request which notifications: tags, data or context keys (no ids)
	 * @param options per-call options
	 * @throws IllegalArgumentException if the request names notification ids (only {@code markAsSeen} takes them)
	 */
	public void markAllAsRead(String subscriberId, BulkNotificationsRequest request, RequestOptions options) {
		bulk(ApiCall.post("subscribers.notifications.markAllAsRead", "/v2/subscribers/{subscriberId}/notifications/read"),
				subscriberId, request, options);
	}

	/**
	 * Archives every matching notification ({@code POST .../notifications/archive}): all of them.
	 * @param subscriberId your id of the subscriber
	 */
	public void archiveAll(String subscriberId) {
		archiveAll(subscriberId, BulkNotificationsRequest.all(), RequestOptions.none());
	}

	/**
	 * Archives every matching notification ({@code POST .../notifications/archive}).
	 * @param subscriberId your id of the subscriber
	 * @param request which notifications: tags, data or context keys (no ids)
	 */
	public void archiveAll(String subscriberId, BulkNotificationsRequest request) {
		archiveAll(subscriberId, request, RequestOptions.none());
	}

	/**
	 * Archives every matching notification ({@code POST .../notifications/archive}).
	 * @param subscriberId your id of the subscriber
	 * @param request which notifications: tags, data or context keys (no ids)
	 * @param options per-call options
	 * @throws IllegalArgumentException if the request names notification ids (only {@code markAsSeen} takes them)
	 */
	public void archiveAll(String subscriberId, BulkNotificationsRequest request, RequestOptions options) {
		bulk(ApiCall.post("subscribers.notifications.archiveAll", "/v2/subscribers/{subscriberId}/notifications/archive"),
				subscriberId, request, options);
	}

	/**
	 * Archives every matching notification that is read ({@code POST .../notifications/read-archive}): all of them.
	 * @param subscriberId your id of the subscriber
	 */
	public void archiveAllRead(String subscriberId) {
		archiveAllRead(subscriberId, BulkNotificationsRequest.all(), RequestOptions.none());
	}

	/**
	 * Archives every matching notification that is read ({@code POST .../notifications/read-archive}).
	 * @param subscriberId your id of the subscriber
	 * @param request which notifications: tags, data or context keys (no ids)
	 */
	public void archiveAllRead(String subscriberId, BulkNotificationsRequest request) {
		archiveAllRead(subscriberId, request, RequestOptions.none());
	}

	/**
	 * Archives every matching notification that is read ({@code POST .../notifications/read-archive}).
	 * @param subscriberId your id of the subscriber
	 * @param request which notifications: tags, data or context keys (no ids)
	 * @param options per-call options
	 * @throws IllegalArgumentException if the request names notification ids (only {@code markAsSeen} takes them)
	 */
	public void archiveAllRead(String subscriberId, BulkNotificationsRequest request, RequestOptions options) {
		bulk(ApiCall.post("subscribers.notifications.archiveAllRead", "/v2/subscribers/{subscriberId}/notifications/read-archive"),
				subscriberId, request, options);
	}

	/**
	 * Deletes every matching notification ({@code POST .../notifications/delete}): all of them.
	 * @param subscriberId your id of the subscriber
	 */
	public void deleteAll(String subscriberId) {
		deleteAll(subscriberId, BulkNotificationsRequest.all(), RequestOptions.none());
	}

	/**
	 * Deletes every matching notification ({@code POST .../notifications/delete}).
	 * @param subscriberId your id of the subscriber
	 * @param request which notifications: tags, data or context keys (no ids)
	 */
	public void deleteAll(String subscriberId, BulkNotificationsRequest request) {
		deleteAll(subscriberId, request, RequestOptions.none());
	}

	/**
	 * Deletes every matching notification ({@code POST .../notifications/delete}).
	 * @param subscriberId your id of the subscriber
	 * @param request which notifications: tags, data or context keys (no ids)
	 * @param options per-call options
	 * @throws IllegalArgumentException if the request names notification ids (only {@code markAsSeen} takes them)
	 */
	public void deleteAll(String subscriberId, BulkNotificationsRequest request, RequestOptions options) {
		bulk(ApiCall.post("subscribers.notifications.deleteAll", "/v2/subscribers/{subscriberId}/notifications/delete"),
				subscriberId, request, options);
	}

	/**
	 * Marks a notification as read ({@code PATCH .../notifications/{notificationId}/read}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @return the notification after the change
	 */
	public InboxNotification markAsRead(String subscriberId, String notificationId) {
		return markAsRead(subscriberId, notificationId, null, RequestOptions.none());
	}

	/**
	 * Marks a notification as read ({@code PATCH .../notifications/{notificationId}/read}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param options per-call options
	 * @return the notification after the change
	 */
	public InboxNotification markAsRead(String subscriberId, String notificationId, RequestOptions options) {
		return markAsRead(subscriberId, notificationId, null, options);
	}

	/**
	 * Marks a notification as read ({@code PATCH .../notifications/{notificationId}/read}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param contextKeys the context keys of the notification, e.g. {@code tenant:acme}, or {@code null}
	 * @param options per-call options
	 * @return the notification after the change
	 */
	public InboxNotification markAsRead(String subscriberId, String notificationId, @Nullable List<String> contextKeys,
			RequestOptions options) {
		return single(ApiCall.patch("subscribers.notifications.markAsRead",
				"/v2/subscribers/{subscriberId}/notifications/{notificationId}/read"), subscriberId, notificationId,
				contextKeys, options);
	}

	/**
	 * Marks a notification as unread ({@code PATCH .../notifications/{notificationId}/unread}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @return the notification after the change
	 */
	public InboxNotification markAsUnread(String subscriberId, String notificationId) {
		return markAsUnread(subscriberId, notificationId, null, RequestOptions.none());
	}

	/**
	 * Marks a notification as unread ({@code PATCH .../notifications/{notificationId}/unread}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param options per-call options
	 * @return the notification after the change
	 */
	public InboxNotification markAsUnread(String subscriberId, String notificationId, RequestOptions options) {
		return markAsUnread(subscriberId, notificationId, null, options);
	}

	/**
	 * Marks a notification as unread ({@code PATCH .../notifications/{notificationId}/unread}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param contextKeys the context keys of the notification, e.g. {@code tenant:acme}, or {@code null}
	 * @param options per-call options
	 * @return the notification after the change
	 */
	public InboxNotification markAsUnread(String subscriberId, String notificationId, @Nullable List<String> contextKeys,
			RequestOptions options) {
		return single(ApiCall.patch("subscribers.notifications.markAsUnread",
				"/v2/subscribers/{subscriberId}/notifications/{notificationId}/unread"), subscriberId, notificationId,
				contextKeys, options);
	}

	/**
	 * Archives a notification ({@code PATCH .../notifications/{notificationId}/archive}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @return the notification after the change
	 */
	public InboxNotification archive(String subscriberId, String notificationId) {
		return archive(subscriberId, notificationId, null, RequestOptions.none());
	}

	/**
	 * Archives a notification ({@code PATCH .../notifications/{notificationId}/archive}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param options per-call options
	 * @return the notification after the change
	 */
	public InboxNotification archive(String subscriberId, String notificationId, RequestOptions options) {
		return archive(subscriberId, notificationId, null, options);
	}

	/**
	 * Archives a notification ({@code PATCH .../notifications/{notificationId}/archive}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param contextKeys the context keys of the notification, e.g. {@code tenant:acme}, or {@code null}
	 * @param options per-call options
	 * @return the notification after the change
	 */
	public InboxNotification archive(String subscriberId, String notificationId, @Nullable List<String> contextKeys,
			RequestOptions options) {
		return single(ApiCall.patch("subscribers.notifications.archive",
				"/v2/subscribers/{subscriberId}/notifications/{notificationId}/archive"), subscriberId, notificationId,
				contextKeys, options);
	}

	/**
	 * Moves an archived notification back to the Inbox ({@code PATCH .../notifications/{notificationId}/unarchive}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @return the notification after the change
	 */
	public InboxNotification unarchive(String subscriberId, String notificationId) {
		return unarchive(subscriberId, notificationId, null, RequestOptions.none());
	}

	/**
	 * Moves an archived notification back to the Inbox ({@code PATCH .../notifications/{notificationId}/unarchive}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param options per-call options
	 * @return the notification after the change
	 */
	public InboxNotification unarchive(String subscriberId, String notificationId, RequestOptions options) {
		return unarchive(subscriberId, notificationId, null, options);
	}

	/**
	 * Moves an archived notification back to the Inbox ({@code PATCH .../notifications/{notificationId}/unarchive}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param contextKeys the context keys of the notification, e.g. {@code tenant:acme}, or {@code null}
	 * @param options per-call options
	 * @return the notification after the change
	 */
	public InboxNotification unarchive(String subscriberId, String notificationId, @Nullable List<String> contextKeys,
			RequestOptions options) {
		return single(ApiCall.patch("subscribers.notifications.unarchive",
				"/v2/subscribers/{subscriberId}/notifications/{notificationId}/unarchive"), subscriberId, notificationId,
				contextKeys, options);
	}

	/**
	 * Ends the snooze of a notification now ({@code PATCH .../notifications/{notificationId}/unsnooze}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @return the notification after the change
	 */
	public InboxNotification unsnooze(String subscriberId, String notificationId) {
		return unsnooze(subscriberId, notificationId, null, RequestOptions.none());
	}

	/**
	 * Ends the snooze of a notification now ({@code PATCH .../notifications/{notificationId}/unsnooze}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param options per-call options
	 * @return the notification after the change
	 */
	public InboxNotification unsnooze(String subscriberId, String notificationId, RequestOptions options) {
		return unsnooze(subscriberId, notificationId, null, options);
	}

	/**
	 * Ends the snooze of a notification now ({@code PATCH .../notifications/{notificationId}/unsnooze}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param contextKeys the context keys of the notification, e.g. {@code tenant:acme}, or {@code null}
	 * @param options per-call options
	 * @return the notification after the change
	 */
	public InboxNotification unsnooze(String subscriberId, String notificationId, @Nullable List<String> contextKeys,
			RequestOptions options) {
		return single(ApiCall.patch("subscribers.notifications.unsnooze",
				"/v2/subscribers/{subscriberId}/notifications/{notificationId}/unsnooze"), subscriberId, notificationId,
				contextKeys, options);
	}

	/**
	 * Marks an action button of a notification as completed ({@code PATCH .../notifications/{notificationId}/actions/{actionType}/complete}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param actionType the primary or the secondary action
	 * @return the notification after the change
	 */
	public InboxNotification completeAction(String subscriberId, String notificationId, NotificationActionType actionType) {
		return completeAction(subscriberId, notificationId, actionType, null, RequestOptions.none());
	}

	/**
	 * Marks an action button of a notification as completed ({@code PATCH .../notifications/{notificationId}/actions/{actionType}/complete}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param actionType the primary or the secondary action
	 * @param options per-call options
	 * @return the notification after the change
	 */
	public InboxNotification completeAction(String subscriberId, String notificationId, NotificationActionType actionType,
			RequestOptions options) {
		return completeAction(subscriberId, notificationId, actionType, null, options);
	}

	/**
	 * Marks an action button of a notification as completed ({@code PATCH .../notifications/{notificationId}/actions/{actionType}/complete}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param actionType the primary or the secondary action
	 * @param contextKeys the context keys of the notification, or {@code null}
	 * @param options per-call options
	 * @return the notification after the change
	 */
	public InboxNotification completeAction(String subscriberId, String notificationId, NotificationActionType actionType,
			@Nullable List<String> contextKeys, RequestOptions options) {
		Objects.requireNonNull(actionType, "actionType");
		return single(ApiCall.patch("subscribers.notifications.completeAction",
				"/v2/subscribers/{subscriberId}/notifications/{notificationId}/actions/{actionType}/complete")
			.path("actionType", actionType.value()), subscriberId, notificationId, contextKeys, options);
	}

	/**
	 * Reverts a completed action button of a notification ({@code PATCH .../notifications/{notificationId}/actions/{actionType}/revert}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param actionType the primary or the secondary action
	 * @return the notification after the change
	 */
	public InboxNotification revertAction(String subscriberId, String notificationId, NotificationActionType actionType) {
		return revertAction(subscriberId, notificationId, actionType, null, RequestOptions.none());
	}

	/**
	 * Reverts a completed action button of a notification ({@code PATCH .../notifications/{notificationId}/actions/{actionType}/revert}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param actionType the primary or the secondary action
	 * @param options per-call options
	 * @return the notification after the change
	 */
	public InboxNotification revertAction(String subscriberId, String notificationId, NotificationActionType actionType,
			RequestOptions options) {
		return revertAction(subscriberId, notificationId, actionType, null, options);
	}

	/**
	 * Reverts a completed action button of a notification ({@code PATCH .../notifications/{notificationId}/actions/{actionType}/revert}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param actionType the primary or the secondary action
	 * @param contextKeys the context keys of the notification, or {@code null}
	 * @param options per-call options
	 * @return the notification after the change
	 */
	public InboxNotification revertAction(String subscriberId, String notificationId, NotificationActionType actionType,
			@Nullable List<String> contextKeys, RequestOptions options) {
		Objects.requireNonNull(actionType, "actionType");
		return single(ApiCall.patch("subscribers.notifications.revertAction",
				"/v2/subscribers/{subscriberId}/notifications/{notificationId}/actions/{actionType}/revert")
			.path("actionType", actionType.value()), subscriberId, notificationId, contextKeys, options);
	}

	/**
	 * Snoozes a notification until an instant at least 60 seconds ahead
	 * ({@code PATCH .../notifications/{notificationId}/snooze}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param snoozeUntil when the notification comes back
	 * @return the notification, snoozed
	 */
	public InboxNotification snooze(String subscriberId, String notificationId, Instant snoozeUntil) {
		return snooze(subscriberId, notificationId, snoozeUntil, null, RequestOptions.none());
	}

	/**
	 * Snoozes a notification ({@code PATCH .../notifications/{notificationId}/snooze}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param snoozeUntil when the notification comes back, at least 60 seconds ahead
	 * @param options per-call options
	 * @return the notification, snoozed
	 */
	public InboxNotification snooze(String subscriberId, String notificationId, Instant snoozeUntil,
			RequestOptions options) {
		return snooze(subscriberId, notificationId, snoozeUntil, null, options);
	}

	/**
	 * Snoozes a notification ({@code PATCH .../notifications/{notificationId}/snooze}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param snoozeUntil when the notification comes back, at least 60 seconds ahead (by this machine's clock)
	 * @param contextKeys the context keys of the notification, or {@code null}
	 * @param options per-call options
	 * @return the notification, snoozed
	 * @throws IllegalArgumentException if {@code snoozeUntil} is less than 60 seconds ahead
	 */
	public InboxNotification snooze(String subscriberId, String notificationId, Instant snoozeUntil,
			@Nullable List<String> contextKeys, RequestOptions options) {
		Objects.requireNonNull(snoozeUntil, "snoozeUntil");
		if (snoozeUntil.isBefore(Instant.now().plus(MIN_SNOOZE))) {
			throw new IllegalArgumentException("snoozeUntil must be at least " + MIN_SNOOZE.toSeconds()
					+ " seconds ahead (Novu rejects shorter snoozes), was " + snoozeUntil);
		}
		return single(ApiCall.patch("subscribers.notifications.snooze",
				"/v2/subscribers/{subscriberId}/notifications/{notificationId}/snooze")
			.body(Map.of("snoozeUntil", snoozeUntil.toString())), subscriberId, notificationId, contextKeys, options);
	}

	/**
	 * Deletes a notification ({@code DELETE .../notifications/{notificationId}}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 */
	public void delete(String subscriberId, String notificationId) {
		delete(subscriberId, notificationId, null, RequestOptions.none());
	}

	/**
	 * Deletes a notification ({@code DELETE .../notifications/{notificationId}}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param options per-call options
	 */
	public void delete(String subscriberId, String notificationId, RequestOptions options) {
		delete(subscriberId, notificationId, null, options);
	}

	/**
	 * Deletes a notification ({@code DELETE .../notifications/{notificationId}}).
	 * @param subscriberId your id of the subscriber
	 * @param notificationId the notification's id
	 * @param contextKeys the context keys of the notification, or {@code null}
	 * @param options per-call options
	 */
	public void delete(String subscriberId, String notificationId, @Nullable List<String> contextKeys,
			RequestOptions options) {
		this.transport.callNoContent(ApiCall.delete("subscribers.notifications.delete",
				"/v2/subscribers/{subscriberId}/notifications/{notificationId}")
			.path("subscriberId", subscriberId)
			.path("notificationId", notificationId)
			.query("contextKeys", Checks.contextKeys(contextKeys))
			.build(), options);
	}

	private InboxNotification single(ApiCall.Builder call, String subscriberId, String notificationId,
			@Nullable List<String> contextKeys, RequestOptions options) {
		return this.transport.call(call.path("subscriberId", subscriberId)
			.path("notificationId", notificationId)
			.query("contextKeys", Checks.contextKeys(contextKeys))
			.build(), InboxNotification.class, options);
	}

	private void bulk(ApiCall.Builder call, String subscriberId, BulkNotificationsRequest request,
			RequestOptions options) {
		Objects.requireNonNull(request, "request");
		if (request.notificationIds() != null) {
			throw new IllegalArgumentException(
					"notificationIds apply to markAsSeen only; select by tags, data or contextKeys here");
		}
		this.transport.callNoContent(call.path("subscriberId", subscriberId).body(request).build(), options);
	}

	private static @Nullable Long epochMillis(@Nullable Instant instant) {
		return (instant != null) ? instant.toEpochMilli() : null;
	}

}
