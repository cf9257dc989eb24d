package io.github.novu4j.client.environments;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A new environment ({@code CreateEnvironmentRequestDto}). Build with {@link #of(String, String)} or
 * {@link #builder(String, String)}.
 *
 * @param name the display name, e.g. {@code Staging}
 * @param parentId the environment it derives from (usually Development's {@code _id}), or {@code null}
 * @param color the dashboard color, e.g. {@code #3498db}
 */
public record CreateEnvironmentRequest(@JsonProperty("name") String name,
		@JsonProperty("parentId") @Nullable String parentId, @JsonProperty("color") String color) {

	/**
	 * Checks the fields.
	 * @param name the display name
	 * @param parentId the environment it derives from
	 * @param color the dashboard color
	 * @throws IllegalArgumentException if the name or the color is blank, or the parent id is blank
	 */
	public CreateEnvironmentRequest {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A new environment needs a name");
		}
		if (color == null || color.isBlank()) {
			throw new IllegalArgumentException("Environment '" + name + "' needs a color, e.g. #3498db");
		}
		if (parentId != null && parentId.isBlank()) {
			throw new IllegalArgumentException("parentId must not be blank (leave it null for none)");
		}
	}

	/**
	 * @param name the display name
	 * @param color the dashboard color, e.g. {@code #3498db}
	 * @return the request
	 */
	public static CreateEnvironmentRequest of(String name, String color) {
		return new CreateEnvironmentRequest(name, null, color);
	}

	/**
	 * @param name the display name
	 * @param color the dashboard color, e.g. {@code #3498db}
	 * @return a builder
	 */
	public static Builder builder(String name, String color) {
		return new Builder(name, color);
	}

	/** Builder of {@link CreateEnvironmentRequest}. */
	public static final class Builder {

		private final String name;

		private final String color;

		private @Nullable String parentId;

		private Builder(String name, String color) {
			this.name = name;
			this.color = color;
		}

		/**
		 * @param parentId the environment it derives from
		 * @return this builder
		 */
		public Builder parentId(@Nullable String parentId) {
			this.parentId = parentId;
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if the name or the color is blank
		 */
		public CreateEnvironmentRequest build() {
			return new CreateEnvironmentRequest(this.name, this.parentId, this.color);
		}

	}

}
