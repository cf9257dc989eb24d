package io.github.novu4j.client.v2.topics;

import io.github.novu4j.client.ContextMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import tools.jackson.databind.JavaType;

/**
 * The subscriptions of v2 topics ({@code /v2/topics/{topicKey}/subscriptions}). Obtained from
 * {@code novu.v2().topics().subscriptions()}; thread-safe.
 *
 * <pre>{@code
 * TopicSubscriptionsResult r = novu.v2().topics().subscriptions().create("ops-team",
 *     CreateTopicSubscriptionsRequest.builder().subscriberIds("user-42").context(ContextMap.of("tenant", "acme")).build());
 * r.errors().forEach((e) -> log.warn("{} not subscribed: {}", e.subscriberId(), e.message()));
 * }</pre>
 *
 * Bulk calls succeed when at least one item succeeds and list the failed items in
 * {@link TopicSubscriptionsResult#errors()}. When every item fails, Novu answers 400 and the call throws
 * a {@link io.github.novu4j.client.NovuValidationException} whose
 * {@link io.github.novu4j.client.NovuApiException#getValidationErrors() validation errors} hold one entry
 * per subscriber (field = subscriber id, messages = Novu's message, value = the error code).
 */
public class TopicSubscriptions {

	private final NovuTransport transport;

	private final JavaType detailsType;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public TopicSubscriptions(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
		this.detailsType = transport.jsonMapper().constructType(TopicSubscriptionDetails.class);
	}

	/**
	 * Lists the subscriptions of a topic ({@code GET /v2/topics/{topicKey}/subscriptions}), fetching the
	 * first page now and the others as the caller iterates.
	 * @param topicKey the topic's key
	 * @param request pagination and filters
	 * @return the subscriptions, page by page
	 */
	public CursorPagedIterable<TopicSubscription> list(String topicKey, ListTopicSubscriptionsRequest request) {
		return list(topicKey, request, RequestOptions.none());
	}

	/**
	 * Lists the subscriptions of a topic ({@code GET /v2/topics/{topicKey}/subscriptions}).
	 * @param topicKey the topic's key
	 * @param request pagination and filters
	 * @param options per-call options, applied to each page request
	 * @return the subscriptions, page by page
	 */
	public CursorPagedIterable<TopicSubscription> list(String topicKey, ListTopicSubscriptionsRequest request,
			RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.cursorList(request.pagination(),
				(page) -> ApiCall.get("topics.subscriptions.list", "/v2/topics/{topicKey}/subscriptions")
					.path("topicKey", topicKey)
					.cursor(page)
					.query("subscriberId", request.subscriberId())
					.query("contextKeys", request.contextKeys())
					.build(),
				TopicSubscription.class, options);
	}

	/**
	 * Subscribes subscribers to a topic ({@code POST /v2/topics/{topicKey}/subscriptions}; Novu answers
	 * 201), creating the topic if it does not exist.
	 * @param topicKey the topic's key
	 * @param request 1 to 100 subscriptions, optionally with a context and preferences
	 * @return the subscriptions created and the items that failed
	 * @throws io.github.novu4j.client.NovuValidationException if every item failed (400); its validation
	 * errors name each subscriber
	 */
	public TopicSubscriptionsResult create(String topicKey, CreateTopicSubscriptionsRequest request) {
		return create(topicKey, request, RequestOptions.none());
	}

