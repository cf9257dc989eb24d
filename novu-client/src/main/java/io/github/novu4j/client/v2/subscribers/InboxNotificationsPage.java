package io.github.novu4j.client.v2.subscribers;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * One page of a subscriber's Inbox ({@code GET /v2/subscribers/{subscriberId}/notifications}), as Novu
 * sends it: bare, {@code {"data":[..],"hasMore":bool,"filter":{..}}}. Ask for the next page with
 * {@link ListNotificationsRequest#withAfter(String)} and {@link #lastId()}, or with an offset.
 *
 * @param data the notifications, newest first
 * @param hasMore whether more notifications follow this page
 * @param filter the filter Novu applied
 * @param additionalProperties what this record does not model
 */
public record InboxNotificationsPage(@JsonProperty("data") List<InboxNotification> data,
		@JsonProperty("hasMore") @Nullable Boolean hasMore,
		@JsonProperty("filter") @Nullable Map<String, @Nullable Object> filter,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the items; absent {@code data} becomes an empty list.
	 * @param data the notifications
	 * @param hasMore whether more follow
	 * @param filter the filter Novu applied
	 * @param additionalProperties what this record does not model
	 */
	public InboxNotificationsPage {
		data = (data != null) ? List.copyOf(data) : List.of();
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/** @return the id of the last notification of this page (the {@code after} of the next), or {@code null} when empty */
	public @Nullable String lastId() {
		return this.data.isEmpty() ? null : this.data.get(this.data.size() - 1).id();
	}

}
