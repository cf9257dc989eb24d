package io.github.novu4j.client.v2.environments;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.PathSegments;
import org.jspecify.annotations.Nullable;

/**
 * What to compare an environment with ({@code DiffEnvironmentRequestDto}).
 *
 * @param sourceEnvironmentId the environment to compare from, or {@code null} for the target's parent
 * (Development for Production)
 */
public record DiffEnvironmentRequest(@JsonProperty("sourceEnvironmentId") @Nullable String sourceEnvironmentId) {

	private static final DiffEnvironmentRequest NONE = new DiffEnvironmentRequest(null);

	/**
	 * @param sourceEnvironmentId the environment to compare from
	 * @throws IllegalArgumentException if it is blank
	 */
	public DiffEnvironmentRequest {
		if (sourceEnvironmentId != null) {
			PathSegments.requireId(sourceEnvironmentId, "sourceEnvironmentId");
		}
	}

	/** @return a request comparing with the target's parent environment ({@code {}}) */
	public static DiffEnvironmentRequest none() {
		return NONE;
	}

	/**
	 * @param sourceEnvironmentId the environment to compare from
	 * @return the request
	 */
	public static DiffEnvironmentRequest from(String sourceEnvironmentId) {
		return new DiffEnvironmentRequest(sourceEnvironmentId);
	}

}
