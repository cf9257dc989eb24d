package io.github.novu4j.client.topics;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A topic's new name ({@code RenameTopicRequestDto}). The key cannot change.
 *
 * @param name the new name
 */
public record RenameTopicRequest(@JsonProperty("name") String name) {

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