	/**
	 * Subscribes subscribers to a topic ({@code POST /v2/topics/{topicKey}/subscriptions}).
	 * @param topicKey the topic's key
	 * @param request 1 to 100 subscriptions, optionally with a context and preferences
	 * @param options per-call options
	 * @return the subscriptions created and the items that failed
	 * @throws io.github.novu4j.client.NovuValidationException if every item failed (400)
	 */
	public TopicSubscriptionsResult create(String topicKey, CreateTopicSubscriptionsRequest request,
			RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("topics.subscriptions.create", "/v2/topics/{topicKey}/subscriptions")
			.path("topicKey", topicKey)
			.body(request)
			.build(), TopicSubscriptionsResult.class, options);
	}

	/**
	 * Removes subscriptions from a topic ({@code DELETE /v2/topics/{topicKey}/subscriptions}, a DELETE
	 * with a JSON body).
	 * @param topicKey the topic's key
	 * @param request 1 to 100 subscribers or subscription identifiers
	 * @return the subscriptions removed and the items that failed
	 * @throws io.github.novu4j.client.NovuValidationException if every item failed (400)
	 */
	public TopicSubscriptionsResult delete(String topicKey, DeleteTopicSubscriptionsRequest request) {
		return delete(topicKey, request, RequestOptions.none());
	}

	/**
	 * Removes subscriptions from a topic ({@code DELETE /v2/topics/{topicKey}/subscriptions}).
	 * @param topicKey the topic's key
	 * @param request 1 to 100 subscribers or subscription identifiers
	 * @param options per-call options
	 * @return the subscriptions removed and the items that failed
	 * @throws io.github.novu4j.client.NovuValidationException if every item failed (400)
	 */
	public TopicSubscriptionsResult delete(String topicKey, DeleteTopicSubscriptionsRequest request,
			RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.delete("topics.subscriptions.delete", "/v2/topics/{topicKey}/subscriptions")
			.path("topicKey", topicKey)
			.body(request)
			.build(), TopicSubscriptionsResult.class, options);
	}

	/**
	 * Retrieves one subscription ({@code GET /v2/topics/{topicKey}/subscriptions/{identifier}}). Novu
	 * answers 204 without a body when there is no such subscription (its OpenAPI document knows only 200;
	 * WIRE-FORMAT-CURRENT §H.3): that is an empty result here, not an error.
	 * @param topicKey the topic's key
	 * @param identifier the subscription's identifier, e.g. {@code tk_ops-team:si_user-42}
	 * @return the subscription, or empty if it does not exist
	 */
	public Optional<TopicSubscriptionDetails> getSubscription(String topicKey, String identifier) {
		return getSubscription(topicKey, identifier, RequestOptions.none());
	}

	/**
	 * Retrieves one subscription ({@code GET /v2/topics/{topicKey}/subscriptions/{identifier}}); empty when
	 * Novu answers 204 (no such subscription).
	 * @param topicKey the topic's key
	 * @param identifier the subscription's identifier
	 * @param options per-call options
	 * @return the subscription, or empty if it does not exist
	 */
	public Optional<TopicSubscriptionDetails> getSubscription(String topicKey, String identifier,
			RequestOptions options) {
		return Optional.ofNullable(this.transport.callNullable(
				ApiCall.get("topics.subscriptions.getSubscription", "/v2/topics/{topicKey}/subscriptions/{identifier}")
					.path("topicKey", topicKey)
					.path("identifier", identifier)
					.build(),
				this.detailsType, options));
	}

	/**
	 * Renames a subscription or replaces its preferences
	 * ({@code PATCH /v2/topics/{topicKey}/subscriptions/{identifier}}).
	 * @param topicKey the topic's key
	 * @param identifier the subscription's identifier
	 * @param request the changes
	 * @return the subscription
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such subscription
	 */
	public TopicSubscription update(String topicKey, String identifier, UpdateTopicSubscriptionRequest request) {
		return update(topicKey, identifier, request, RequestOptions.none());
	}

	/**
	 * Renames a subscription or replaces its preferences
	 * ({@code PATCH /v2/topics/{topicKey}/subscriptions/{identifier}}).
	 * @param topicKey the topic's key
	 * @param identifier the subscription's identifier
	 * @param request the changes
	 * @param options per-call options
	 * @return the subscription
	 */
	public TopicSubscription update(String topicKey, String identifier, UpdateTopicSubscriptionRequest request,
			RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(
				ApiCall.patch("topics.subscriptions.update", "/v2/topics/{topicKey}/subscriptions/{identifier}")
					.path("topicKey", topicKey)
					.path("identifier", identifier)
					.body(request)
					.build(),
				TopicSubscription.class, options);
	}

	static List<Object> requireCount(List<Object> subscriptions) {
		List<Object> copy = List.copyOf(Objects.requireNonNull(subscriptions, "subscriptions"));
		if (copy.isEmpty() || copy.size() > CreateTopicSubscriptionsRequest.MAX_SUBSCRIPTIONS) {
			throw new IllegalArgumentException("a topic subscription call takes 1 to "
					+ CreateTopicSubscriptionsRequest.MAX_SUBSCRIPTIONS + " subscriptions, was " + copy.size());
		}
		return copy;
	}

}
