package io.github.novu4j.client.environmentvariables;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.PathSegments;

/**
 * A variable's value in one environment, as sent ({@code EnvironmentVariableValueDto}).
 * {@link #toString()} does not show the value, which may be a secret.
 *
 * @param environmentId the environment's {@code _id}
 * @param value the value, at most {@value #MAX_VALUE_LENGTH} characters
 */
public record EnvironmentVariableValue(@JsonProperty("_environmentId") String environmentId,
		@JsonProperty("value") String value) {

	/** Longest value Novu accepts. */
	public static final int MAX_VALUE_LENGTH = 256;

	/**
	 * Checks both fields.
	 * @param environmentId the environment's {@code _id}
	 * @param value the value
	 * @throws IllegalArgumentException if the environment id is blank or the value too long
	 */
	public EnvironmentVariableValue {
		PathSegments.requireId(environmentId, "environmentId");
		if (value == null) {
			throw new IllegalArgumentException("The value of an environment variable in " + environmentId + " must not be null");
		}
		if (value.length() > MAX_VALUE_LENGTH) {
			throw new IllegalArgumentException("An environment variable value must be at most " + MAX_VALUE_LENGTH
					+ " characters, was " + value.length() + " (environment " + environmentId + ")");
		}
	}

	/**
	 * @param environmentId the environment's {@code _id}
	 * @param value the value
	 * @return the value
	 */
	public static EnvironmentVariableValue of(String environmentId, String value) {
		return new EnvironmentVariableValue(environmentId, value);
	}

	@Override
	public String toString() {
		return "EnvironmentVariableValue{environmentId=" + this.environmentId + ", value=<" + this.value.length()
				+ " chars>}";
	}

}
