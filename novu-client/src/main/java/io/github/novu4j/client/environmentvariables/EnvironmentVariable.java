package io.github.novu4j.client.environmentvariables;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * An environment variable ({@code EnvironmentVariableResponseDto}): one key for the whole organization,
 * one value per environment. Workflows read it as {@code {{env.KEY}}}. {@link #toString()} never shows
 * the values of a secret variable.
 *
 * @param id Novu's id ({@code _id})
 * @param organizationId the organization it belongs to
 * @param key the key, e.g. {@code API_BASE_URL}
 * @param type the value type; Novu knows only {@code string}
 * @param isSecret whether the values are secret
 * @param values the value in each environment that has one
 * @param createdAt when it was created (ISO-8601)
 * @param updatedAt when it was last changed (ISO-8601)
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnvironmentVariable(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("_organizationId") @Nullable String organizationId, @JsonProperty("key") @Nullable String key,
		@JsonProperty("type") @Nullable String type, @JsonProperty("isSecret") @Nullable Boolean isSecret,
		@JsonProperty("values") List<Value> values, @JsonProperty("createdAt") @Nullable String createdAt,
		@JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the values; absent becomes empty.
	 * @param id Novu's id
	 * @param organizationId the organization it belongs to
	 * @param key the key
	 * @param type the value type
	 * @param isSecret whether the values are secret
	 * @param values the value in each environment
	 * @param createdAt when it was created
	 * @param updatedAt when it was last changed
	 * @param additionalProperties what this record does not model
	 */
	public EnvironmentVariable {
		values = (values != null) ? List.copyOf(values) : List.of();
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * @param environmentId an environment's {@code _id}
	 * @return the value in that environment, or {@code null} if it has none
	 */
	public @Nullable String valueIn(String environmentId) {
		for (Value value : this.values) {
			if (environmentId.equals(value.environmentId())) {
				return value.value();
			}
		}
		return null;
	}

	@Override
	public String toString() {
		boolean secret = Boolean.TRUE.equals(this.isSecret);
		return "EnvironmentVariable{id=" + this.id + ", key=" + this.key + ", type=" + this.type + ", isSecret="
				+ this.isSecret + ", values=" + (secret ? this.values.size() + " redacted" : this.values)
				+ ", createdAt=" + this.createdAt + ", updatedAt=" + this.updatedAt + "}";
	}

	/**
	 * The value of a variable in one environment ({@code EnvironmentVariableValueResponseDto}).
	 *
	 * @param environmentId the environment's {@code _id}
	 * @param value the value
	 * @param additionalProperties what this record does not model
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Value(@JsonProperty("_environmentId") @Nullable String environmentId,
			@JsonProperty("value") @Nullable String value,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Normalises {@code additionalProperties}.
		 * @param environmentId the environment's {@code _id}
		 * @param value the value
		 * @param additionalProperties what this record does not model
		 */
		public Value {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
