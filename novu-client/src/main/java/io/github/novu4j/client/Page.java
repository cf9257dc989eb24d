package io.github.novu4j.client;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list operation, as Novu sends it (pages start at 0). {@code hasMore} and
 * {@code totalCount} are present only where the endpoint gives them.
 *
 * @param data the items of this page
 * @param page the page number, from 0
 * @param pageSize the page size the server applied
 * @param hasMore whether a next page exists, where the endpoint says so
 * @param totalCount the total number of items, where the endpoint says so (the subscriber feed caps
 * it at the page size)
 * @param <T> the item type
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Page<T>(@JsonProperty("data") List<T> data, @JsonProperty("page") @Nullable Integer page,
		@JsonProperty("pageSize") @Nullable Integer pageSize, @JsonProperty("hasMore") @Nullable Boolean hasMore,
		@JsonProperty("totalCount") @Nullable Integer totalCount,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Copies the items; absent {@code data} becomes an empty list.
	 * @param data the items of this page
	 * @param page the page number, from 0
	 * @param pageSize the page size the server applied
	 * @param hasMore whether a next page exists, where the endpoint says so
	 * @param totalCount the total number of items, where the endpoint says so (the subscriber feed caps
	 * it at the page size)
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public Page {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		data = (data != null) ? List.copyOf(data) : List.of();
	}

	/**
	 * Whether another page should be requested after this one, by the endpoint's own rule: {@code hasMore}
	 * where it is sent, else {@code totalCount}; never after an empty page, so a server quirk cannot
	 * make iteration loop forever.
	 * @param pageNumber the number of this page as requested
	 * @return whether to fetch page {@code pageNumber + 1}
	 */
	public boolean hasNextPage(int pageNumber) {
		if (this.data.isEmpty()) {
			return false;
		}
		if (this.hasMore != null) {
			return this.hasMore;
		}
		if (this.totalCount != null) {
			int size = (this.pageSize != null && this.pageSize > 0) ? this.pageSize : this.data.size();
			return (long) (pageNumber + 1) * size < this.totalCount;
		}
		return false;
	}

}
