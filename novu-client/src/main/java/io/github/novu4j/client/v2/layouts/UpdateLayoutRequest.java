package io.github.novu4j.client.v2.layouts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A layout's new state ({@code UpdateLayoutDto}, a PUT: the name is required). Build with
 * {@link #builder(String)}.
 *
 * @param name the display name
 * @param isTranslationEnabled whether its strings are translated, or {@code null} to keep it
 * @param controlValues the control values, e.g. {@code {"email":{"body":"<html>..{{content}}..","editorType":"html"}}},
 * or {@code null} to keep them
 */
public record UpdateLayoutRequest(@JsonProperty("name") String name,
		@JsonProperty("isTranslationEnabled") @Nullable Boolean isTranslationEnabled,
		@JsonProperty("controlValues") @Nullable Map<String, @Nullable Object> controlValues) {

	/**
	 * Checks the name and copies the control values.
	 * @param name the display name
	 * @param isTranslationEnabled whether its strings are translated
	 * @param controlValues the control values
	 * @throws IllegalArgumentException if the name is blank
	 */
	public UpdateLayoutRequest {
		Layouts.requireName(name, "the layout");
		controlValues = (controlValues != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(controlValues)) : null;
	}

	/**
	 * @param name the display name
	 * @return a builder
	 */
	public static Builder builder(String name) {
		return new Builder(name);
	}

	/** Builder of {@link UpdateLayoutRequest}. */
	public static final class Builder {

		private final String name;

		private @Nullable Boolean isTranslationEnabled;

		private @Nullable Map<String, @Nullable Object> controlValues;

		private Builder(String name) {
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
		 * @param controlValues the control values, e.g. {@code {"email":{"body":"..","editorType":"html"}}}
		 * @return this builder
		 */
		public Builder controlValues(@Nullable Map<String, @Nullable Object> controlValues) {
			this.controlValues = controlValues;
			return this;
		}

		/**
		 * Sets the email controls, the only channel a layout has.
		 * @param body the HTML (or block JSON) around {@code {{content}}}
		 * @param editorType {@code html} or {@code block}
		 * @return this builder
		 */
		public Builder email(String body, String editorType) {
			this.controlValues = Map.of("email", Map.of("body", body, "editorType", editorType));
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if the name is blank
		 */
		public UpdateLayoutRequest build() {
			return new UpdateLayoutRequest(this.name, this.isTranslationEnabled, this.controlValues);
		}

	}

}
