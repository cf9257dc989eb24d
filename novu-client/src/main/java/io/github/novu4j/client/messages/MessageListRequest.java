package io.github.novu4j.client.messages;

import io.github.novu4j.client.internal.Paging;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.ChannelType;
import org.jspecify.annotations.Nullable;

/**
 * Filters and paging of {@link Messages#retrieve(MessageListRequest)}; every field is optional. Sent as
 * query parameters.
 *
 * <pre>{@code
 * MessageListRequest.builder().subscriberId("user-42").channel(ChannelType.IN_APP).limit(100).build();
 * }</pre>
 *
 * @param page the first page to fetch, from 0 (default 0)
 * @param limit messages per page, 1 to {@value #MAX_LIMIT} (Novu's default is 10)
 * @param channel only messages of this channel
 * @param subscriberId only messages of this subscriber (your subscriber id)
 * @param transactionIds only messages of these triggers
 */
public record MessageListRequest(@JsonProperty("page") @Nullable Integer page,
		@JsonProperty("limit") @Nullable Integer limit, @JsonProperty("channel") @Nullable ChannelType channel,
		@JsonProperty("subscriberId") @Nullable String subscriberId,
		@JsonProperty("transactionId") List<String> transactionIds) {

	/** Most messages Novu returns per page (it answers 400 above). */
	public static final int MAX_LIMIT = 1000;

	/**
	 * Checks the request before anything is sent, and copies the transaction ids.
	 * @param page the first page to fetch, from 0 (default 0)
	 * @param limit messages per page, 1 to {@value #MAX_LIMIT} (Novu's default is 10)
	 * @param channel only messages of this channel
	 * @param subscriberId only messages of this subscriber (your subscriber id)
	 * @param transactionIds only messages of these triggers
	 * @throws IllegalArgumentException if the page is negative, the limit is outside 1 to {@value #MAX_LIMIT}, or
	 * the subscriber id or a transaction id is blank
	 */
	public MessageListRequest {
		Paging.requirePage(page);
		Paging.requireSize(limit, MAX_LIMIT, "messages.retrieve limit");
		if (subscriberId != null && subscriberId.isBlank()) {
			throw new IllegalArgumentException("subscriberId must not be blank");
		}
		transactionIds = List.copyOf(Objects.requireNonNull(transactionIds, "transactionIds"));
		for (String transactionId : transactionIds) {
			if (transactionId.isBlank()) {
				throw new IllegalArgumentException("transactionIds must not contain a blank id");
			}
		}
	}

	/** @return a request without filters: the first page of every message */
	public static MessageListRequest all() {
		return builder().build();
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** Builder of {@link MessageListRequest}. */
	public static final class Builder {

		private @Nullable Integer page;

		private @Nullable Integer limit;

		private @Nullable ChannelType channel;

		private @Nullable String subscriberId;

		private final List<String> transactionIds = new ArrayList<>();

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
		 * @param limit messages per page, 1 to {@value MessageListRequest#MAX_LIMIT}
		 * @return this builder
		 */
		public Builder limit(int limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * @param channel only messages of this channel
		 * @return this builder
		 */
		public Builder channel(@Nullable ChannelType channel) {
			this.channel = channel;
			return this;
		}

		/**
		 * @param subscriberId only messages of this subscriber (your subscriber id)
		 * @return this builder
		 */
		public Builder subscriberId(@Nullable String subscriberId) {
			this.subscriberId = subscriberId;
			return this;
		}

		/**
		 * Adds transaction ids to filter by; call it again for more.
		 * @param transactionIds trigger transaction ids
		 * @return this builder
		 */
		public Builder transactionId(String... transactionIds) {
			for (String transactionId : transactionIds) {
				this.transactionIds.add(Objects.requireNonNull(transactionId, "transactionId"));
			}
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if a value is out of range
		 */
		public MessageListRequest build() {
			return new MessageListRequest(this.page, this.limit, this.channel, this.subscriberId, this.transactionIds);
		}

	}

}
