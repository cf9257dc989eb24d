package io.github.novu4j.client.messages;

import java.util.Objects;

import io.github.novu4j.client.AcknowledgedResult;
import io.github.novu4j.client.ChannelType;
import io.github.novu4j.client.Page;
import io.github.novu4j.client.PagedIterable;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * Messages: list, delete, delete by transaction id ({@code novu.messages()}). Obtained from
 * {@code NovuClient}; thread-safe.
 *
 * <pre>{@code
 * for (Message m : novu.messages().retrieve(MessageListRequest.builder().subscriberId("user-42").build())) { ... }
 * novu.messages().deleteByTransactionId("tx-1", ChannelType.EMAIL);
 * }</pre>
 */
public class Messages {

	private static final TypeReference<Page<Message>> MESSAGE_PAGE = new TypeReference<>() {
	};

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Messages(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Lists every message, newest first, page by page ({@code GET /v1/messages}).
	 * @return the first page, and lazy iteration over the rest
	 */
	public PagedIterable<Message> retrieve() {
		return retrieve(MessageListRequest.all(), RequestOptions.none());
	}

	/**
	 * Lists messages page by page ({@code GET /v1/messages}).
	 * @param request filters and paging
	 * @return the first page (fetched now), and lazy iteration over the rest
	 */
	public PagedIterable<Message> retrieve(MessageListRequest request) {
		return retrieve(request, RequestOptions.none());
	}

	/**
	 * Lists messages page by page ({@code GET /v1/messages}). Iteration stops when Novu reports no more
	 * ({@code hasMore}, else {@code totalCount}) or sends an empty page.
	 * @param request filters and paging
	 * @param options per-call options, applied to every page request
	 * @return the first page (fetched now), and lazy iteration over the rest
	 */
	public PagedIterable<Message> retrieve(MessageListRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(options, "options");
		int firstPage = (request.page() != null) ? request.page() : 0;
		return new PagedIterable<>(firstPage, (page) -> this.transport.call(ApiCall.get("messages.retrieve", "/v1/messages")
			.query("page", page)
			.query("limit", request.limit())
			.query("channel", request.channel())
			.query("subscriberId", request.subscriberId())
			.query("transactionId", request.transactionIds())
			.build(), MESSAGE_PAGE, options));
	}

	/**
	 * Deletes a message ({@code DELETE /v1/messages/{messageId}}).
	 * @param messageId the message's id
	 * @return Novu's acknowledgement
	 */
	public AcknowledgedResult delete(String messageId) {
		return delete(messageId, RequestOptions.none());
	}

	/**
	 * Deletes a message ({@code DELETE /v1/messages/{messageId}}).
	 * @param messageId the message's id
	 * @param options per-call options
	 * @return Novu's acknowledgement
	 */
	public AcknowledgedResult delete(String messageId, RequestOptions options) {
		return this.transport.call(
				ApiCall.delete("messages.delete", "/v1/messages/{messageId}").path("messageId", messageId).build(),
				AcknowledgedResult.class, options);
	}

	/**
	 * Deletes every message of a trigger ({@code DELETE /v1/messages/transaction/{transactionId}}).
	 * @param transactionId the trigger's transaction id
	 * @throws io.github.novu4j.client.NovuNotFoundException if Novu has no such messages
	 */
	public void deleteByTransactionId(String transactionId) {
		deleteByTransactionId(transactionId, null, RequestOptions.none());
	}

	/**
	 * Deletes the messages of a trigger on one channel, or on all channels
	 * ({@code DELETE /v1/messages/transaction/{transactionId}}).
	 * @param transactionId the trigger's transaction id
	 * @param channel only this channel's messages, or {@code null} for all
	 * @throws io.github.novu4j.client.NovuNotFoundException if Novu has no such messages
	 */
	public void deleteByTransactionId(String transactionId, @Nullable ChannelType channel) {
		deleteByTransactionId(transactionId, channel, RequestOptions.none());
	}

	/**
	 * Deletes the messages of a trigger on one channel, or on all channels
	 * ({@code DELETE /v1/messages/transaction/{transactionId}}; Novu answers 204).
	 * @param transactionId the trigger's transaction id
	 * @param channel only this channel's messages, or {@code null} for all
	 * @param options per-call options
	 * @throws io.github.novu4j.client.NovuNotFoundException if Novu has no such messages
	 * ({@code Invalid transactionId or channel})
	 */
	public void deleteByTransactionId(String transactionId, @Nullable ChannelType channel, RequestOptions options) {
		this.transport.callNoContent(
				ApiCall.delete("messages.deleteByTransactionId", "/v1/messages/transaction/{transactionId}")
					.path("transactionId", transactionId)
					.query("channel", channel)
					.build(),
				options);
	}

}
