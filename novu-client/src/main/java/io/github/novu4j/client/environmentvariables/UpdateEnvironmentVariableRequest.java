package io.github.novu4j.client.environmentvariables;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Changes to an environment variable ({@code UpdateEnvironmentVariableRequestDto}, a PATCH: unset
 * fields stay as they are). Build with {@link #builder()}. Setting {@code values} replaces the values
 * of every environment.
 *
 * @param key a new key, or {@code null} to keep it
 * @param type the value type, or {@code null} to keep it
 * @param isSecret whether the values are secret, or {@code null} to keep it
 * @param values the value in each environment, or {@code null} to keep them
 */
public record UpdateEnvironmentVariableRequest(@JsonProperty("key") @Nullable String key,
		@JsonProperty("type") @Nullable String type, @JsonProperty("isSecret") @Nullable Boolean isSecret,
		@JsonProperty("values") @Nullable List<EnvironmentVariableValue> values) {

	/**
	 * Checks the key and copies the values.
	 * @param key a new key
	 * @param type the value type
	 * @param isSecret whether the values are secret
	 * @param values the value in each environment
	 * @throws IllegalArgumentException if a key is set that is not a valid variable key
	 */
	public UpdateEnvironmentVariableRequest {
		if (key != null) {
			EnvironmentVariables.requireKey(key);
		}
		values = (values != null) ? List.copyOf(values) : null;
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/** Builder of {@link UpdateEnvironmentVariableRequest}. */
	public static final class Builder {

		private @Nullable String key;

		private @Nullable String type;

		private @Nullable Boolean isSecret;

		private @Nullable List<EnvironmentVariableValue> values;

		private Builder() {
		}

		/**
		 * @param key a new key
		 * @return this builder
		 */
		public Builder key(@Nullable String key) {
			this.key = key;
			return this;
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
		 * Adds the value in one environment; the values sent replace all stored ones.
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
		 * @throws IllegalArgumentException if a key is set that is not a valid variable key
		 */
		public UpdateEnvironmentVariableRequest build() {
			return new UpdateEnvironmentVariableRequest(this.key, this.type, this.isSecret, this.values);
		}

	}

}
