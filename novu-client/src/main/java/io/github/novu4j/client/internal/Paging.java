package io.github.novu4j.client.internal;

import org.jspecify.annotations.Nullable;

/**
 * Checks of page numbers and page sizes, before anything is sent, so an over-limit page size fails
 * with the limit in the message instead of a 400 from Novu.
 */
public final class Paging {

	private Paging() {
	}

	/**
	 * @param page a page number, or {@code null} for Novu's default
	 * @throws IllegalArgumentException if it is negative
	 */
	public static void requirePage(@Nullable Integer page) {
		if (page != null && page < 0) {
			throw new IllegalArgumentException("page must be 0 or more (Novu's pages start at 0), was " + page);
		}
	}

	/**
	 * @param size a page size, or {@code null} for Novu's default
	 * @param max the endpoint's largest page size
	 * @param what the parameter, named for the message, e.g. {@code subscribers.list limit}
	 * @throws IllegalArgumentException if it is outside 1 to {@code max}
	 */
	public static void requireSize(@Nullable Integer size, int max, String what) {
		if (size != null && (size < 1 || size > max)) {
			throw new IllegalArgumentException(what + " must be 1 to " + max + ", was " + size);
		}
	}

}
