package io.github.novu4j.client.v2.layouts;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * One offset page of layouts ({@code ListLayoutResponseDto}, sent as
 * {@code {"data":{"layouts":[..],"totalCount":n}}}).
 *
 * @param layouts the layouts of this page
 * @param totalCount how many layouts the whole query matches
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LayoutList(@JsonProperty("layouts") List<Layout> layouts,
		@JsonProperty("totalCount") @Nullable Integer totalCount,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the layouts; absent ones become an empty list.
	 * @param layouts the layouts of this page
	 * @param totalCount how many layouts the whole query matches
	 * @param additionalProperties what this record does not model
	 */
	public LayoutList {
		layouts = (layouts != null) ? List.copyOf(layouts) : List.of();
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Whether layouts remain after this page.
	 * @param offset the offset this page was fetched from
	 * @return {@code true} if {@code offset + layouts().size()} is below {@link #totalCount()}
	 */
	public boolean hasMoreAfter(int offset) {
		return this.totalCount != null && !this.layouts.isEmpty() && offset + this.layouts.size() < this.totalCount;
	}

}
