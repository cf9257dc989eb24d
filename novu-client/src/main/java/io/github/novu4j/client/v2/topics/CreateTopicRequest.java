package io.github.novu4j.client.v2.topics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A topic to create or update ({@code CreateUpdateTopicRequestDto}): {@code topics.create} is an upsert.
 * The key is checked before sending: 1 to 100 characters of {@code a-z A-Z 0-9 _ : . -}, or an email
 * address.
 *
 * @param key your key of the topic
 * @param name its display name (at most 100 characters), or {@code null}
 * @param failIfExists send {@code ?failIfExists=true}, so that an existing key is a 409 instead of an
 * update; not part of the body
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTopicRequest(@JsonProperty("key") String key, @JsonProperty("name") @Nullable String name,
		@JsonIgnore boolean failIfExists) {

	/**
	 * Checks the key and the name.
	 * @param key your key of the topic
	 * @param name its display name, or {@code null}
	 * @param failIfExists whether an existing key is a conflict
	 * @throws IllegalArgumentException if the key is malformed or the name longer than 100 characters
	 */
	public CreateTopicRequest {
		TopicKeys.require(key);
		if (name != null && name.length() > TopicKeys.MAX_LENGTH) {
			throw new IllegalArgumentException("topic name must be at most " + TopicKeys.MAX_LENGTH
					+ " characters, was " + name.length());
		}
	}

	/**
	 * @param key your key of the topic
	 * @param name its display name
	 * @return an upsert of the topic
	 */
	public static CreateTopicRequest of(String key, @Nullable String name) {
		return new CreateTopicRequest(key, name, false);
	}

	/**
	 * @return the same request, answered with 409 ({@link io.github.novu4j.client.NovuConflictException})
	 * if the key exists, instead of updating the topic
	 */
	public CreateTopicRequest failingIfExists() {
		return new CreateTopicRequest(this.key, this.name, true);
	}

}
