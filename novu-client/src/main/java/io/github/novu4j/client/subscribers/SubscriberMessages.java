package io.github.novu4j.client.subscribers;

import java.util.List;
import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import io.github.novu4j.client.messages.Message;
import tools.jackson.core.type.TypeReference;

/**
 * Marks a subscriber's in-app messages ({@code novu.subscribers().messages()}): all of them, some by id,
 * or one message's action. Novu answers these with 201. Thread-safe.
 *
 * <pre>{@code
 * novu.subscribers().messages().markAll("user-42", MarkAllMessagesRequest.of(MarkAs.SEEN));
 * }</pre>
 */
public class SubscriberMessages {

	private static final TypeReference<List<Message>> MESSAGES = new TypeReference<>() {
	};

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public SubscriberMessages(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * {@code POST /v1/subscribers/{subscriberId}/messages/mark-all}: marks every message (of the given
	 * feeds, if any).
	 * @param subscriberId your id of the subscriber
	 * @param request what to mark them as, and optionally which feeds
	 * @return the number of messages Novu changed
	 */
	public int markAll(String subscriberId, MarkAllMessagesRequest request) {
		return markAll(subscriberId, request, RequestOptions.none());
	}

	/**
	 * {@code POST /v1/subscribers/{subscriberId}/messages/mark-all}.
	 * @param subscriberId your id of the subscriber
	 * @param request what to mark them as, and optionally which feeds
	 * @param options per-call options
	 * @return the number of messages Novu changed
	 */
	public int markAll(String subscriberId, MarkAllMessagesRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(
				ApiCall.post("subscribers.messages.markAll", "/v1/subscribers/{subscriberId}/messages/mark-all")
					.path("subscriberId", subscriberId)
					.body(request)
					.build(),
				Integer.class, options);
	}

	/**
	 * {@code POST /v1/subscribers/{subscriberId}/messages/mark-as}: marks messages by id.
	 * @param subscriberId your id of the subscriber
	 * @param request the message ids and what to mark them as
	 * @return the changed messages
	 */
	public List<Message> markAllAs(String subscriberId, MarkMessagesAsRequest request) {
		return markAllAs(subscriberId, request, RequestOptions.none());
	}

	/**
	 * {@code POST /v1/subscribers/{subscriberId}/messages/mark-as}.
	 * @param subscriberId your id of the subscriber
	 * @param request the message ids and what to mark them as
	 * @param options per-call options
	 * @return the changed messages
	 */
	public List<Message> markAllAs(String subscriberId, MarkMessagesAsRequest request,
			RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(
				ApiCall.post("subscribers.messages.markAllAs", "/v1/subscribers/{subscriberId}/messages/mark-as")
					.path("subscriberId", subscriberId)
					.body(request)
					.build(),
				MESSAGES, options);
	}

	/**
	 * {@code POST /v1/subscribers/{subscriberId}/messages/{messageId}/actions/{type}}: records what the
	 * subscriber did with a button of an in-app message.
	 * @param subscriberId your id of the subscriber
	 * @param messageId the message id
	 * @param type the button, e.g. {@link ButtonType#PRIMARY}
	 * @param request the action's new status and payload
	 * @return the updated message
	 */
	public Message updateAsSeen(String subscriberId, String messageId, ButtonType type,
			MessageActionRequest request) {
		return updateAsSeen(subscriberId, messageId, type, request, RequestOptions.none());
	}

	/**
	 * {@code POST /v1/subscribers/{subscriberId}/messages/{messageId}/actions/{type}}.
	 * @param subscriberId your id of the subscriber
	 * @param messageId the message id
	 * @param type the button, e.g. {@link ButtonType#PRIMARY}
	 * @param request the action's new status and payload
	 * @param options per-call options
	 * @return the updated message
	 */
	public Message updateAsSeen(String subscriberId, String messageId, ButtonType type,
			MessageActionRequest request, RequestOptions options) {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall
			.post("subscribers.messages.updateAsSeen",
					"/v1/subscribers/{subscriberId}/messages/{messageId}/actions/{type}")
			.path("subscriberId", subscriberId)
			.path("messageId", messageId)
			.path("type", type.value())
			.body(request)
			.build(), Message.class, options);
	}

}
