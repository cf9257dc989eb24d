package io.github.novu4j.client.v2.topics;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The new name of a topic ({@code UpdateTopicRequestDto}); the key cannot change.
 *
 * @param name the new display name
 */
public record UpdateTopicRequest(@JsonProperty("name") String name) {

	/**
	 * Checks the name.
	 * @param name the new display name
	 * @throws IllegalArgumentException if the name is null or blank
	 */
	public UpdateTopicRequest {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("topic name must not be blank");
		}
	}

	/**
	 * @param name the new display name
	 * @return the request
	 */
	public static UpdateTopicRequest of(String name) {
		return new UpdateTopicRequest(name);
	}

}
