package io.github.novu4j.client.v2.contexts;

import java.util.Objects;

import io.github.novu4j.client.CursorPagination;
import org.jspecify.annotations.Nullable;

/**
 * The query of {@code contexts.list}: the cursor pagination (ordered by {@code createdAt} unless set)
 * and optional filters.
 *
 * @param pagination where the page starts, its size (1 to 100) and the order
 * @param type only contexts of this type (served by Novu although missing from its OpenAPI document,
 * WIRE-FORMAT-CURRENT §H.6)
 * @param id only the context with this id
 * @param search only contexts whose type or id contains this text (partial match on both)
 */
public record ListContextsRequest(CursorPagination pagination, @Nullable String type, @Nullable String id,
		@Nullable String search) {

	private static final ListContextsRequest NONE = new ListContextsRequest(CursorPagination.none(), null, null, null);

	/**
	 * Rejects a null pagination.
	 * @param pagination where the page starts, its size and the order
	 * @param type only contexts of this type
	 * @param id only the context with this id
	 * @param search only contexts whose type or id contains this text (partial match on both)
	 */
	public ListContextsRequest {
		Objects.requireNonNull(pagination, "pagination");
	}

	/** @return the first page with Novu's defaults and no filter */
	public static ListContextsRequest none() {
		return NONE;
	}

	/**
	 * @param pagination where the page starts, its size and the order
	 * @return the request without filters
	 */
	public static ListContextsRequest of(CursorPagination pagination) {
		return new ListContextsRequest(pagination, null, null, null);
	}

	/**
	 * @param type only contexts of this type
	 * @return a copy with that filter
	 */
	public ListContextsRequest withType(@Nullable String type) {
		return new ListContextsRequest(this.pagination, type, this.id, this.search);
	}

	/**
	 * @param id only the context with this id
	 * @return a copy with that filter
	 */
	public ListContextsRequest withId(@Nullable String id) {
		return new ListContextsRequest(this.pagination, this.type, id, this.search);
	}

	/**
	 * @param search only contexts whose type or id contains this text (partial match on both)
	 * @return a copy with that filter
	 */
	public ListContextsRequest withSearch(@Nullable String search) {
		return new ListContextsRequest(this.pagination, this.type, this.id, search);
	}

}
