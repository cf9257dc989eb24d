package io.github.novu4j.client.topics;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.PathSegments;

/**
 * A new topic ({@code CreateTopicRequestDto}); both fields are required.
 *
 * @param key your unique key of the topic; it travels as a path segment in every other topic operation,
 * so it may hold {@code /} or spaces but must not be blank, {@code .} or {@code ..}
 * @param name the topic's name
 */
public record CreateTopicRequest(@JsonProperty("key") String key, @JsonProperty("name") String name) {

	/**
	 * Checks the key and the name.
	 * @param key your unique key of the topic; it travels as a path segment in every other topic operation,
	 * so it may hold {@code /} or spaces but must not be blank, {@code .} or {@code ..}
	 * @param name the topic's name
	 * @throws IllegalArgumentException if the key is blank, {@code .} or {@code ..}, or the name is blank
	 */
	public CreateTopicRequest {
		PathSegments.requireId(key, "topic key");
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("Topic '" + key + "' needs a name");
		}
	}

	/**
	 * @param key your unique key of the topic
	 * @param name the topic's name
	 * @return the request
	 */
	public static CreateTopicRequest of(String key, String name) {
		return new CreateTopicRequest(key, name);
	}

}
