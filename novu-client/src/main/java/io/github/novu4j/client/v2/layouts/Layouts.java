package io.github.novu4j.client.v2.layouts;

import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.WorkflowUsage;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import org.jspecify.annotations.Nullable;

/**
 * Email layouts ({@code /v2/layouts}). Obtained from {@code novu.v2().layouts()}; thread-safe.
 *
 * <pre>{@code
 * Layout layout = novu.v2().layouts().create(CreateLayoutRequest.of("brand", "Brand frame"));
 * novu.v2().layouts().update("brand", UpdateLayoutRequest.builder("Brand frame")
 *         .email("<html><body>{{content}}</body></html>", "html").build());
 * LayoutList page = novu.v2().layouts().list(ListLayoutsRequest.builder().limit(20).offset(0).build());
 * }</pre>
 *
 * A layout identifier travels as one encoded path segment.
 */
public class Layouts {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Layouts(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Creates a layout ({@code POST /v2/layouts}).
	 * @param request the identifier and name
	 * @return the new layout, with Novu's default email controls
	 */
	public Layout create(CreateLayoutRequest request) {
		return create(request, RequestOptions.none());
	}

	/**
	 * Creates a layout ({@code POST /v2/layouts}).
	 * @param request the identifier and name
	 * @param options per-call options
	 * @return the new layout
	 */
	public Layout create(CreateLayoutRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("layouts.create", "/v2/layouts").body(request).build(), Layout.class,
				options);
	}

	/**
	 * Lists the first page of layouts with Novu's defaults ({@code GET /v2/layouts}).
	 * @return the page and the total count
	 */
	public LayoutList list() {
		return list(ListLayoutsRequest.none(), RequestOptions.none());
	}

	/**
	 * Lists one offset page of layouts ({@code GET /v2/layouts}); fetch the next page with
	 * {@code offset + layouts().size()} while {@link LayoutList#hasMoreAfter(int)} says so.
	 * @param request the page, the sort and a name filter
	 * @return the page and the total count
	 */
	public LayoutList list(ListLayoutsRequest request) {
		return list(request, RequestOptions.none());
	}

