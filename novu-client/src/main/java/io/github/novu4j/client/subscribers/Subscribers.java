package io.github.novu4j.client.subscribers;

import io.github.novu4j.client.internal.Paging;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AcknowledgedResult;
import io.github.novu4j.client.Page;
import io.github.novu4j.client.PagedIterable;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import io.github.novu4j.client.internal.RateLimitPacer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * Subscribers: list, create (an upsert), retrieve, update, delete, bulk create and bulk import, and
 * the sub-resources {@link #credentials()}, {@link #authentication()}, {@link #messages()},
 * {@link #notifications()}, {@link #properties()} and {@link #preferences()}. Obtained from
 * {@code NovuClient.subscribers()}; thread-safe.
 *
 * <pre>{@code
 * Subscriber ada = novu.subscribers().create(CreateSubscriberRequest.builder("user-42").email("ada@example.com").build());
 * for (Subscriber s : novu.subscribers().list()) { ... }   // every subscriber, one page per request
 * }</pre>
 */
public class Subscribers {

	/** Most subscribers per page of {@link #list}. */
	public static final int MAX_PAGE_SIZE = 100;

	/** Most subscribers Novu accepts in one {@link #createBulk} request. */
	public static final int MAX_BULK_SUBSCRIBERS = BulkChunks.MAX_ITEMS;

	/** What one bulk create costs in Novu's rate limiter, whatever its size (WIRE-FORMAT §6). */
	public static final int BULK_CREATE_COST = 100;

	/** How many times {@link #importAll} sends one request again after Novu kept answering 429. */
	public static final int IMPORT_RATE_LIMIT_RETRIES = 20;

	private static final TypeReference<Page<Subscriber>> PAGE = new TypeReference<>() {
	};

	private final NovuTransport transport;

	private final SubscriberCredentials credentials;

	private final SubscriberAuthentication authentication;

	private final SubscriberMessages messages;

	private final SubscriberNotifications notifications;

	private final SubscriberProperties properties;

	private final SubscriberPreferences preferences;

	/** Paces {@link #importAll} by Novu's rate-limit answers; shared by every import of this client. */
	private final RateLimitPacer importPacer = new RateLimitPacer();

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Subscribers(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
		this.credentials = new SubscriberCredentials(transport);
		this.authentication = new SubscriberAuthentication(transport);
		this.messages = new SubscriberMessages(transport);
		this.notifications = new SubscriberNotifications(transport);
		this.properties = new SubscriberProperties(transport);
		this.preferences = new SubscriberPreferences(transport);
	}

	/** @return a subscriber's chat and push credentials */
	public SubscriberCredentials credentials() {
		return this.credentials;
	}

	/** @return the chat OAuth flow */
	public SubscriberAuthentication authentication() {
		return this.authentication;
	}

	/** @return marking a subscriber's messages */
	public SubscriberMessages messages() {
		return this.messages;
	}

	/** @return a subscriber's in-app feed and unseen count */
	public SubscriberNotifications notifications() {
		return this.notifications;
	}

	/** @return a subscriber's online status */
	public SubscriberProperties properties() {
		return this.properties;
	}

	/** @return a subscriber's preferences */
	public SubscriberPreferences preferences() {
		return this.preferences;
	}

	/**
	 * Lists every subscriber, from page 0 with Novu's page size (10).
	 * @return the first page, and lazy iteration over all
	 * @see #list(int, int)
	 */
	public PagedIterable<Subscriber> list() {
		return list(RequestOptions.none());
	}

	/**
	 * Lists every subscriber, from page 0 with Novu's page size (10).
	 * @param options per-call options, used for every page
	 * @return the first page, and lazy iteration over all
	 */
	public PagedIterable<Subscriber> list(RequestOptions options) {
		return list(0, null, options);
	}

	/**
	 * {@code GET /v1/subscribers}: lists subscribers from a page on; iterating fetches the following
	 * pages until Novu says {@code hasMore=false} (or a page is empty).
	 * @param page the first page, from 0
	 * @param limit subscribers per page, 1 to 100
	 * @return the first page, and lazy iteration over it and the following ones
	 */
	public PagedIterable<Subscriber> list(int page, int limit) {
		return list(page, limit, RequestOptions.none());
	}

	/**
	 * {@code GET /v1/subscribers}, as {@link #list(int, int)}.
	 * @param page the first page, from 0
	 * @param limit subscribers per page, 1 to 100
	 * @param options per-call options, used for every page
	 * @return the first page, and lazy iteration over it and the following ones
	 */
	public PagedIterable<Subscriber> list(int page, int limit, RequestOptions options) {
		return list(page, Integer.valueOf(limit), options);
	}

	private PagedIterable<Subscriber> list(int page, @Nullable Integer limit, RequestOptions options) {
		Paging.requirePage(page);
		Paging.requireSize(limit, MAX_PAGE_SIZE, "subscribers.list limit");
		Objects.requireNonNull(options, "options");
		return new PagedIterable<>(page, (number) -> this.transport.call(ApiCall.get("subscribers.list", "/v1/subscribers")
			.query("page", number)
			.query("limit", limit)
			.build(), PAGE, options));
	}

	/**
	 * {@code POST /v1/subscribers}: creates a subscriber, or updates the one with the same id (Novu
	 * treats it as an upsert and never answers 409).
	 * @param request the subscriber
	 * @return the stored subscriber
	 */
	public Subscriber create(CreateSubscriberRequest request) {
		return create(request, RequestOptions.none());
	}

	/**
	 * {@code POST /v1/subscribers}, as {@link #create(CreateSubscriberRequest)}.
	 * @param request the subscriber
	 * @param options per-call options
	 * @return the stored subscriber
	 */
	public Subscriber create(CreateSubscriberRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("subscribers.create", "/v1/subscribers").body(request).build(),
				Subscriber.class, options);
	}

	/**
	 * {@code GET /v1/subscribers/{subscriberId}}.
	 * @param subscriberId your id of the subscriber
	 * @return the subscriber
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is none
	 */
	public Subscriber retrieve(String subscriberId) {
		return retrieve(subscriberId, RequestOptions.none());
	}

	/**
	 * {@code GET /v1/subscribers/{subscriberId}}.
	 * @param subscriberId your id of the subscriber
	 * @param options per-call options
	 * @return the subscriber
	 */
	public Subscriber retrieve(String subscriberId, RequestOptions options) {
		return retrieve(subscriberId, false, options);
	}

	/**
	 * {@code GET /v1/subscribers/{subscriberId}}, optionally with the keys of its topics.
	 * @param subscriberId your id of the subscriber
	 * @param includeTopics whether to fill {@link Subscriber#topics()}
	 * @return the subscriber
	 */
	public Subscriber retrieve(String subscriberId, boolean includeTopics) {
		return retrieve(subscriberId, includeTopics, RequestOptions.none());
	}

	/**
	 * {@code GET /v1/subscribers/{subscriberId}}, optionally with the keys of its topics.
	 * @param subscriberId your id of the subscriber
	 * @param includeTopics whether to fill {@link Subscriber#topics()}
	 * @param options per-call options
	 * @return the subscriber
	 */
	public Subscriber retrieve(String subscriberId, boolean includeTopics, RequestOptions options) {
		return this.transport.call(ApiCall.get("subscribers.retrieve", "/v1/subscribers/{subscriberId}")
			.path("subscriberId", subscriberId)
			.query("includeTopics", includeTopics ? "true" : null)
			.build(), Subscriber.class, options);
	}

	/**
	 * {@code PUT /v1/subscribers/{subscriberId}}: changes the fields set in the request. Novu answers
	 * 400 (not 404) for an unknown subscriber; use {@link #create} to upsert.
	 * @param subscriberId your id of the subscriber
	 * @param request the new values
	 * @return the updated subscriber
	 */
	public Subscriber update(String subscriberId, UpdateSubscriberRequest request) {
		return update(subscriberId, request, RequestOptions.none());
	}

	/**
	 * {@code PUT /v1/subscribers/{subscriberId}}, as {@link #update(String, UpdateSubscriberRequest)}.
	 * @param subscriberId your id of the subscriber
	 * @param request the new values
	 * @param options per-call options
	 * @return the updated subscriber
	 */
	public Subscriber update(String subscriberId, UpdateSubscriberRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.put("subscribers.update", "/v1/subscribers/{subscriberId}")
			.path("subscriberId", subscriberId)
			.body(request)
			.build(), Subscriber.class, options);
	}

	/**
	 * {@code DELETE /v1/subscribers/{subscriberId}}.
	 * @param subscriberId your id of the subscriber
	 * @return Novu's acknowledgement
	 */
	public AcknowledgedResult delete(String subscriberId) {
		return delete(subscriberId, RequestOptions.none());
	}

	/**
	 * {@code DELETE /v1/subscribers/{subscriberId}}.
	 * @param subscriberId your id of the subscriber
	 * @param options per-call options
	 * @return Novu's acknowledgement
	 */
	public AcknowledgedResult delete(String subscriberId, RequestOptions options) {
		return this.transport.call(ApiCall.delete("subscribers.delete", "/v1/subscribers/{subscriberId}")
			.path("subscriberId", subscriberId)
			.build(), AcknowledgedResult.class, options);
	}

	/**
	 * {@code POST /v1/subscribers/bulk}: creates or updates 1 to 500 subscribers in one request (whose
	 * body must also stay under Novu's 100 kB limit). For more, use {@link #importAll}.
	 * @param subscribers 1 to 500 subscribers
	 * @return which were created, updated or failed
	 */
	public BulkCreateSubscribersResult createBulk(List<CreateSubscriberRequest> subscribers) {
		return createBulk(subscribers, RequestOptions.none());
	}

	/**
	 * {@code POST /v1/subscribers/bulk}, as {@link #createBulk(List)}.
	 * @param subscribers 1 to 500 subscribers
	 * @param options per-call options
	 * @return which were created, updated or failed
	 * @throws IllegalArgumentException if the count is outside 1..500 or the body would exceed 100 kB
	 */
	public BulkCreateSubscribersResult createBulk(List<CreateSubscriberRequest> subscribers, RequestOptions options) {
		BulkChunks.requireOneRequest(this.transport.jsonMapper(), subscribers);
		return send(subscribers, options);
	}

	/**
	 * Imports any number of subscribers with as few {@link #createBulk} requests as Novu's limits allow:
	 * at most 500 subscribers and (with headroom) 100 kB of body per request, in order. Everything is
	 * checked before the first request; a subscriber too large for a request of its own fails the
	 * import before anything is sent.
	 *
	 * <p>Requests are sent one after another, at the pace Novu allows: the import follows the
	 * {@code RateLimit-Remaining}, {@code RateLimit-Limit} and {@code RateLimit-Reset} headers of Novu's
	 * answers (a bulk create costs {@value #BULK_CREATE_COST} tokens of the environment's configuration
	 * bucket, WIRE-FORMAT §6) and waits for the tokens a request needs instead of sending into a dry
	 * bucket; after a 429 that the client's own retries did not get past, it waits Novu's
	 * {@code Retry-After} and sends the same request again (at most {@value #IMPORT_RATE_LIMIT_RETRIES}
	 * times), with the same idempotency key. The pacing is adaptive and kept per client, never a fixed
	 * quota: the bucket is shared by every instance of an application, so only Novu's answers say what
	 * is left. If a request fails otherwise, its exception is thrown and later ones are not sent; since a
	 * bulk create is an upsert, running the same import again is safe.
	 * @param subscribers the subscribers, any number
	 * @return the created, updated and failed lists of every request, combined in order
	 */
	public BulkCreateSubscribersResult importAll(List<CreateSubscriberRequest> subscribers) {
		return importAll(subscribers, RequestOptions.none());
	}

	/**
	 * As {@link #importAll(List)}. An idempotency key in the options is made distinct per request (a
	 * suffix with the request's number), since Novu rejects one key reused with another body; without
	 * one, each request gets a random key of its own, kept for its retries.
	 * @param subscribers the subscribers, any number
	 * @param options per-call options, used for every request
	 * @return the created, updated and failed lists of every request, combined in order
	 */
	public BulkCreateSubscribersResult importAll(List<CreateSubscriberRequest> subscribers, RequestOptions options) {
		Objects.requireNonNull(options, "options");
		List<List<CreateSubscriberRequest>> chunks = BulkChunks.split(this.transport.jsonMapper(), subscribers);
		BulkCreateSubscribersResult result = BulkCreateSubscribersResult.empty();
		for (int i = 0; i < chunks.size(); i++) {
			List<CreateSubscriberRequest> chunk = chunks.get(i);
			result = result.plus(this.importPacer.send("subscribers.createBulk", "Subscriber import", BULK_CREATE_COST,
					IMPORT_RATE_LIMIT_RETRIES, BulkChunks.optionsForChunk(options, i, chunks.size()),
					(paced) -> send(chunk, paced)));
		}
		return result;
	}

	private BulkCreateSubscribersResult send(List<CreateSubscriberRequest> subscribers, RequestOptions options) {
		return this.transport.call(ApiCall.post("subscribers.createBulk", "/v1/subscribers/bulk")
			.body(new BulkBody(subscribers))
			.build(), BulkCreateSubscribersResult.class, options);
	}

	/** The body of a bulk create. */
	record BulkBody(@JsonProperty("subscribers") List<CreateSubscriberRequest> subscribers) {

		BulkBody {
			subscribers = List.copyOf(subscribers);
		}

	}

}
