package io.github.novu4j.client.topics;

import java.util.Objects;

import io.github.novu4j.client.Page;
import io.github.novu4j.client.PagedIterable;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import tools.jackson.core.type.TypeReference;

/**
 * Topics: create, list, retrieve, rename, delete, and their subscribers. Obtained from {@code NovuClient};
 * thread-safe.
 *
 * <pre>{@code
 * novu.topics().create(CreateTopicRequest.of("ops-team", "Operations"));
 * novu.topics().subscribers().assign("ops-team", TopicSubscribersRequest.of("user-42", "user-43"));
 * for (Topic topic : novu.topics().list()) { ... }   // every topic, 10 per request
 * }</pre>
 *
 * A topic key travels as one encoded path segment, so keys holding {@code /} or spaces work.
 */
public class Topics {

	private static final TypeReference<Page<Topic>> TOPIC_PAGE = new TypeReference<>() {
	};

	private final NovuTransport transport;

	private final TopicSubscribers subscribers;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Topics(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
		this.subscribers = new TopicSubscribers(transport);
	}

	/** @return the subscribers of topics: assign, remove, check membership */
	public TopicSubscribers subscribers() {
		return this.subscribers;
	}

	/**
	 * Creates a topic ({@code POST /v1/topics}).
	 * @param request the key and name
	 * @return Novu's id and the key of the new topic
	 * @throws io.github.novu4j.client.NovuConflictException if a topic with this key exists
	 */
	public CreateTopicResult create(CreateTopicRequest request) {
		return create(request, RequestOptions.none());
	}

	/**
	 * Creates a topic ({@code POST /v1/topics}).
	 * @param request the key and name
	 * @param options per-call options
	 * @return Novu's id and the key of the new topic
	 * @throws io.github.novu4j.client.NovuConflictException if a topic with this key exists
	 */
	public CreateTopicResult create(CreateTopicRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("topics.create", "/v1/topics").body(request).build(),
				CreateTopicResult.class, options);
	}

	/**
	 * Lists every topic ({@code GET /v1/topics}), fetching the first page now and the others as the
	 * caller iterates. Iteration stops once {@code totalCount} topics are covered (topics have no
	 * {@code hasMore}), or on an empty page.
	 * @return the topics, page by page
	 */
	public PagedIterable<Topic> list() {
		return list(ListTopicsRequest.none(), RequestOptions.none());
	}

	/**
	 * Lists topics ({@code GET /v1/topics}) from a page, with a page size or a key filter.
	 * @param request where to start, the page size (at most 10) and an optional key
	 * @return the topics, page by page
	 */
	public PagedIterable<Topic> list(ListTopicsRequest request) {
		return list(request, RequestOptions.none());
	}

	/**
	 * Lists topics ({@code GET /v1/topics}); every page request uses the same options.
	 * @param request where to start, the page size (at most 10) and an optional key
	 * @param options per-call options, applied to each page request
	 * @return the topics, page by page
	 */
	public PagedIterable<Topic> list(ListTopicsRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(options, "options");
		return new PagedIterable<>(request.page(), (page) -> this.transport.call(ApiCall.get("topics.list", "/v1/topics")
			.query("page", page)
			.query("pageSize", request.pageSize())
			.query("key", request.key())
			.build(), TOPIC_PAGE, options));
	}

	/**
	 * Retrieves a topic with its subscribers ({@code GET /v1/topics/{topicKey}}).
	 * @param topicKey the topic's key
	 * @return the topic
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such topic
	 */
	public Topic retrieve(String topicKey) {
		return retrieve(topicKey, RequestOptions.none());
	}

	/**
	 * Retrieves a topic with its subscribers ({@code GET /v1/topics/{topicKey}}).
	 * @param topicKey the topic's key
	 * @param options per-call options
	 * @return the topic
	 */
	public Topic retrieve(String topicKey, RequestOptions options) {
		return this.transport.call(
				ApiCall.get("topics.retrieve", "/v1/topics/{topicKey}").path("topicKey", topicKey).build(),
				Topic.class, options);
	}

	/**
	 * Renames a topic ({@code PATCH /v1/topics/{topicKey}}); the key stays.
	 * @param topicKey the topic's key
	 * @param request the new name
	 * @return the renamed topic
	 */
	public Topic rename(String topicKey, RenameTopicRequest request) {
		return rename(topicKey, request, RequestOptions.none());
	}

	/**
	 * Renames a topic ({@code PATCH /v1/topics/{topicKey}}); the key stays.
	 * @param topicKey the topic's key
	 * @param request the new name
	 * @param options per-call options
	 * @return the renamed topic
	 */
	public Topic rename(String topicKey, RenameTopicRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.patch("topics.rename", "/v1/topics/{topicKey}")
			.path("topicKey", topicKey)
			.body(request)
			.build(), Topic.class, options);
	}

	/**
	 * Deletes a topic ({@code DELETE /v1/topics/{topicKey}}). Novu refuses while the topic has
	 * subscribers: remove them first.
	 * @param topicKey the topic's key
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such topic
	 * @throws io.github.novu4j.client.NovuConflictException if the topic still has subscribers
	 */
	public void delete(String topicKey) {
		delete(topicKey, RequestOptions.none());
	}

	/**
	 * Deletes a topic ({@code DELETE /v1/topics/{topicKey}}).
	 * @param topicKey the topic's key
	 * @param options per-call options
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such topic
	 * @throws io.github.novu4j.client.NovuConflictException if the topic still has subscribers
	 */
	public void delete(String topicKey, RequestOptions options) {
		this.transport.callNoContent(
				ApiCall.delete("topics.delete", "/v1/topics/{topicKey}").path("topicKey", topicKey).build(), options);
	}

}
