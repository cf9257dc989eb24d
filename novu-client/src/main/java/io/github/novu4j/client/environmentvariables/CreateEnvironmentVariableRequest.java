package io.github.novu4j.client.environmentvariables;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A new environment variable ({@code CreateEnvironmentVariableRequestDto}). Build with
 * {@link #builder(String)}.
 *
 * @param key the key: a letter, then letters, digits or {@code _}; at most 256 characters
 * @param type the value type, or {@code null} for Novu's default ({@code string}, the only one)
 * @param isSecret whether the values are secret (hidden in Novu's dashboard), or {@code null} for no
 * @param values the value in each environment, or {@code null} for none yet
 */
public record CreateEnvironmentVariableRequest(@JsonProperty("key") String key,
		@JsonProperty("type") @Nullable String type, @JsonProperty("isSecret") @Nullable Boolean isSecret,
		@JsonProperty("values") @Nullable List<EnvironmentVariableValue> values) {

	/**
	 * Checks the key and copies the values.
	 * @param key the key
	 * @param type the value type
	 * @param isSecret whether the values are secret
	 * @param values the value in each environment
	 * @throws IllegalArgumentException if the key does not match {@code ^[A-Za-z][A-Za-z0-9_]*$} or is
	 * longer than 256 characters
	 */
	public CreateEnvironmentVariableRequest {
		EnvironmentVariables.requireKey(key);
		values = (values != null) ? List.copyOf(values) : null;
	}

	/**
	 * @param key the key, e.g. {@code API_BASE_URL}
	 * @return a builder
	 */
	public static Builder builder(String key) {
		return new Builder(key);
	}

	/** Builder of {@link CreateEnvironmentVariableRequest}. */
	public static final class Builder {

		private final String key;

		private @Nullable String type;

		private @Nullable Boolean isSecret;

		private @Nullable List<EnvironmentVariableValue> values;

		private Builder(String key) {
			this.key = key;
		}

		/**
		 * @param type the value type ({@code string})
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * @param isSecret whether the values are secret
		 * @return this builder
		 */
		public Builder isSecret(@Nullable Boolean isSecret) {
			this.isSecret = isSecret;
			return this;
		}

		/**
		 * Adds the value in one environment.
		 * @param environmentId the environment's {@code _id}
		 * @param value the value, at most 256 characters
		 * @return this builder
		 */
		public Builder value(String environmentId, String value) {
			if (this.values == null) {
				this.values = new ArrayList<>();
			}
			this.values.add(EnvironmentVariableValue.of(environmentId, value));
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if the key is not a valid variable key
		 */
		public CreateEnvironmentVariableRequest build() {
			return new CreateEnvironmentVariableRequest(this.key, this.type, this.isSecret, this.values);
		}

	}

}