	/**
	 * Lists one offset page of layouts ({@code GET /v2/layouts}).
	 * @param request the page, the sort and a name filter
	 * @param options per-call options
	 * @return the page and the total count
	 */
	public LayoutList list(ListLayoutsRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.get("layouts.list", "/v2/layouts")
			.query("limit", request.limit())
			.query("offset", request.offset())
			.query("orderBy", request.orderBy())
			.query("orderDirection", request.orderDirection())
			.query("query", request.query())
			.build(), LayoutList.class, options);
	}

	/**
	 * Retrieves a layout ({@code GET /v2/layouts/{layoutId}}).
	 * @param layoutId the layout's identifier or {@code _id}
	 * @return the layout
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such layout
	 */
	public Layout retrieve(String layoutId) {
		return retrieve(layoutId, RequestOptions.none());
	}

	/**
	 * Retrieves a layout ({@code GET /v2/layouts/{layoutId}}).
	 * @param layoutId the layout's identifier or {@code _id}
	 * @param options per-call options
	 * @return the layout
	 */
	public Layout retrieve(String layoutId, RequestOptions options) {
		return this.transport.call(ApiCall.get("layouts.retrieve", "/v2/layouts/{layoutId}").path("layoutId", layoutId).build(),
				Layout.class, options);
	}

	/**
	 * Replaces a layout's name, translation flag and controls ({@code PUT /v2/layouts/{layoutId}}).
	 * @param layoutId the layout's identifier or {@code _id}
	 * @param request the new state
	 * @return the updated layout
	 */
	public Layout update(String layoutId, UpdateLayoutRequest request) {
		return update(layoutId, request, RequestOptions.none());
	}

	/**
	 * Replaces a layout's name, translation flag and controls ({@code PUT /v2/layouts/{layoutId}}).
	 * @param layoutId the layout's identifier or {@code _id}
	 * @param request the new state
	 * @param options per-call options
	 * @return the updated layout
	 */
	public Layout update(String layoutId, UpdateLayoutRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.put("layouts.update", "/v2/layouts/{layoutId}")
			.path("layoutId", layoutId)
			.body(request)
			.build(), Layout.class, options);
	}

	/**
	 * Deletes a layout ({@code DELETE /v2/layouts/{layoutId}}; 204).
	 * @param layoutId the layout's identifier or {@code _id}
	 * @throws io.github.novu4j.client.NovuConflictException if it is the default layout
	 */
	public void delete(String layoutId) {
		delete(layoutId, RequestOptions.none());
	}

	/**
	 * Deletes a layout ({@code DELETE /v2/layouts/{layoutId}}; 204).
	 * @param layoutId the layout's identifier or {@code _id}
	 * @param options per-call options
	 * @throws io.github.novu4j.client.NovuConflictException if it is the default layout
	 */
	public void delete(String layoutId, RequestOptions options) {
		this.transport.callNoContent(ApiCall.delete("layouts.delete", "/v2/layouts/{layoutId}").path("layoutId", layoutId).build(),
				options);
	}

	/**
	 * Copies a layout under a new name ({@code POST /v2/layouts/{layoutId}/duplicate}).
	 * @param layoutId the layout to copy
	 * @param request the copy's name and optional identifier
	 * @return the copy
	 */
	public Layout duplicate(String layoutId, DuplicateLayoutRequest request) {
		return duplicate(layoutId, request, RequestOptions.none());
	}

	/**
	 * Copies a layout under a new name ({@code POST /v2/layouts/{layoutId}/duplicate}).
	 * @param layoutId the layout to copy
	 * @param request the copy's name and optional identifier
	 * @param options per-call options
	 * @return the copy
	 */
	public Layout duplicate(String layoutId, DuplicateLayoutRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("layouts.duplicate", "/v2/layouts/{layoutId}/duplicate")
			.path("layoutId", layoutId)
			.body(request)
			.build(), Layout.class, options);
	}

	/**
	 * Renders a layout ({@code POST /v2/layouts/{layoutId}/preview}).
	 * @param layoutId the layout's identifier or {@code _id}
	 * @param request control values and payload to render with; {@link LayoutPreviewRequest#none()} for the stored ones
	 * @return the rendered HTML and the payload example
	 */
	public LayoutPreview generatePreview(String layoutId, LayoutPreviewRequest request) {
		return generatePreview(layoutId, request, RequestOptions.none());
	}

	/**
	 * Renders a layout ({@code POST /v2/layouts/{layoutId}/preview}).
	 * @param layoutId the layout's identifier or {@code _id}
	 * @param request control values and payload to render with
	 * @param options per-call options
	 * @return the rendered HTML and the payload example
	 */
	public LayoutPreview generatePreview(String layoutId, LayoutPreviewRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("layouts.generatePreview", "/v2/layouts/{layoutId}/preview")
			.path("layoutId", layoutId)
			.body(request)
			.build(), LayoutPreview.class, options);
	}

	/**
	 * Lists the workflows that use a layout ({@code GET /v2/layouts/{layoutId}/usage}).
	 * @param layoutId the layout's identifier or {@code _id}
	 * @return the workflows
	 */
	public WorkflowUsage usage(String layoutId) {
		return usage(layoutId, RequestOptions.none());
	}

	/**
	 * Lists the workflows that use a layout ({@code GET /v2/layouts/{layoutId}/usage}).
	 * @param layoutId the layout's identifier or {@code _id}
	 * @param options per-call options
	 * @return the workflows
	 */
	public WorkflowUsage usage(String layoutId, RequestOptions options) {
		return this.transport.call(ApiCall.get("layouts.usage", "/v2/layouts/{layoutId}/usage").path("layoutId", layoutId).build(),
				WorkflowUsage.class, options);
	}

	static void requireName(@Nullable String name, String of) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A layout needs a name (" + of + ")");
		}
	}

}
