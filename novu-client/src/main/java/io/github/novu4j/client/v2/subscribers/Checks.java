package io.github.novu4j.client.v2.subscribers;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.novu4j.client.internal.NovuJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/** The checks the requests of this package run before anything is sent. */
final class Checks {

	/** Context types and ids, as Novu validates them (WIRE-FORMAT-CURRENT §F). */
	private static final Pattern CONTEXT_PART = Pattern.compile("^[a-zA-Z0-9_-]{1,100}$");

	private Checks() {
	}

	static void notBlank(@Nullable String value, String name) {
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank; leave it unset instead");
		}
	}

	static @Nullable List<String> contextKeys(@Nullable List<String> contextKeys) {
		if (contextKeys == null) {
			return null;
		}
		for (String key : contextKeys) {
			if (key == null || key.isBlank()) {
				throw new IllegalArgumentException("contextKeys must not hold a null or blank key, e.g. tenant:acme");
			}
		}
		return List.copyOf(contextKeys);
	}

	static int range(int value, int min, int max, String name) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(name + " must be " + min + " to " + max + ", was " + value);
		}
		return value;
	}

	/**
	 * A context of preferences: 1 to 5 entries of type to id, or to {@code {"id", "data"}}.
	 */
	static @Nullable Map<String, Object> context(@Nullable Map<String, ?> context) {
		if (context == null) {
			return null;
		}
		if (context.isEmpty() || context.size() > 5) {
			throw new IllegalArgumentException("context must hold 1 to 5 entries, had " + context.size());
		}
		Map<String, Object> copy = new java.util.LinkedHashMap<>();
		for (Map.Entry<String, ?> entry : context.entrySet()) {
			String type = entry.getKey();
			if (type == null || !CONTEXT_PART.matcher(type).matches()) {
				throw new IllegalArgumentException("context type '" + type + "' must match [a-zA-Z0-9_-]{1,100}");
			}
			Object value = entry.getValue();
			Object id = (value instanceof Map<?, ?> rich) ? rich.get("id") : value;
			if (!(id instanceof String text) || !CONTEXT_PART.matcher(text).matches()) {
				throw new IllegalArgumentException("context '" + type
						+ "' needs an id (a string, or a map with \"id\") matching [a-zA-Z0-9_-]{1,100}, was " + id);
			}
			copy.put(type, value);
		}
		return java.util.Collections.unmodifiableMap(copy);
	}

	/** Novu takes some filters as a JSON object written into a string. */
	static @Nullable String jsonText(@Nullable Map<String, ?> value, String name) {
		if (value == null) {
			return null;
		}
		try {
			return NovuJson.mapper().writeValueAsString(value);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(name + " cannot be written as JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/** Tags any of which a notification's workflow carries: a JSON array. */
	static @Nullable List<String> anyTag(@Nullable List<String> tags) {
		if (tags == null) {
			return null;
		}
		for (String tag : tags) {
			if (tag == null || tag.isBlank()) {
				throw new IllegalArgumentException("tags must not hold a null or blank tag");
			}
		}
		return List.copyOf(tags);
	}

	/**
	 * Tags as an AND of OR-groups: {@code {"and":[{"or":[..]}, ..]}}; a notification matches when its
	 * workflow carries at least one tag of every group.
	 */
	static Map<String, Object> tagGroups(List<List<String>> groups) {
		java.util.Objects.requireNonNull(groups, "groups");
		if (groups.isEmpty()) {
			throw new IllegalArgumentException("tag groups must not be empty");
		}
		List<Map<String, Object>> and = new java.util.ArrayList<>();
		for (List<String> group : groups) {
			if (group == null || group.isEmpty()) {
				throw new IllegalArgumentException("every tag group needs at least one tag");
			}
			and.add(Map.of("or", anyTag(group)));
		}
		return Map.of("and", List.copyOf(and));
	}

}
