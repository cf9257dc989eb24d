package io.github.novu4j.client.v2.subscribers;

import io.github.novu4j.client.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Which page of a subscriber's Inbox to list ({@code GET /v2/subscribers/{subscriberId}/notifications})
 * and how to filter it. Pages go by {@code offset} or by {@code after} (the id of the last notification
 * seen), never both; {@code limit} is 1 to 100 (Novu's default 10). Checked when built.
 *
 * <pre>{@code
 * ListNotificationsRequest.builder().limit(20).read(false).contextKeys(List.of("tenant:acme")).build();
 * }</pre>
 *
 * @param limit notifications per page, 1 to 100
 * @param offset how many to skip
 * @param after start after the notification with this id
 * @param read only read ({@code true}) or unread ({@code false})
 * @param archived only archived or not archived
 * @param snoozed only snoozed or not snoozed
 * @param seen only seen or unseen
 * @param data a filter on the notifications' data, written as the JSON text Novu expects
 * @param severity only these severities
 * @param createdGte only notifications created at or after this instant
 * @param createdLte only notifications created at or before this instant
 * @param contextKeys only notifications of these contexts, e.g. {@code tenant:acme}
 */
public record ListNotificationsRequest(@Nullable Integer limit, @Nullable Integer offset, @Nullable String after,
		@Nullable Boolean read, @Nullable Boolean archived, @Nullable Boolean snoozed, @Nullable Boolean seen,
		@Nullable String data, @Nullable List<Severity> severity, @Nullable Instant createdGte,
		@Nullable Instant createdLte, @Nullable List<String> contextKeys) {

	/** The largest page of the Inbox list. */
	public static final int MAX_LIMIT = 100;

	private static final ListNotificationsRequest NONE = builder().build();

	/**
	 * Checks the combination.
	 * @param limit notifications per page
	 * @param offset how many to skip
	 * @param after start after this id
	 * @param read read state
	 * @param archived archived state
	 * @param snoozed snoozed state
	 * @param seen seen state
	 * @param data a data filter as JSON text
	 * @param severity severities
	 * @param createdGte created at or after
	 * @param createdLte created at or before
	 * @param contextKeys context keys
	 * @throws IllegalArgumentException if the limit or offset is out of range, both offset and after
	 * are set, or a value is blank
	 */
	public ListNotificationsRequest {
		if (limit != null) {
			Checks.range(limit, 1, MAX_LIMIT, "notifications.list limit");
		}
		if (offset != null && offset < 0) {
			throw new IllegalArgumentException("notifications.list offset must be 0 or more, was " + offset);
		}
		if (offset != null && after != null) {
			throw new IllegalArgumentException("notifications.list pages by offset or by after, not both");
		}
		Checks.notBlank(after, "after");
		Checks.notBlank(data, "data");
		severity = (severity != null) ? List.copyOf(severity) : null;
		contextKeys = Checks.contextKeys(contextKeys);
	}

	/** @return the first page with Novu's defaults */
	public static ListNotificationsRequest none() {
		return NONE;
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The same filters, continuing after a notification; used to fetch the next page.
	 * @param notificationId the id of the last notification seen ({@link InboxNotificationsPage#lastId()})
	 * @return the request of the next page (no offset)
	 */
	public ListNotificationsRequest withAfter(String notificationId) {
		return new ListNotificationsRequest(this.limit, null, notificationId, this.read, this.archived, this.snoozed,
				this.seen, this.data, this.severity, this.createdGte, this.createdLte, this.contextKeys);
	}

	/** Builds a {@link ListNotificationsRequest}. */
	public static final class Builder {

		private @Nullable Integer limit;

		private @Nullable Integer offset;

		private @Nullable String after;

		private @Nullable Boolean read;

		private @Nullable Boolean archived;

		private @Nullable Boolean snoozed;

		private @Nullable Boolean seen;

		private @Nullable String data;

		private @Nullable List<Severity> severity;

		private @Nullable Instant createdGte;

		private @Nullable Instant createdLte;

		private @Nullable List<String> contextKeys;

		private Builder() {
		}

		/**
		 * @param limit notifications per page, 1 to 100
		 * @return this builder
		 */
		public Builder limit(@Nullable Integer limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * @param offset how many notifications to skip
		 * @return this builder
		 */
		public Builder offset(@Nullable Integer offset) {
			this.offset = offset;
			return this;
		}

		/**
		 * @param after start after the notification with this id
		 * @return this builder
		 */
		public Builder after(@Nullable String after) {
			this.after = after;
			return this;
		}

		/**
		 * @param read {@code true} for read, {@code false} for unread notifications
		 * @return this builder
		 */
		public Builder read(@Nullable Boolean read) {
			this.read = read;
			return this;
		}

		/**
		 * @param archived {@code true} for archived notifications only
		 * @return this builder
		 */
		public Builder archived(@Nullable Boolean archived) {
			this.archived = archived;
			return this;
		}

		/**
		 * @param snoozed {@code true} for snoozed notifications only
		 * @return this builder
		 */
		public Builder snoozed(@Nullable Boolean snoozed) {
			this.snoozed = snoozed;
			return this;
		}

		/**
		 * @param seen {@code true} for seen, {@code false} for unseen notifications
		 * @return this builder
		 */
		public Builder seen(@Nullable Boolean seen) {
			this.seen = seen;
			return this;
		}

		/**
		 * @param data attributes the notifications' data must have; sent as JSON text
		 * @return this builder
		 */
		public Builder data(@Nullable Map<String, ?> data) {
			this.data = Checks.jsonText(data, "data");
			return this;
		}

		/**
		 * @param severity only these severities
		 * @return this builder
		 */
		public Builder severity(@Nullable List<Severity> severity) {
			this.severity = severity;
			return this;
		}

		/**
		 * @param createdGte only notifications created at or after this instant (sent as epoch milliseconds)
		 * @return this builder
		 */
		public Builder createdGte(@Nullable Instant createdGte) {
			this.createdGte = createdGte;
			return this;
		}

		/**
		 * @param createdLte only notifications created at or before this instant (sent as epoch milliseconds)
		 * @return this builder
		 */
		public Builder createdLte(@Nullable Instant createdLte) {
			this.createdLte = createdLte;
			return this;
		}

		/**
		 * @param contextKeys only notifications of these contexts, e.g. {@code tenant:acme}
		 * @return this builder
		 */
		public Builder contextKeys(@Nullable List<String> contextKeys) {
			this.contextKeys = contextKeys;
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if the combination is invalid
		 */
		public ListNotificationsRequest build() {
			return new ListNotificationsRequest(this.limit, this.offset, this.after, this.read, this.archived,
					this.snoozed, this.seen, this.data, this.severity, this.createdGte, this.createdLte,
					this.contextKeys);
		}

	}

}
