package io.github.novu4j.client.channelendpoints;

import java.util.Map;
import java.util.Objects;

import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;

/**
 * Channel endpoints ({@code /v1/channel-endpoints}): where a subscriber is reached on chat and phone
 * channels (a Slack channel or user, a Teams channel, a phone number, ...). Obtained from
 * {@code NovuClient}; thread-safe. While the feature is off for the environment, every call fails with
 * {@link io.github.novu4j.client.NovuNotFoundException} whose Novu message is {@code Feature not enabled}.
 *
 * <pre>{@code
 * novu.channelEndpoints().create(CreateChannelEndpointRequest
 *     .builder("user-42", "slack-prod", EndpointData.slackChannel("C123456789")).build());
 * }</pre>
 */
public class ChannelEndpoints {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public ChannelEndpoints(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Lists every channel endpoint ({@code GET /v1/channel-endpoints}), 10 per page.
	 * @return the endpoints, page by page
	 */
	public CursorPagedIterable<ChannelEndpoint> list() {
		return list(ChannelEndpointFilter.none(), CursorPagination.none(), RequestOptions.none());
	}

	/**
	 * Lists channel endpoints ({@code GET /v1/channel-endpoints}).
	 * @param filter which endpoints
	 * @param pagination where to start, page size (1 to 100) and order
	 * @return the endpoints, page by page
	 */
	public CursorPagedIterable<ChannelEndpoint> list(ChannelEndpointFilter filter, CursorPagination pagination) {
		return list(filter, pagination, RequestOptions.none());
	}

	/**
	 * Lists channel endpoints ({@code GET /v1/channel-endpoints}).
	 * @param filter which endpoints
	 * @param pagination where to start, page size (1 to 100) and order
	 * @param options per-call options, applied to each page request
	 * @return the endpoints, page by page
	 */
	public CursorPagedIterable<ChannelEndpoint> list(ChannelEndpointFilter filter, CursorPagination pagination,
			RequestOptions options) {
		Objects.requireNonNull(filter, "filter");
		return this.transport.cursorList(pagination,
				(page) -> ApiCall.get("channelEndpoints.list", "/v1/channel-endpoints")
					.cursor(page)
					.query("subscriberId", filter.subscriberId())
					.query("contextKeys", filter.contextKeys())
					.query("channel", filter.channel())
					.query("providerId", filter.providerId())
					.query("integrationIdentifier", filter.integrationIdentifier())
					.query("connectionIdentifier", filter.connectionIdentifier())
					.build(),
				ChannelEndpoint.class, options);
	}

	/**
	 * Creates a channel endpoint ({@code POST /v1/channel-endpoints}).
	 * @param request the endpoint
	 * @return the new endpoint
	 * @throws io.github.novu4j.client.NovuConflictException if the endpoint exists
	 */
	public ChannelEndpoint create(CreateChannelEndpointRequest request) {
		return create(request, RequestOptions.none());
	}

	/**
	 * Creates a channel endpoint ({@code POST /v1/channel-endpoints}).
	 * @param request the endpoint
	 * @param options per-call options
	 * @return the new endpoint
	 */
	public ChannelEndpoint create(CreateChannelEndpointRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("channelEndpoints.create", "/v1/channel-endpoints").body(request).build(),
				ChannelEndpoint.class, options);
	}

	/**
	 * Retrieves a channel endpoint ({@code GET /v1/channel-endpoints/{identifier}}).
	 * @param identifier the endpoint's identifier
	 * @return the endpoint
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is none (or the feature is off)
	 */
	public ChannelEndpoint retrieve(String identifier) {
		return retrieve(identifier, RequestOptions.none());
	}

	/**
	 * Retrieves a channel endpoint ({@code GET /v1/channel-endpoints/{identifier}}).
	 * @param identifier the endpoint's identifier
	 * @param options per-call options
	 * @return the endpoint
	 */
	public ChannelEndpoint retrieve(String identifier, RequestOptions options) {
		return this.transport.call(ApiCall.get("channelEndpoints.retrieve", "/v1/channel-endpoints/{identifier}")
			.path("identifier", identifier)
			.build(), ChannelEndpoint.class, options);
	}

	/**
	 * Replaces an endpoint's data ({@code PATCH /v1/channel-endpoints/{identifier}}); the type must stay
	 * the endpoint's type (Novu checks it).
	 * @param identifier the endpoint's identifier
	 * @param endpoint the new data
	 * @return the updated endpoint
	 */
	public ChannelEndpoint update(String identifier, EndpointData endpoint) {
		return update(identifier, endpoint, RequestOptions.none());
	}

	/**
	 * Replaces an endpoint's data ({@code PATCH /v1/channel-endpoints/{identifier}}).
	 * @param identifier the endpoint's identifier
	 * @param endpoint the new data
	 * @param options per-call options
	 * @return the updated endpoint
	 */
	public ChannelEndpoint update(String identifier, EndpointData endpoint, RequestOptions options) {
		Objects.requireNonNull(endpoint, "endpoint");
		return this.transport.call(ApiCall.patch("channelEndpoints.update", "/v1/channel-endpoints/{identifier}")
			.path("identifier", identifier)
			.body(Map.of("endpoint", endpoint.fields()))
			.build(), ChannelEndpoint.class, options);
	}

	/**
	 * Deletes a channel endpoint ({@code DELETE /v1/channel-endpoints/{identifier}}).
	 * @param identifier the endpoint's identifier
	 */
	public void delete(String identifier) {
		delete(identifier, RequestOptions.none());
	}

	/**
	 * Deletes a channel endpoint ({@code DELETE /v1/channel-endpoints/{identifier}}).
	 * @param identifier the endpoint's identifier
	 * @param options per-call options
	 */
	public void delete(String identifier, RequestOptions options) {
		this.transport.callNoContent(ApiCall.delete("channelEndpoints.delete", "/v1/channel-endpoints/{identifier}")
			.path("identifier", identifier)
			.build(), options);
	}

}
