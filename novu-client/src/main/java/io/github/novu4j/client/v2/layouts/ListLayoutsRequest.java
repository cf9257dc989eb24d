package io.github.novu4j.client.v2.layouts;

import io.github.novu4j.client.OrderDirection;
import org.jspecify.annotations.Nullable;

/**
 * The query of {@code layouts.list}: an offset page ({@code limit} at least 1, Novu's default 50 and no
 * maximum; {@code offset} from 0), the sort and a name filter. Build with {@link #builder()};
 * {@link #none()} asks for Novu's defaults.
 *
 * @param limit layouts per page, at least 1, or {@code null} for Novu's default (50)
 * @param offset how many layouts to skip, at least 0, or {@code null} for 0
 * @param orderBy {@code createdAt}, {@code updatedAt} or {@code name}, or {@code null} for Novu's default
 * @param orderDirection the sort direction, or {@code null} for Novu's default
 * @param query only layouts whose name or identifier contains this text
 */
public record ListLayoutsRequest(@Nullable Integer limit, @Nullable Integer offset, @Nullable String orderBy,
		@Nullable OrderDirection orderDirection, @Nullable String query) {

	/** Sort by creation time. */
	public static final String ORDER_BY_CREATED_AT = "createdAt";

	/** Sort by last change. */
	public static final String ORDER_BY_UPDATED_AT = "updatedAt";

	/** Sort by name. */
	public static final String ORDER_BY_NAME = "name";

	private static final ListLayoutsRequest NONE = new ListLayoutsRequest(null, null, null, null, null);

	/**
	 * Checks the limit, the offset and the sort field.
	 * @param limit layouts per page, at least 1
	 * @param offset how many layouts to skip, at least 0
	 * @param orderBy the sort field
	 * @param orderDirection the sort direction
	 * @param query a name filter
	 * @throws IllegalArgumentException if the limit is below 1, the offset negative or the sort field blank
	 */
	public ListLayoutsRequest {
		if (limit != null && limit < 1) {
			throw new IllegalArgumentException("layouts.list limit must be 1 or more, was " + limit);
		}
		if (offset != null && offset < 0) {
			throw new IllegalArgumentException("layouts.list offset must be 0 or more, was " + offset);
		}
		if (orderBy != null && orderBy.isBlank()) {
			throw new IllegalArgumentException("layouts.list orderBy must not be blank");
		}
	}

	/** @return the first page with Novu's defaults */
	public static ListLayoutsRequest none() {
		return NONE;
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/** Builder of {@link ListLayoutsRequest}. */
	public static final class Builder {

		private @Nullable Integer limit;

		private @Nullable Integer offset;

		private @Nullable String orderBy;

		private @Nullable OrderDirection orderDirection;

		private @Nullable String query;

		private Builder() {
		}

		/**
		 * @param limit layouts per page, at least 1
		 * @return this builder
		 */
		public Builder limit(@Nullable Integer limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * @param offset how many layouts to skip, at least 0
		 * @return this builder
		 */
		public Builder offset(@Nullable Integer offset) {
			this.offset = offset;
			return this;
		}

		/**
		 * @param orderBy {@link #ORDER_BY_CREATED_AT}, {@link #ORDER_BY_UPDATED_AT} or {@link #ORDER_BY_NAME}
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
		 * @param query only layouts whose name or identifier contains this text
		 * @return this builder
		 */
		public Builder query(@Nullable String query) {
			this.query = query;
			return this;
		}

		/**
		 * @return the query
		 * @throws IllegalArgumentException if the limit is below 1 or the offset negative
		 */
		public ListLayoutsRequest build() {
			return new ListLayoutsRequest(this.limit, this.offset, this.orderBy, this.orderDirection, this.query);
		}

	}

}
