package io.github.novu4j.client.subscribers;

import org.jspecify.annotations.Nullable;

/**
 * Checks of page numbers and page sizes, before anything is sent.
 */
final class Paging {

	private Paging() {
	}

	static void requirePage(int page) {
		if (page < 0) {
			throw new IllegalArgumentException("page must be 0 or more (Novu's pages start at 0), was " + page);
		}
	}

	static void requireLimit(@Nullable Integer limit, int max, String what) {
		if (limit != null && (limit < 1 || limit > max)) {
			throw new IllegalArgumentException(what + " limit must be 1 to " + max + ", was " + limit);
		}
	}

}
