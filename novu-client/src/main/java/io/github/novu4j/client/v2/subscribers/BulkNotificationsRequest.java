package io.github.novu4j.client.v2.subscribers;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Which of a subscriber's notifications a bulk action touches ({@code markAsSeen}, {@code markAllAsRead},
 * {@code archiveAll}, {@code archiveAllRead}, {@code deleteAll}). With nothing set it touches all of them.
 * Only {@code markAsSeen} takes {@code notificationIds}.
 *
 * <pre>{@code
 * BulkNotificationsRequest.builder().tags(List.of("billing")).contextKeys(List.of("tenant:acme")).build();
 * }</pre>
 *
 * @param notificationIds only these notifications ({@code markAsSeen} only)
 * @param tags the workflow tags: a list (any of them) or {@code {"and":[{"or":[..]}, ..]}}
 * @param data a filter on the notifications' data, as the JSON text Novu expects
 * @param contextKeys only notifications of these contexts
 */
public record BulkNotificationsRequest(@JsonProperty("notificationIds") @Nullable List<String> notificationIds,
		@JsonProperty("tags") @Nullable Object tags, @JsonProperty("data") @Nullable String data,
		@JsonProperty("contextKeys") @Nullable List<String> contextKeys) {

	private static final BulkNotificationsRequest ALL = new BulkNotificationsRequest(null, null, null, null);

	/**
	 * Checks the ids and keys.
	 * @param notificationIds only these notifications
	 * @param tags the workflow tags
	 * @param data a data filter as JSON text
	 * @param contextKeys context keys
	 * @throws IllegalArgumentException if an id or key is blank
	 */
	public BulkNotificationsRequest {
		if (notificationIds != null) {
			for (String id : notificationIds) {
				if (id == null || id.isBlank()) {
					throw new IllegalArgumentException("notificationIds must not hold a null or blank id");
				}
			}
			notificationIds = List.copyOf(notificationIds);
		}
		Checks.notBlank(data, "data");
		contextKeys = Checks.contextKeys(contextKeys);
	}

	/** @return every notification of the subscriber */
	public static BulkNotificationsRequest all() {
		return ALL;
	}

	/**
	 * @param notificationIds the notifications to mark as seen
	 * @return a request for {@code markAsSeen} of exactly these notifications
	 */
	public static BulkNotificationsRequest ofIds(List<String> notificationIds) {
		return new BulkNotificationsRequest(notificationIds, null, null, null);
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/** Builds a {@link BulkNotificationsRequest}. */
	public static final class Builder {

		private @Nullable List<String> notificationIds;

		private @Nullable Object tags;

		private @Nullable String data;

		private @Nullable List<String> contextKeys;

		private Builder() {
		}

		/**
		 * @param notificationIds only these notifications ({@code markAsSeen} only)
		 * @return this builder
		 */
		public Builder notificationIds(@Nullable List<String> notificationIds) {
			this.notificationIds = notificationIds;
			return this;
		}

		/**
		 * @param tags notifications whose workflow has any of these tags
		 * @return this builder
		 */
		public Builder tags(@Nullable List<String> tags) {
			this.tags = Checks.anyTag(tags);
			return this;
		}

		/**
		 * @param groups notifications whose workflow has a tag of every group (an AND of ORs)
		 * @return this builder
		 */
		public Builder tagGroups(List<List<String>> groups) {
			this.tags = Checks.tagGroups(groups);
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
		 * @param contextKeys only notifications of these contexts, e.g. {@code tenant:acme}
		 * @return this builder
		 */
		public Builder contextKeys(@Nullable List<String> contextKeys) {
			this.contextKeys = contextKeys;
			return this;
		}

		/** @return the request */
		public BulkNotificationsRequest build() {
			return new BulkNotificationsRequest(this.notificationIds, this.tags, this.data, this.contextKeys);
		}

	}

}
