package io.github.novu4j.client.topics;

import io.github.novu4j.client.internal.Paging;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of {@code topics.list}: where to start, how many topics per page, and an optional key filter.
 * Build with {@link #builder()}; {@link #none()} starts at page 0 with Novu's default page size (10).
 *
 * @param page the first page to fetch, from 0 ({@code null} reads as 0)
 * @param pageSize topics per page, 1 to {@value #MAX_PAGE_SIZE} (Novu answers 400 above), or
 * {@code null} for Novu's default
 * @param key only the topic with this key
 */
public record ListTopicsRequest(@JsonProperty("page") Integer page, @JsonProperty("pageSize") @Nullable Integer pageSize,
		@JsonProperty("key") @Nullable String key) {

	/** Largest page size Novu accepts for topics. */
	public static final int MAX_PAGE_SIZE = 10;

	private static final ListTopicsRequest NONE = new ListTopicsRequest(0, null, null);

	/**
	 * Defaults the page to 0 and checks the page and the page size.
	 * @param page the first page to fetch, from 0 ({@code null} reads as 0)
	 * @param pageSize topics per page, 1 to {@value #MAX_PAGE_SIZE} (Novu answers 400 above), or
	 * {@code null} for Novu's default
	 * @param key only the topic with this key
	 * @throws IllegalArgumentException if the page is negative or the page size is outside 1 to
	 * {@value #MAX_PAGE_SIZE}
	 */
	public ListTopicsRequest {
		page = (page != null) ? page : 0;
		Paging.requirePage(page);
		Paging.requireSize(pageSize, MAX_PAGE_SIZE, "topics.list pageSize");
	}

	/** @return the first page with Novu's default page size and no filter */
	public static ListTopicsRequest none() {
		return NONE;
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/** Builder of {@link ListTopicsRequest}. */
	public static final class Builder {

		private int page;

		private @Nullable Integer pageSize;

		private @Nullable String key;

		private Builder() {
		}

		/**
		 * @param page the first page to fetch, from 0
		 * @return this builder
		 */
		public Builder page(int page) {
			this.page = page;
			return this;
		}

		/**
		 * @param pageSize topics per page, 1 to {@value ListTopicsRequest#MAX_PAGE_SIZE}
		 * @return this builder
		 */
		public Builder pageSize(@Nullable Integer pageSize) {
			this.pageSize = pageSize;
			return this;
		}

		/**
		 * @param key only the topic with this key
		 * @return this builder
		 */
		public Builder key(@Nullable String key) {
			this.key = key;
			return this;
		}

		/**
		 * @return the query
		 * @throws IllegalArgumentException if the page is negative or the page size out of 1..10
		 */
		public ListTopicsRequest build() {
			return new ListTopicsRequest(this.page, this.pageSize, this.key);
		}

	}

}
