package io.github.novu4j.client.v2.layouts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.PathSegments;
import org.jspecify.annotations.Nullable;

/**
 * A new layout ({@code CreateLayoutDto}). Build with {@link #builder(String, String)} or {@link #of}.
 *
 * @param layoutId your identifier of the layout; it travels as a path segment in every other layout call
 * @param name the display name
 * @param isTranslationEnabled whether its strings are translated, or {@code null} for Novu's default (no)
 */
public record CreateLayoutRequest(@JsonProperty("layoutId") String layoutId, @JsonProperty("name") String name,
		@JsonProperty("isTranslationEnabled") @Nullable Boolean isTranslationEnabled) {

	/**
	 * Checks the identifier and the name.
	 * @param layoutId your identifier of the layout
	 * @param name the display name
	 * @param isTranslationEnabled whether its strings are translated
	 * @throws IllegalArgumentException if the identifier or the name is blank
	 */
	public CreateLayoutRequest {
		PathSegments.requireId(layoutId, "layoutId");
		Layouts.requireName(name, layoutId);
	}

	/**
	 * @param layoutId your identifier of the layout
	 * @param name the display name
	 * @return the request
	 */
	public static CreateLayoutRequest of(String layoutId, String name) {
		return new CreateLayoutRequest(layoutId, name, null);
	}

	/**
	 * @param layoutId your identifier of the layout
	 * @param name the display name
	 * @return a builder
	 */
	public static Builder builder(String layoutId, String name) {
		return new Builder(layoutId, name);
	}

	/** Builder of {@link CreateLayoutRequest}. */
	public static final class Builder {

		private final String layoutId;

		private final String name;

		private @Nullable Boolean isTranslationEnabled;

		private Builder(String layoutId, String name) {
			this.layoutId = layoutId;
			this.name = name;
		}

		/**
		 * @param isTranslationEnabled whether its strings are translated
		 * @return this builder
		 */
		public Builder isTranslationEnabled(@Nullable Boolean isTranslationEnabled) {
			this.isTranslationEnabled = isTranslationEnabled;
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if the identifier or the name is blank
		 */
		public CreateLayoutRequest build() {
			return new CreateLayoutRequest(this.layoutId, this.name, this.isTranslationEnabled);
		}

	}

}
