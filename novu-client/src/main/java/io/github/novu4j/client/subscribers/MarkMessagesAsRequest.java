package io.github.novu4j.client.subscribers;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Marks some of a subscriber's messages, by id.
 *
 * <pre>{@code
 * novu.subscribers().messages().markAllAs("user-42", MarkMessagesAsRequest.of(MarkAs.SEEN, "msg-1", "msg-2"));
 * }</pre>
 *
 * @param messageIds the message ids ({@code _id} of {@link io.github.novu4j.client.messages.Message}); at least one
 * @param markAs what to mark them as
 */
public record MarkMessagesAsRequest(@JsonProperty("messageId") List<String> messageIds,
		@JsonProperty("markAs") MarkAs markAs) {

	/**
	 * Checks that there is at least one id and none is blank.
	 * @param messageIds the message ids ({@code _id} of {@link io.github.novu4j.client.messages.Message}); at least one
	 * @param markAs what to mark them as
	 */
	public MarkMessagesAsRequest {
		messageIds = Ids.requireAll(messageIds, "messageId", true);
		Objects.requireNonNull(markAs, "markAs");
	}

	/**
	 * @param markAs what to mark them as
	 * @param messageIds the message ids
	 * @return the request
	 */
	public static MarkMessagesAsRequest of(MarkAs markAs, String... messageIds) {
		return new MarkMessagesAsRequest(List.of(messageIds), markAs);
	}

	/**
	 * @param markAs what to mark them as
	 * @param messageIds the message ids
	 * @return the request
	 */
	public static MarkMessagesAsRequest of(MarkAs markAs, List<String> messageIds) {
		return new MarkMessagesAsRequest(messageIds, markAs);
	}

}
