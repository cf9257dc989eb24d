package io.github.novu4j.client.subscribers;

import io.github.novu4j.client.internal.Paging;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Filters and paging of a subscriber's in-app feed ({@code subscribers().notifications().retrieve}), sent as
 * query parameters (the names below).
 *
 * <pre>{@code
 * FeedRequest unread = FeedRequest.builder().limit(50).read(false).feedIdentifier("billing").build();
 * for (Message message : novu.subscribers().notifications().retrieve("user-42", unread)) { ... }
 * }</pre>
 *
 * @param page the first page to fetch, from 0
 * @param limit messages per page, 1 to 100, or {@code null} for Novu's default (10)
 * @param feedIdentifiers only messages of these feeds (sent as repeated {@code feedIdentifier})
 * @param read only read ({@code true}) or unread ({@code false}) messages
 * @param seen only seen or unseen messages
 * @param payload only messages whose trigger payload has these values (sent as base64 JSON)
 */
public record FeedRequest(@JsonProperty("page") int page, @JsonProperty("limit") @Nullable Integer limit,
		@JsonProperty("feedIdentifier") List<String> feedIdentifiers, @JsonProperty("read") @Nullable Boolean read,
		@JsonProperty("seen") @Nullable Boolean seen,
		@JsonProperty("payload") @Nullable Map<String, @Nullable Object> payload) {

	/** Most messages per feed page. */
	public static final int MAX_LIMIT = 100;

	/**
	 * Checks page, limit (1 to 100) and feed identifiers before anything is sent.
	 * @param page the first page to fetch, from 0
	 * @param limit messages per page, 1 to 100, or {@code null} for Novu's default (10)
	 * @param feedIdentifiers only messages of these feeds (sent as repeated {@code feedIdentifier})
	 * @param read only read ({@code true}) or unread ({@code false}) messages
	 * @param seen only seen or unseen messages
	 * @param payload only messages whose trigger payload has these values (sent as base64 JSON)
	 */
	public FeedRequest {
		Paging.requirePage(page);
		Paging.requireSize(limit, MAX_LIMIT, "feed limit");
		feedIdentifiers = Ids.requireAll(Objects.requireNonNullElse(feedIdentifiers, List.of()), "feedIdentifier",
				false);
		payload = (payload != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(payload)) : null;
	}

	/** @return a request for the whole feed from page 0 with Novu's page size */
	public static FeedRequest all() {
		return builder().build();
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/** Builder of {@link FeedRequest}. */
	public static final class Builder {

		private int page;

		private @Nullable Integer limit;

		private final List<String> feedIdentifiers = new ArrayList<>();

		private @Nullable Boolean read;

		private @Nullable Boolean seen;

		private @Nullable Map<String, @Nullable Object> payload;

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
		 * @param limit messages per page, 1 to 100
		 * @return this builder
		 */
		public Builder limit(int limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * @param feedIdentifier a feed to include (repeatable)
		 * @return this builder
		 */
		public Builder feedIdentifier(String feedIdentifier) {
			this.feedIdentifiers.add(feedIdentifier);
			return this;
		}

		/**
		 * @param read {@code true} for read messages only, {@code false} for unread only
		 * @return this builder
		 */
		public Builder read(boolean read) {
			this.read = read;
			return this;
		}

		/**
		 * @param seen {@code true} for seen messages only, {@code false} for unseen only
		 * @return this builder
		 */
		public Builder seen(boolean seen) {
			this.seen = seen;
			return this;
		}

		/**
		 * @param payload values the trigger payload must have, e.g. {@code Map.of("orderId", 1234)}
		 * @return this builder
		 */
		public Builder payload(Map<String, ?> payload) {
			this.payload = new LinkedHashMap<>(Objects.requireNonNull(payload, "payload"));
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if the page is negative or the limit is outside 1..100
		 */
		public FeedRequest build() {
			return new FeedRequest(this.page, this.limit, this.feedIdentifiers, this.read, this.seen, this.payload);
		}

	}

}
