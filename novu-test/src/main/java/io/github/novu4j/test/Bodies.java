package io.github.novu4j.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Small helpers the route classes share: reading request bodies and writing Novu's answers. */
final class Bodies {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern OBJECT_ID = Pattern.compile("^[0-9a-f]{24}$");

	private Bodies() {
	}

	/** @return the node as a mutable map (empty when it is not an object) */
	@SuppressWarnings("unchecked")
	static Map<String, @Nullable Object> map(@Nullable JsonNode node) {
		return (node != null && node.isObject()) ? JSON.treeToValue(node, LinkedHashMap.class) : new LinkedHashMap<>();
	}

	/** @return the node as a plain Java value (map, list, string, number, boolean or null) */
	static @Nullable Object value(@Nullable JsonNode node) {
		return (node == null || node.isNull() || node.isMissingNode()) ? null : JSON.treeToValue(node, Object.class);
	}

	/** @return the field's text, or {@code null} when absent or not a string */
	static @Nullable String text(@Nullable JsonNode body, String field) {
		JsonNode value = (body != null) ? body.get(field) : null;
		return (value != null && value.isString()) ? value.asString() : null;
	}

	/** @return the field's strings (empty when absent) */
	static List<String> strings(@Nullable JsonNode body, String field) {
		List<String> values = new ArrayList<>();
		JsonNode items = (body != null) ? body.get(field) : null;
		if (items != null && items.isArray()) {
			items.forEach((item) -> values.add(item.asString()));
		}
		return values;
	}

	/** @return whether the text is a MongoDB object id, as Novu's {@code @IsMongoId} checks */
	static boolean isObjectId(@Nullable String text) {
		return text != null && OBJECT_ID.matcher(text).matches();
	}

	/** A map from alternating keys and values, keeping {@code null} values and the order. */
	static Map<String, @Nullable Object> object(@Nullable Object... keysAndValues) {
		Map<String, @Nullable Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/**
	 * The 2026 server's command validation failure (WIRE-FORMAT-CURRENT §E): 422 with the field's messages.
	 * @param command the command's class name, e.g. {@code GetSubscriberNotificationsCommand}
	 */
	static Reply commandError(String path, String command, String field, String message, @Nullable Object value) {
		Map<String, @Nullable Object> detail = new LinkedHashMap<>();
		detail.put("messages", List.of(message));
		detail.put("value", value);
		return Reply.error(422, null, "Validation failed for " + command + ": " + field + ": " + message, path)
			.with("errors", Map.of(field, detail));
	}

	/** A Zod failure (WIRE-FORMAT-CURRENT §E): 400 with {@code errors} as {@code [{message, path}]}. */
	static Reply zodError(String path, String message, List<Object> at) {
		return Reply.error(400, null, "Zod Validation Failed", path)
			.with("errors", List.of(object("message", message, "path", at)));
	}

	/** Reads a timestamp given as epoch milliseconds or ISO-8601; {@code null} if neither. */
	static java.time.@Nullable Instant instant(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return java.time.Instant.ofEpochMilli(Long.parseLong(text));
		}
		catch (NumberFormatException ex) {
			try {
				return java.time.Instant.parse(text);
			}
			catch (java.time.format.DateTimeParseException notIso) {
				return null;
			}
		}
	}

}
