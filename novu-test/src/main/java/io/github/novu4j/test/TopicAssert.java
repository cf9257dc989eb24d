package io.github.novu4j.test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** Assertions over a topic as a {@link LocalNovu} stores it. */
public final class TopicAssert {

	private final String key;

	private final Map<String, Object> topic;

	TopicAssert(String key, Map<String, Object> topic) {
		this.key = key;
		this.topic = topic;
	}

	/**
	 * @param subscriberIds the expected members, in any order, and no other
	 * @return these assertions
	 */
	public TopicAssert withSubscribers(String... subscriberIds) {
		List<?> actual = (List<?>) this.topic.getOrDefault("subscribers", List.of());
		if (actual.size() != subscriberIds.length || !new HashSet<>(actual).equals(new HashSet<>(List.of(subscriberIds)))) {
			throw new AssertionError("Expected topic '" + this.key + "' to have exactly the subscribers "
					+ List.of(subscriberIds) + " but it has " + actual);
		}
		return this;
	}

	/**
	 * @param name the expected name, {@code null} for none
	 * @return these assertions
	 */
	public TopicAssert withName(@Nullable String name) {
		if (!Objects.equals(this.topic.get("name"), name)) {
			throw new AssertionError("Expected topic '" + this.key + "' to be named " + name + " but it is named "
					+ this.topic.get("name"));
		}
		return this;
	}

	/** @return the stored topic ({@code _id}, {@code key}, {@code name}, {@code subscribers}) */
	public Map<String, Object> actual() {
		return this.topic;
	}

}
