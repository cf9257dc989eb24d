package io.github.novu4j.client;

import org.jspecify.annotations.Nullable;

/**
 * Where a cursor-paginated list starts and how it is sorted: the {@code after}, {@code before},
 * {@code limit}, {@code orderBy} and {@code orderDirection} query parameters every cursor list of
 * Novu shares. Checked when built, before anything is sent: {@code after} and {@code before} exclude
 * each other, and {@code limit} is 1 to 100.
 *
 * <pre>{@code
 * CursorPagination.builder().limit(100).orderDirection(OrderDirection.ASC).build();
 * }</pre>
 *
 * @param after start after this cursor (a {@link CursorPage#next()} value)
 * @param before start before this cursor (a {@link CursorPage#previous()} value)
 * @param limit items per page, 1 to 100 ({@code null}: Novu's default of 10)
 * @param orderBy the field to sort by, e.g. {@code createdAt} (which fields depends on the list)
 * @param orderDirection the sort direction ({@code null}: Novu's default, {@code DESC})
 */
public record CursorPagination(@Nullable String after, @Nullable String before, @Nullable Integer limit,
		@Nullable String orderBy, @Nullable OrderDirection orderDirection) {

	/** The largest page Novu serves on a cursor list. */
	public static final int MAX_LIMIT = 100;

	private static final CursorPagination NONE = new CursorPagination(null, null, null, null, null);

	/**
	 * Checks the combination.
	 * @param after start after this cursor
	 * @param before start before this cursor
	 * @param limit items per page, 1 to 100
	 * @param orderBy the field to sort by
	 * @param orderDirection the sort direction
	 * @throws IllegalArgumentException if both cursors are set, a cursor is blank, or the limit is out of range
	 */
	public CursorPagination {
		if (after != null && before != null) {
			throw new IllegalArgumentException(
					"after and before exclude each other (Novu answers 400 when both are set); set one of them");
		}
		requireNotBlank(after, "after");
		requireNotBlank(before, "before");
		requireNotBlank(orderBy, "orderBy");
		if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
			throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
		}
	}

	/** @return Novu's defaults: the first page of 10, newest first */
	public static CursorPagination none() {
		return NONE;
	}

	/**
	 * @param limit items per page, 1 to 100
	 * @return the first page of that size
	 */
	public static CursorPagination limit(int limit) {
		return new CursorPagination(null, null, limit, null, null);
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The same pagination, continuing after a cursor (the {@code before} cursor dropped); used to fetch
	 * the next page.
	 * @param cursor a {@link CursorPage#next()} value
	 * @return the pagination of the next page
	 */
	public CursorPagination withAfter(String cursor) {
		return new CursorPagination(cursor, null, this.limit, this.orderBy, this.orderDirection);
	}

	private static void requireNotBlank(@Nullable String value, String name) {
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank; leave it unset instead");
		}
	}

	/**
	 * Builds a {@link CursorPagination}.
	 */
	public static final class Builder {

		private @Nullable String after;

		private @Nullable String before;

		private @Nullable Integer limit;

		private @Nullable String orderBy;

		private @Nullable OrderDirection orderDirection;

		private Builder() {
		}

		/**
		 * @param after start after this cursor (a {@link CursorPage#next()} value)
		 * @return this builder
		 */
		public Builder after(@Nullable String after) {
			this.after = after;
			return this;
		}

		/**
		 * @param before start before this cursor (a {@link CursorPage#previous()} value)
		 * @return this builder
		 */
		public Builder before(@Nullable String before) {
			this.before = before;
			return this;
		}

		/**
		 * @param limit items per page, 1 to 100
		 * @return this builder
		 */
		public Builder limit(@Nullable Integer limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * @param orderBy the field to sort by, e.g. {@code createdAt}
		 * @return this builder
		 */
		public Builder orderBy(@Nullable String orderBy) {
			this.orderBy = orderBy;
			return this;
		}

		/**
		 * @param orderDirection the sort direction
		 * @return this builder
		 */
		public Builder orderDirection(@Nullable OrderDirection orderDirection) {
			this.orderDirection = orderDirection;
			return this;
		}

		/**
		 * @return the pagination
		 * @throws IllegalArgumentException if both cursors are set or the limit is out of range
		 */
		public CursorPagination build() {
			return new CursorPagination(this.after, this.before, this.limit, this.orderBy, this.orderDirection);
		}

	}

}
