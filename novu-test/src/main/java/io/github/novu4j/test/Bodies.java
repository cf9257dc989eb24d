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

	/** @return "f should not be empty" for each field that is absent, not a string or blank */
	static List<String> required(@Nullable JsonNode body, String... fields) {
		List<String> problems = new ArrayList<>();
		for (String field : fields) {
			String value = text(body, field);
			if (value == null || value.isBlank()) {
				problems.add(field + " should not be empty");
			}
		}
		return problems;
	}

	/** The offset lists of workflows and layouts (WIRE-FORMAT-CURRENT §D): limit at least 1, offset at least 0. */
	static @Nullable Reply offsetProblems(NovuState.Request request) {
		Integer limit = request.intParam("limit", 50);
		Integer offset = request.intParam("offset", 0);
		if (limit == null || limit < 1 || offset == null || offset < 0) {
			return Reply.validationError(request.path(), "limit must not be less than 1", "offset must not be less than 0");
		}
		return null;
	}

	/**
	 * One page of an offset list (WIRE-FORMAT-CURRENT §D): sorted by {@code orderBy} (default {@code createdAt}),
	 * {@code orderDirection} DESC by default, then {@code offset} and {@code limit} (default 50).
	 */
	static List<Map<String, @Nullable Object>> offsetPage(NovuState.Request request,
			List<Map<String, @Nullable Object>> matching) {
		int limit = request.intParam("limit", 50);
		int offset = request.intParam("offset", 0);
		String orderBy = java.util.Objects.requireNonNullElse(request.param("orderBy"), "createdAt");
		java.util.Comparator<Map<String, @Nullable Object>> order = java.util.Comparator.comparing(
				(item) -> String.valueOf(java.util.Objects.requireNonNullElse(item.get(orderBy), "")),
				String.CASE_INSENSITIVE_ORDER);
		order = order.thenComparing((item) -> String.valueOf(item.get("_id")));
		if (!"ASC".equalsIgnoreCase(request.param("orderDirection"))) {
			order = order.reversed();
		}
		List<Map<String, @Nullable Object>> sorted = matching.stream().sorted(order).toList();
		return List.copyOf(sorted.subList(Math.min(offset, sorted.size()), Math.min(offset + limit, sorted.size())));
	}

	/** A v1 offset page, bare (WIRE-FORMAT §3): {@code page}, {@code totalCount} (when given), {@code hasMore}, ... */
	static Map<String, @Nullable Object> pageBody(int page, int limit, List<Map<String, @Nullable Object>> found,
			@Nullable Integer totalCount) {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("page", page);
		if (totalCount != null) {
			body.put("totalCount", totalCount);
		}
		body.put("hasMore", found.size() > (page + 1) * limit);
		body.put("pageSize", limit);
		body.put("data", NovuState.slice(found, page, limit));
		return body;
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
