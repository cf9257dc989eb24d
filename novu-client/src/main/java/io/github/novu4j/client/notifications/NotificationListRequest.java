package io.github.novu4j.client.notifications;

import io.github.novu4j.client.internal.Paging;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.ChannelType;
import org.jspecify.annotations.Nullable;

/**
 * Filters and paging of {@link Notifications#list(NotificationListRequest)}; every field is optional.
 * Sent as query parameters, lists as repeated keys. Novu (2024 server) returns 10 notifications per page.
 *
 * <pre>{@code
 * NotificationListRequest.builder().channels(ChannelType.EMAIL).subscriberIds("user-42").build();
 * }</pre>
 *
 * @param page the first page to fetch, from 0 (default 0)
 * @param channels only notifications that used one of these channels
 * @param templates only notifications of these workflows (workflow ids)
 * @param emails only notifications to these email addresses
 * @param subscriberIds only notifications to these subscribers (your subscriber ids)
 * @param search a search term (deprecated by Novu)
 * @param transactionId only the notifications of this trigger
 */
public record NotificationListRequest(@JsonProperty("page") @Nullable Integer page,
		@JsonProperty("channels") List<ChannelType> channels, @JsonProperty("templates") List<String> templates,
		@JsonProperty("emails") List<String> emails, @JsonProperty("subscriberIds") List<String> subscriberIds,
		@JsonProperty("search") @Nullable String search,
		@JsonProperty("transactionId") @Nullable String transactionId) {

	/**
	 * Checks the filters before anything is sent, and copies the lists.
	 * @param page the first page to fetch, from 0 (default 0)
	 * @param channels only notifications that used one of these channels
	 * @param templates only notifications of these workflows (workflow ids)
	 * @param emails only notifications to these email addresses
	 * @param subscriberIds only notifications to these subscribers (your subscriber ids)
	 * @param search a search term (deprecated by Novu)
	 * @param transactionId only the notifications of this trigger
	 * @throws IllegalArgumentException if the page is negative, or a filter value or the transaction id is blank
	 */
	public NotificationListRequest {
		Paging.requirePage(page);
		channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
		templates = nonBlank(templates, "templates");
		emails = nonBlank(emails, "emails");
		subscriberIds = nonBlank(subscriberIds, "subscriberIds");
		if (transactionId != null && transactionId.isBlank()) {
			throw new IllegalArgumentException("transactionId must not be blank");
		}
	}

	/** @return a request without filters: the first page of every notification */
	public static NotificationListRequest all() {
		return builder().build();
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	private static List<String> nonBlank(List<String> values, String name) {
		List<String> copy = List.copyOf(Objects.requireNonNull(values, name));
		for (String value : copy) {
			if (value.isBlank()) {
				throw new IllegalArgumentException(name + " must not contain a blank value");
			}
		}
		return copy;
	}

	/** Builder of {@link NotificationListRequest}; list setters add, so they can be called again. */
	public static final class Builder {

		private @Nullable Integer page;

		private final List<ChannelType> channels = new ArrayList<>();

		private final List<String> templates = new ArrayList<>();

		private final List<String> emails = new ArrayList<>();

		private final List<String> subscriberIds = new ArrayList<>();

		private @Nullable String search;

		private @Nullable String transactionId;

		private Builder() {
		}

		/**
		 * @param page the first page to fetch, from 0
		 * @return this builder
		 */
		public Builder page(int page) {
			this.page = page;
			return this;
		}

		/**
		 * @param channels only notifications that used one of these channels
		 * @return this builder
		 */
		public Builder channels(ChannelType... channels) {
			return add(this.channels, channels, "channel");
		}

		/**
		 * @param workflowIds only notifications of these workflows
		 * @return this builder
		 */
		public Builder templates(String... workflowIds) {
			return add(this.templates, workflowIds, "template");
		}

		/**
		 * @param emails only notifications to these email addresses
		 * @return this builder
		 */
		public Builder emails(String... emails) {
			return add(this.emails, emails, "email");
		}

		/**
		 * @param subscriberIds only notifications to these subscribers
		 * @return this builder
		 */
		public Builder subscriberIds(String... subscriberIds) {
			return add(this.subscriberIds, subscriberIds, "subscriberId");
		}

		/**
		 * @param search a search term (deprecated by Novu)
		 * @return this builder
		 */
		public Builder search(@Nullable String search) {
			this.search = search;
			return this;
		}

		/**
		 * @param transactionId only the notifications of this trigger
		 * @return this builder
		 */
		public Builder transactionId(@Nullable String transactionId) {
			this.transactionId = transactionId;
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if a value is out of range or blank
		 */
		public NotificationListRequest build() {
			return new NotificationListRequest(this.page, this.channels, this.templates, this.emails, this.subscriberIds,
					this.search, this.transactionId);
		}

		private <T> Builder add(List<T> into, T[] values, String name) {
			for (T value : values) {
				into.add(Objects.requireNonNull(value, name));
			}
			return this;
		}

	}

}
