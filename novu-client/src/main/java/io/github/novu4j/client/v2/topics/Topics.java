package io.github.novu4j.client.v2.topics;

import java.util.Objects;

import io.github.novu4j.client.AcknowledgedResult;
import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;

/**
 * Topics of the v2 API ({@code /v2/topics}) and their subscriptions. Obtained from
 * {@code novu.v2().topics()}; thread-safe.
 *
 * <pre>{@code
 * Topic topic = novu.v2().topics().create(CreateTopicRequest.of("ops-team", "Operations"));
 * novu.v2().topics().subscriptions().create("ops-team", CreateTopicSubscriptionsRequest.of("user-42"));
 * for (Topic t : novu.v2().topics().list(ListTopicsRequest.none())) { ... }   // cursor pages
 * }</pre>
 *
 * Unlike the v1 {@code novu.topics()}: {@code create} is an upsert, the list is cursor-paginated, and
 * {@code delete} removes a topic together with its subscriptions. A topic key travels as one encoded
 * path segment.
 */
public class Topics {

	private final NovuTransport transport;

	private final TopicSubscriptions subscriptions;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Topics(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
		this.subscriptions = new TopicSubscriptions(transport);
	}

	/** @return the subscriptions of topics ({@code /v2/topics/{topicKey}/subscriptions}) */
	public TopicSubscriptions subscriptions() {
		return this.subscriptions;
	}

	/**
	 * Lists topics ({@code GET /v2/topics}), fetching the first page now and the others as the caller
	 * iterates.
	 * @param request pagination and filters
	 * @return the topics, page by page
	 */
	public CursorPagedIterable<Topic> list(ListTopicsRequest request) {
		return list(request, RequestOptions.none());
	}

	/**
	 * Lists topics ({@code GET /v2/topics}); every page request uses the same options.
	 * @param request pagination and filters
	 * @param options per-call options, applied to each page request
	 * @return the topics, page by page
	 */
	public CursorPagedIterable<Topic> list(ListTopicsRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.cursorList(request.pagination(), (page) -> ApiCall.get("topics.list", "/v2/topics")
			.cursor(page)
			.query("key", request.key())
			.query("name", request.name())
			.build(), Topic.class, options);
	}

	/**
	 * Creates a topic, or updates the name of the topic with this key ({@code POST /v2/topics}). Novu
	 * answers 201 on both (its OpenAPI document promises 200 on an update; WIRE-FORMAT-CURRENT §C).
	 * @param request the key and name; {@link CreateTopicRequest#failingIfExists()} turns an existing key
	 * into a conflict
	 * @return the topic
	 * @throws io.github.novu4j.client.NovuConflictException if the key exists and the request fails if it
	 * exists
	 */
	public Topic create(CreateTopicRequest request) {
		return create(request, RequestOptions.none());
	}

	/**
	 * Creates or updates a topic ({@code POST /v2/topics}).
	 * @param request the key and name
	 * @param options per-call options
	 * @return the topic
	 * @throws io.github.novu4j.client.NovuConflictException if the key exists and the request fails if it
	 * exists
	 */
	public Topic create(CreateTopicRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("topics.create", "/v2/topics")
			.query("failIfExists", request.failIfExists() ? "true" : null)
			.body(request)
			.build(), Topic.class, options);
	}

	/**
	 * Retrieves a topic ({@code GET /v2/topics/{topicKey}}).
	 * @param topicKey the topic's key
	 * @return the topic
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such topic
	 */
	public Topic get(String topicKey) {
		return get(topicKey, RequestOptions.none());
	}

	/**
	 * Retrieves a topic ({@code GET /v2/topics/{topicKey}}).
	 * @param topicKey the topic's key
	 * @param options per-call options
	 * @return the topic
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such topic
	 */
	public Topic get(String topicKey, RequestOptions options) {
		return this.transport.call(ApiCall.get("topics.get", "/v2/topics/{topicKey}").path("topicKey", topicKey).build(),
				Topic.class, options);
	}

	/**
	 * Renames a topic ({@code PATCH /v2/topics/{topicKey}}).
	 * @param topicKey the topic's key
	 * @param request the new name
	 * @return the topic
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such topic
	 */
	public Topic update(String topicKey, UpdateTopicRequest request) {
		return update(topicKey, request, RequestOptions.none());
	}

	/**
	 * Renames a topic ({@code PATCH /v2/topics/{topicKey}}).
	 * @param topicKey the topic's key
	 * @param request the new name
	 * @param options per-call options
	 * @return the topic
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such topic
	 */
	public Topic update(String topicKey, UpdateTopicRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.patch("topics.update", "/v2/topics/{topicKey}")
			.path("topicKey", topicKey)
			.body(request)
			.build(), Topic.class, options);
	}

	/**
	 * Deletes a topic with all its subscriptions ({@code DELETE /v2/topics/{topicKey}}); unlike v1, never
	 * refused because of subscribers.
	 * @param topicKey the topic's key
	 * @return Novu's acknowledgement ({@code {"acknowledged":true}})
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such topic
	 */
	public AcknowledgedResult delete(String topicKey) {
		return delete(topicKey, RequestOptions.none());
	}

	/**
	 * Deletes a topic with all its subscriptions ({@code DELETE /v2/topics/{topicKey}}).
	 * @param topicKey the topic's key
	 * @param options per-call options
	 * @return Novu's acknowledgement
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such topic
	 */
	public AcknowledgedResult delete(String topicKey, RequestOptions options) {
		return this.transport.call(
				ApiCall.delete("topics.delete", "/v2/topics/{topicKey}").path("topicKey", topicKey).build(),
				AcknowledgedResult.class, options);
	}

}
