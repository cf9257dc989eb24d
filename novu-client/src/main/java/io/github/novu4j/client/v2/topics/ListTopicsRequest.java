package io.github.novu4j.client.v2.topics;

import java.util.Objects;

import io.github.novu4j.client.CursorPagination;
import org.jspecify.annotations.Nullable;

/**
 * The query of {@code topics.list}: the cursor pagination ({@code orderBy} {@code _id}, {@code createdAt}
 * or {@code updatedAt}) and optional filters.
 *
 * @param pagination where the page starts, its size (1 to 100) and the order
 * @param key only the topic with this key
 * @param name only topics with this name
 */
public record ListTopicsRequest(CursorPagination pagination, @Nullable String key, @Nullable String name) {

	private static final ListTopicsRequest NONE = new ListTopicsRequest(CursorPagination.none(), null, null);

	/**
	 * Rejects a null pagination.
	 * @param pagination where the page starts, its size and the order
	 * @param key only the topic with this key
	 * @param name only topics with this name
	 */
	public ListTopicsRequest {
		Objects.requireNonNull(pagination, "pagination");
	}

	/** @return the first page with Novu's defaults and no filter */
	public static ListTopicsRequest none() {
		return NONE;
	}

	/**
	 * @param pagination where the page starts, its size and the order
	 * @return the request without filters
	 */
	public static ListTopicsRequest of(CursorPagination pagination) {
		return new ListTopicsRequest(pagination, null, null);
	}

	/**
	 * @param key only the topic with this key
	 * @return a copy with that filter
	 */
	public ListTopicsRequest withKey(@Nullable String key) {
		return new ListTopicsRequest(this.pagination, key, this.name);
	}

	/**
	 * @param name only topics with this name
	 * @return a copy with that filter
	 */
	public ListTopicsRequest withName(@Nullable String name) {
		return new ListTopicsRequest(this.pagination, this.key, name);
	}

}
