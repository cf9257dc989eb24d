package io.github.novu4j.client.topics;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A topic's new name ({@code RenameTopicRequestDto}). The key cannot change.
 *
 * @param name the new name
 */
public record RenameTopicRequest(@JsonProperty("name") String name) {

	/**
	 * Checks the name.
	 * @param name the new name
	 * @throws IllegalArgumentException if the name is blank
	 */
	public RenameTopicRequest {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A topic's new name must not be blank");
		}
	}

	/**
	 * @param name the new name
	 * @return the request
	 */
	public static RenameTopicRequest of(String name) {
		return new RenameTopicRequest(name);
	}

}
