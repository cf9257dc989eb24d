package io.github.novu4j.client.notifications;

import java.util.List;
import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * Notification statistics ({@code novu.notifications().stats()}). Obtained from {@link Notifications};
 * thread-safe.
 */
public class Stats {

	private static final TypeReference<List<NotificationGraphStat>> GRAPH = new TypeReference<>() {
	};

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Stats(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * How many notifications were sent in the last week and month ({@code GET /v1/notifications/stats}).
	 * @return the counts
	 */
	public NotificationStats retrieve() {
		return retrieve(RequestOptions.none());
	}

	/**
	 * How many notifications were sent in the last week and month ({@code GET /v1/notifications/stats}).
	 * @param options per-call options
	 * @return the counts
	 */
	public NotificationStats retrieve(RequestOptions options) {
		return this.transport.call(ApiCall.get("notifications.stats.retrieve", "/v1/notifications/stats").build(),
				NotificationStats.class, options);
	}

	/**
	 * Notifications per day over Novu's default period (32 days), newest day first
	 * ({@code GET /v1/notifications/graph/stats}).
	 * @return one entry per day that had notifications
	 */
	public List<NotificationGraphStat> graph() {
		return graph(null, RequestOptions.none());
	}

	/**
	 * Notifications per day, newest day first ({@code GET /v1/notifications/graph/stats}).
	 * @param days how many days back, or {@code null} for Novu's default (32)
	 * @return one entry per day that had notifications
	 */
	public List<NotificationGraphStat> graph(@Nullable Integer days) {
		return graph(days, RequestOptions.none());
	}

	/**
	 * Notifications per day, newest day first ({@code GET /v1/notifications/graph/stats}).
	 * @param days how many days back (1 or more), or {@code null} for Novu's default (32)
	 * @param options per-call options
	 * @return one entry per day that had notifications
	 */
	public List<NotificationGraphStat> graph(@Nullable Integer days, RequestOptions options) {
		if (days != null && days < 1) {
			throw new IllegalArgumentException("days must be 1 or more, was " + days);
		}
		return this.transport.call(
				ApiCall.get("notifications.stats.graph", "/v1/notifications/graph/stats").query("days", days).build(),
				GRAPH, options);
	}

}
