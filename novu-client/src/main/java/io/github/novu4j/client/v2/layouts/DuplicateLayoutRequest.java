package io.github.novu4j.client.v2.layouts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.PathSegments;
import org.jspecify.annotations.Nullable;

/**
 * The copy a duplication makes ({@code DuplicateLayoutDto}). Build with {@link #builder(String)} or
 * {@link #of(String)}.
 *
 * @param name the copy's display name
 * @param layoutId the copy's identifier, or {@code null} to let Novu derive one from the name
 * @param isTranslationEnabled whether the copy's strings are translated, or {@code null} for Novu's default
 */
public record DuplicateLayoutRequest(@JsonProperty("name") String name,
		@JsonProperty("layoutId") @Nullable String layoutId,
		@JsonProperty("isTranslationEnabled") @Nullable Boolean isTranslationEnabled) {

	/**
	 * Checks the name and the identifier.
	 * @param name the copy's display name
	 * @param layoutId the copy's identifier
	 * @param isTranslationEnabled whether the copy's strings are translated
	 * @throws IllegalArgumentException if the name is blank, or the identifier is blank, {@code .} or {@code ..}
	 */
	public DuplicateLayoutRequest {
		Layouts.requireName(name, "the copy");
		if (layoutId != null) {
			PathSegments.requireId(layoutId, "layoutId");
		}
	}

	/**
	 * @param name the copy's display name
	 * @return the request
	 */
	public static DuplicateLayoutRequest of(String name) {
		return new DuplicateLayoutRequest(name, null, null);
	}

	/**
	 * @param name the copy's display name
	 * @return a builder
	 */
	public static Builder builder(String name) {
		return new Builder(name);
	}

	/** Builder of {@link DuplicateLayoutRequest}. */
	public static final class Builder {

		private final String name;

		private @Nullable String layoutId;

		private @Nullable Boolean isTranslationEnabled;

		private Builder(String name) {
			this.name = name;
		}

		/**
		 * @param layoutId the copy's identifier
		 * @return this builder
		 */
		public Builder layoutId(@Nullable String layoutId) {
			this.layoutId = layoutId;
			return this;
		}

		/**
		 * @param isTranslationEnabled whether the copy's strings are translated
		 * @return this builder
		 */
		public Builder isTranslationEnabled(@Nullable Boolean isTranslationEnabled) {
			this.isTranslationEnabled = isTranslationEnabled;
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if the name is blank
		 */
		public DuplicateLayoutRequest build() {
			return new DuplicateLayoutRequest(this.name, this.layoutId, this.isTranslationEnabled);
		}

	}

}
