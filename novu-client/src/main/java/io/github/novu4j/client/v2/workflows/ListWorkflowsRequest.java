package io.github.novu4j.client.v2.workflows;

import java.util.ArrayList;
import java.util.List;

import io.github.novu4j.client.OrderDirection;
import org.jspecify.annotations.Nullable;

/**
 * The query of {@code workflows.list}, an offset list: {@code limit} (at least 1, no maximum; Novu's
 * default 50), {@code offset} (from 0), the order and filters. Build with {@link #builder()};
 * {@link #none()} is Novu's defaults.
 *
 * @param limit workflows per page, at least 1, or {@code null} for Novu's default (50)
 * @param offset how many workflows to skip, from 0, or {@code null} for 0
 * @param orderBy the sort field, or {@code null} for Novu's default
 * @param orderDirection the sort direction, or {@code null} for Novu's default
 * @param query a search text, or {@code null}
 * @param tags only workflows with one of these tags; empty for no filter
 * @param status only workflows with one of these statuses; empty for no filter
 */
public record ListWorkflowsRequest(@Nullable Integer limit, @Nullable Integer offset,
		@Nullable WorkflowSortField orderBy, @Nullable OrderDirection orderDirection, @Nullable String query,
		List<String> tags, List<WorkflowStatus> status) {

	private static final ListWorkflowsRequest NONE = new ListWorkflowsRequest(null, null, null, null, null, List.of(),
			List.of());

	/**
	 * Checks the limit and the offset.
	 * @param limit workflows per page, at least 1
	 * @param offset how many workflows to skip, from 0
	 * @param orderBy the sort field
	 * @param orderDirection the sort direction
	 * @param query a text to search for
	 * @param tags only workflows with one of these tags
	 * @param status only workflows with one of these statuses
	 * @throws IllegalArgumentException if the limit is below 1 or the offset negative
	 */
	public ListWorkflowsRequest {
		if (limit != null && limit < 1) {
			throw new IllegalArgumentException("workflows.list limit must be at least 1, was " + limit);
		}
		if (offset != null && offset < 0) {
			throw new IllegalArgumentException("workflows.list offset must be 0 or more, was " + offset);
		}
		tags = (tags != null) ? List.copyOf(tags) : List.of();
		status = (status != null) ? List.copyOf(status) : List.of();
	}

	/** @return Novu's defaults: the first 50 workflows */
	public static ListWorkflowsRequest none() {
		return NONE;
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The query of the page after a page read with this query.
	 * @param page the page read with this query
	 * @return the query of the next page, or {@code null} if that page was the last
	 */
	public @Nullable ListWorkflowsRequest next(WorkflowList page) {
		int start = (this.offset != null) ? this.offset : 0;
		int next = start + page.workflows().size();
		if (page.workflows().isEmpty() || page.totalCount() == null || next >= page.totalCount()) {
			return null;
		}
		return new ListWorkflowsRequest(this.limit, next, this.orderBy, this.orderDirection, this.query, this.tags,
				this.status);
	}

	/** Builds a {@link ListWorkflowsRequest}. */
	public static final class Builder {

		private @Nullable Integer limit;

		private @Nullable Integer offset;

		private @Nullable WorkflowSortField orderBy;

		private @Nullable OrderDirection orderDirection;

		private @Nullable String query;

		private final List<String> tags = new ArrayList<>();

		private final List<WorkflowStatus> status = new ArrayList<>();

		private Builder() {
		}

		/**
		 * @param limit workflows per page, at least 1 (Novu sets no maximum)
		 * @return this builder
		 */
		public Builder limit(@Nullable Integer limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * @param offset how many workflows to skip
		 * @return this builder
		 */
		public Builder offset(@Nullable Integer offset) {
			this.offset = offset;
			return this;
		}

		/**
		 * @param orderBy the sort field
		 * @param orderDirection the sort direction
		 * @return this builder
		 */
		public Builder orderBy(@Nullable WorkflowSortField orderBy, @Nullable OrderDirection orderDirection) {
			this.orderBy = orderBy;
			this.orderDirection = orderDirection;
			return this;
		}

		/**
		 * @param query a search text
		 * @return this builder
		 */
		public Builder query(@Nullable String query) {
			this.query = query;
			return this;
		}

		/**
		 * @param tags only workflows with one of these tags
		 * @return this builder
		 */
		public Builder tags(String... tags) {
			this.tags.addAll(List.of(tags));
			return this;
		}

		/**
		 * @param status only workflows with one of these statuses
		 * @return this builder
		 */
		public Builder status(WorkflowStatus... status) {
			this.status.addAll(List.of(status));
			return this;
		}

		/**
		 * @return the query
		 * @throws IllegalArgumentException if the limit is below 1 or the offset negative
		 */
		public ListWorkflowsRequest build() {
			return new ListWorkflowsRequest(this.limit, this.offset, this.orderBy, this.orderDirection, this.query,
					this.tags, this.status);
		}

	}

}
