package io.github.novu4j.client.v2.contexts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import org.jspecify.annotations.Nullable;

/**
 * Contexts ({@code /v2/contexts}): typed entities (a tenant, an app, a workspace) that triggers,
 * topic subscriptions and preferences can be scoped by. A context is addressed by its type and id,
 * each one path segment. Obtained from {@code novu.v2().contexts()}; thread-safe.
 *
 * <pre>{@code
 * novu.v2().contexts().create(CreateContextRequest.of("tenant", "org-acme", Map.of("name", "Acme Corp")));
 * Context acme = novu.v2().contexts().retrieve("tenant", "org-acme");
 * for (Context c : novu.v2().contexts().list(ListContextsRequest.none().withType("tenant"))) { ... }
 * }</pre>
 *
 * A trigger that names a context in its {@code context} creates it too, so {@link #create} is needed only
 * to set data up front. Contexts count against Novu's GLOBAL rate-limit category.
 */
public class Contexts {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Contexts(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Lists contexts ({@code GET /v2/contexts}), newest first by default, fetching the first page now
	 * and the others as the caller iterates.
	 * @param request pagination and filters
	 * @return the contexts, page by page
	 */
	public CursorPagedIterable<Context> list(ListContextsRequest request) {
		return list(request, RequestOptions.none());
	}

	/**
	 * Lists contexts ({@code GET /v2/contexts}); every page request uses the same options.
	 * @param request pagination and filters
	 * @param options per-call options, applied to each page request
	 * @return the contexts, page by page
	 */
	public CursorPagedIterable<Context> list(ListContextsRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.cursorList(request.pagination(), (page) -> ApiCall.get("contexts.list", "/v2/contexts")
			.cursor(page)
			.query("type", request.type())
			.query("id", request.id())
			.query("search", request.search())
			.build(), Context.class, options);
	}

	/**
	 * Creates a context ({@code POST /v2/contexts}; Novu answers 201).
	 * @param request type, id and optional data
	 * @return the context
	 * @throws io.github.novu4j.client.NovuConflictException if a context of this type and id exists
	 */
	public Context create(CreateContextRequest request) {
		return create(request, RequestOptions.none());
	}

	/**
	 * Creates a context ({@code POST /v2/contexts}; Novu answers 201).
	 * @param request type, id and optional data
	 * @param options per-call options
	 * @return the context
	 * @throws io.github.novu4j.client.NovuConflictException if a context of this type and id exists
	 */
	public Context create(CreateContextRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("contexts.create", "/v2/contexts").body(request).build(),
				Context.class, options);
	}

	/**
	 * Retrieves a context ({@code GET /v2/contexts/{type}/{id}}).
	 * @param type the context type
	 * @param id the context id
	 * @return the context
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such context
	 */
	public Context retrieve(String type, String id) {
		return retrieve(type, id, RequestOptions.none());
	}

	/**
	 * Retrieves a context ({@code GET /v2/contexts/{type}/{id}}).
	 * @param type the context type
	 * @param id the context id
	 * @param options per-call options
	 * @return the context
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such context
	 */
	public Context retrieve(String type, String id, RequestOptions options) {
		return this.transport.call(
				ApiCall.get("contexts.retrieve", "/v2/contexts/{type}/{id}").path("type", type).path("id", id).build(),
				Context.class, options);
	}

	/**
	 * Replaces the data of a context ({@code PATCH /v2/contexts/{type}/{id}}).
	 * @param type the context type
	 * @param id the context id
	 * @param request the new data
	 * @return the updated context
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such context
	 */
	public Context update(String type, String id, UpdateContextRequest request) {
		return update(type, id, request, RequestOptions.none());
	}

	/**
	 * Replaces the data of a context ({@code PATCH /v2/contexts/{type}/{id}}).
	 * @param type the context type
	 * @param id the context id
	 * @param request the new data
	 * @param options per-call options
	 * @return the updated context
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such context
	 */
	public Context update(String type, String id, UpdateContextRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.patch("contexts.update", "/v2/contexts/{type}/{id}")
			.path("type", type)
			.path("id", id)
			.body(request)
			.build(), Context.class, options);
	}

	/**
	 * Deletes a context ({@code DELETE /v2/contexts/{type}/{id}}; Novu answers 204).
	 * @param type the context type
	 * @param id the context id
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such context
	 */
	public void delete(String type, String id) {
		delete(type, id, RequestOptions.none());
	}

	/**
	 * Deletes a context ({@code DELETE /v2/contexts/{type}/{id}}; Novu answers 204).
	 * @param type the context type
	 * @param id the context id
	 * @param options per-call options
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such context
	 */
	public void delete(String type, String id, RequestOptions options) {
		this.transport.callNoContent(
				ApiCall.delete("contexts.delete", "/v2/contexts/{type}/{id}").path("type", type).path("id", id).build(),
				options);
	}

	static Map<String, @Nullable Object> copyData(Map<String, ? extends @Nullable Object> data) {
		Objects.requireNonNull(data, "data");
		return Collections.unmodifiableMap(new LinkedHashMap<>(data));
	}

}
