package io.github.novu4j.client.subscribers;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Marks all of a subscriber's messages, optionally only those of some feeds.
 *
 * <pre>{@code
 * int marked = novu.subscribers().messages().markAll("user-42", MarkAllMessagesRequest.of(MarkAs.READ));
 * }</pre>
 *
 * @param markAs what to mark them as
 * @param feedIdentifiers feeds to limit the change to, or {@code null} for all
 */
public record MarkAllMessagesRequest(@JsonProperty("markAs") MarkAs markAs,
		@JsonProperty("feedIdentifier") @Nullable List<String> feedIdentifiers) {

	/**
	 * Checks the mark and the feed identifiers.
	 * @param markAs what to mark them as
	 * @param feedIdentifiers feeds to limit the change to, or {@code null} for all
	 */
	public MarkAllMessagesRequest {
		Objects.requireNonNull(markAs, "markAs");
		// An empty list would read as "no feed"; absent means every feed.
		feedIdentifiers = (feedIdentifiers != null && !feedIdentifiers.isEmpty())
				? Ids.requireAll(feedIdentifiers, "feedIdentifier", false) : null;
	}

	/**
	 * @param markAs what to mark them as
	 * @return a request for every feed
	 */
	public static MarkAllMessagesRequest of(MarkAs markAs) {
		return new MarkAllMessagesRequest(markAs, null);
	}

	/**
	 * @param markAs what to mark them as
	 * @param feedIdentifiers the feeds
	 * @return a request for those feeds
	 */
	public static MarkAllMessagesRequest inFeeds(MarkAs markAs, String... feedIdentifiers) {
		return new MarkAllMessagesRequest(markAs, List.of(feedIdentifiers));
	}

}
