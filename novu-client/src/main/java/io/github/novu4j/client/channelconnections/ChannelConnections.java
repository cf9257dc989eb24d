package io.github.novu4j.client.channelconnections;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import io.github.novu4j.client.internal.TextChecks;

/**
 * Channel connections ({@code /v1/channel-connections}): a subscriber's or context's credentials for a
 * provider workspace (e.g. a Slack team), used by chat integrations. Obtained from {@code NovuClient};
 * thread-safe. While the feature is off for the environment, every call fails with
 * {@link io.github.novu4j.client.NovuNotFoundException} whose Novu message is {@code Feature not enabled}.
 *
 * <pre>{@code
 * novu.channelConnections().create(CreateChannelConnectionRequest
 *     .builder("slack-prod", Workspace.of("T123456", "Acme HQ"), ConnectionAuth.of(token))
 *     .subscriberId("user-42").build());
 * }</pre>
 */
public class ChannelConnections {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public ChannelConnections(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Lists every channel connection ({@code GET /v1/channel-connections}), 10 per page.
	 * @return the connections, page by page
	 */
	public CursorPagedIterable<ChannelConnection> list() {
		return list(ChannelConnectionFilter.none(), CursorPagination.none(), RequestOptions.none());
	}

	/**
	 * Lists channel connections ({@code GET /v1/channel-connections}).
	 * @param filter which connections
	 * @param pagination where to start, page size (1 to 100) and order
	 * @return the connections, page by page
	 */
	public CursorPagedIterable<ChannelConnection> list(ChannelConnectionFilter filter, CursorPagination pagination) {
		return list(filter, pagination, RequestOptions.none());
	}

	/**
	 * Lists channel connections ({@code GET /v1/channel-connections}).
	 * @param filter which connections
	 * @param pagination where to start, page size (1 to 100) and order
	 * @param options per-call options, applied to each page request
	 * @return the connections, page by page
	 */
	public CursorPagedIterable<ChannelConnection> list(ChannelConnectionFilter filter, CursorPagination pagination,
			RequestOptions options) {
		Objects.requireNonNull(filter, "filter");
		return this.transport.cursorList(pagination,
				(page) -> ApiCall.get("channelConnections.list", "/v1/channel-connections")
					.cursor(page)
					.query("subscriberId", filter.subscriberId())
					.query("channel", filter.channel())
					.query("providerId", filter.providerId())
					.query("integrationIdentifier", filter.integrationIdentifier())
					.query("contextKeys", filter.contextKeys())
					.build(),
				ChannelConnection.class, options);
	}

	/**
	 * Creates a channel connection ({@code POST /v1/channel-connections}).
	 * @param request the connection
	 * @return the new connection
	 * @throws io.github.novu4j.client.NovuConflictException if the resource already has a connection for
	 * the integration
	 */
	public ChannelConnection create(CreateChannelConnectionRequest request) {
		return create(request, RequestOptions.none());
	}

	/**
	 * Creates a channel connection ({@code POST /v1/channel-connections}).
	 * @param request the connection
	 * @param options per-call options
	 * @return the new connection
	 */
	public ChannelConnection create(CreateChannelConnectionRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(
				ApiCall.post("channelConnections.create", "/v1/channel-connections").body(request).build(),
				ChannelConnection.class, options);
	}

	/**
	 * Retrieves a channel connection ({@code GET /v1/channel-connections/{identifier}}).
	 * @param identifier the connection's identifier
	 * @return the connection
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is none (or the feature is off)
	 */
	public ChannelConnection retrieve(String identifier) {
		return retrieve(identifier, RequestOptions.none());
	}

	/**
	 * Retrieves a channel connection ({@code GET /v1/channel-connections/{identifier}}).
	 * @param identifier the connection's identifier
	 * @param options per-call options
	 * @return the connection
	 */
	public ChannelConnection retrieve(String identifier, RequestOptions options) {
		return this.transport.call(ApiCall.get("channelConnections.retrieve", "/v1/channel-connections/{identifier}")
			.path("identifier", identifier)
			.build(), ChannelConnection.class, options);
	}

	/**
	 * Replaces a connection's workspace and credentials ({@code PATCH /v1/channel-connections/{identifier}}).
	 * @param identifier the connection's identifier
	 * @param workspace the provider workspace
	 * @param auth the provider credentials
	 * @return the updated connection
	 */
	public ChannelConnection update(String identifier, Workspace workspace, ConnectionAuth auth) {
		return update(identifier, workspace, auth, RequestOptions.none());
	}

	/**
	 * Replaces a connection's workspace and credentials ({@code PATCH /v1/channel-connections/{identifier}}).
	 * @param identifier the connection's identifier
	 * @param workspace the provider workspace
	 * @param auth the provider credentials
	 * @param options per-call options
	 * @return the updated connection
	 */
	public ChannelConnection update(String identifier, Workspace workspace, ConnectionAuth auth,
			RequestOptions options) {
		Objects.requireNonNull(workspace, "workspace");
		Objects.requireNonNull(auth, "auth");
		TextChecks.requireText(workspace.id(), "workspace id");
		TextChecks.requireText(auth.accessToken(), "accessToken");
		return this.transport.call(ApiCall.patch("channelConnections.update", "/v1/channel-connections/{identifier}")
			.path("identifier", identifier)
			// Ordered, so the body is the same bytes on every run (Map.of iterates in a random order).
			.body(orderedBody(workspace, auth))
			.build(), ChannelConnection.class, options);
	}

	/**
	 * Deletes a channel connection ({@code DELETE /v1/channel-connections/{identifier}}).
	 * @param identifier the connection's identifier
	 */
	public void delete(String identifier) {
		delete(identifier, RequestOptions.none());
	}

	/**
	 * Deletes a channel connection ({@code DELETE /v1/channel-connections/{identifier}}).
	 * @param identifier the connection's identifier
	 * @param options per-call options
	 */
	public void delete(String identifier, RequestOptions options) {
		this.transport.callNoContent(ApiCall.delete("channelConnections.delete", "/v1/channel-connections/{identifier}")
			.path("identifier", identifier)
			.build(), options);
	}

	private static Map<String, Object> orderedBody(Workspace workspace, ConnectionAuth auth) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("workspace", workspace);
		body.put("auth", auth);
		return body;
	}

}
