package io.github.novu4j.client;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One page of a cursor-paginated list, as Novu sends it (bare, without the {@code data} envelope
 * around the whole page). Shared by every cursor list of the API: v2 subscribers, topics, topic
 * subscriptions and contexts, agents, channel connections and endpoints, domains and their routes.
 *
 * @param data the items of this page
 * @param next the cursor of the page after this one, {@code null} on the last page
 * @param previous the cursor of the page before this one, {@code null} on the first page
 * @param totalCount how many items the whole filter matches, capped by Novu at 50,000
 * @param totalCountCapped whether {@code totalCount} hit that cap
 * @param additionalProperties what this record does not model (e.g. the agents lists' {@code planUsage})
 * @param <T> the item type
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CursorPage<T>(@JsonProperty("data") List<T> data, @JsonProperty("next") @Nullable String next,
		@JsonProperty("previous") @Nullable String previous, @JsonProperty("totalCount") @Nullable Integer totalCount,
		@JsonProperty("totalCountCapped") @Nullable Boolean totalCountCapped,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the items; absent {@code data} becomes an empty list.
	 * @param data the items of this page
	 * @param next the cursor of the page after this one, {@code null} on the last page
	 * @param previous the cursor of the page before this one, {@code null} on the first page
	 * @param totalCount how many items the whole filter matches, capped by Novu at 50,000
	 * @param totalCountCapped whether {@code totalCount} hit that cap
	 * @param additionalProperties what this record does not model
	 */
	public CursorPage {
		data = (data != null) ? List.copyOf(data) : List.of();
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/** @return whether Novu gave a cursor to a next page */
	public boolean hasNext() {
		return this.next != null && !this.next.isEmpty();
	}

}
