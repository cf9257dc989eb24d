package io.github.novu4j.client.subscribers;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What {@code subscribers().notifications().unseenCount} counts, sent as query parameters (the names below).
 *
 * @param feedIdentifiers only messages of these feeds; empty for all
 * @param seen count seen ({@code true}) or unseen ({@code false}, the default) messages
 * @param limit the most Novu counts (it stops counting there); default 100
 */
public record UnseenCountRequest(@JsonProperty("feedIdentifier") List<String> feedIdentifiers,
		@JsonProperty("seen") boolean seen, @JsonProperty("limit") int limit) {

	/** Novu's own default of {@code limit}. */
	public static final int DEFAULT_LIMIT = 100;

	/**
	 * Checks the feed identifiers and the limit.
	 * @param feedIdentifiers only messages of these feeds; empty for all
	 * @param seen count seen ({@code true}) or unseen ({@code false}, the default) messages
	 * @param limit the most Novu counts (it stops counting there); default 100
	 */
	public UnseenCountRequest {
		feedIdentifiers = Ids.requireAll(feedIdentifiers, "feedIdentifier", false);
		if (limit < 1) {
			throw new IllegalArgumentException("unseenCount limit must be 1 or more, was " + limit);
		}
	}

	/** @return unseen messages of every feed, counted up to 100 (Novu's defaults) */
	public static UnseenCountRequest unseen() {
		return new UnseenCountRequest(List.of(), false, DEFAULT_LIMIT);
	}

	/** @return a builder starting from Novu's defaults */
	public static Builder builder() {
		return new Builder();
	}

	/** Builder of {@link UnseenCountRequest}. */
	public static final class Builder {

		private final List<String> feedIdentifiers = new ArrayList<>();

		private boolean seen;

		private int limit = DEFAULT_LIMIT;

		private Builder() {
		}

		/**
		 * @param feedIdentifier a feed to count (repeatable)
		 * @return this builder
		 */
		public Builder feedIdentifier(String feedIdentifier) {
			this.feedIdentifiers.add(feedIdentifier);
			return this;
		}

		/**
		 * @param seen count seen instead of unseen messages
		 * @return this builder
		 */
		public Builder seen(boolean seen) {
			this.seen = seen;
			return this;
		}

		/**
		 * @param limit the most Novu counts
		 * @return this builder
		 */
		public Builder limit(int limit) {
			this.limit = limit;
			return this;
		}

		/** @return the request */
		public UnseenCountRequest build() {
			return new UnseenCountRequest(this.feedIdentifiers, this.seen, this.limit);
		}

	}

}
