package io.github.novu4j.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Server rules the OpenAPI documents do not state, checked by the routes: the trigger {@code context}
 * (WIRE-FORMAT-CURRENT §F) and the topic key format (§E).
 */
final class ServerRules {

	/** WIRE-FORMAT-CURRENT §E: a topic key is letters, digits and {@code _ : . -}, or an email address. */
	static final Pattern TOPIC_KEY = Pattern.compile("^[a-zA-Z0-9_:.-]+$|^[^@\\s]+@[^@\\s]+$");

	/** WIRE-FORMAT-CURRENT §F: a context type or id. */
	private static final Pattern CONTEXT_PART = Pattern.compile("^[a-zA-Z0-9_-]{1,100}$");

	private static final int MAX_CONTEXTS = 5;

	private ServerRules() {
	}

	/**
	 * @param key a topic key
	 * @param path the request's path
	 * @return Novu's 400 for a malformed key, or {@code null}
	 */
	static @Nullable Reply topicKeyProblem(String key, String path) {
		if (TOPIC_KEY.matcher(key).matches()) {
			return null;
		}
		return Reply.error(400, "Bad Request", "Topic key must only contain letters, numbers, and the characters"
				+ " _ : . - or be a valid email address: " + key, path);
	}

	/**
	 * The {@code context} of a trigger, broadcast or bulk event (WIRE-FORMAT-CURRENT §F): absent, or an object of
	 * 1 to 5 entries {@code "<type>": "<id>"} or {@code "<type>": {"id": "<id>", "data": {..}}}, type and id of 1 to
	 * 100 characters {@code a-z A-Z 0-9 _ -}.
	 * @param event the event
	 * @return the problems, empty when valid
	 */
	static List<String> contextProblems(JsonNode event) {
		JsonNode context = event.get("context");
		List<String> problems = new ArrayList<>();
		if (context == null || context.isNull()) {
			return problems;
		}
		if (!context.isObject()) {
			problems.add("context must be an object");
			return problems;
		}
		if (context.isEmpty() || context.size() > MAX_CONTEXTS) {
			problems.add("context must have between 1 and " + MAX_CONTEXTS + " entries");
		}
		for (Map.Entry<String, JsonNode> entry : context.properties()) {
			String type = entry.getKey();
			if (!CONTEXT_PART.matcher(type).matches()) {
				problems.add("context type '" + type + "' must be 1 to 100 characters of a-z, A-Z, 0-9, _ and -");
			}
			JsonNode value = entry.getValue();
			JsonNode id = value.isObject() ? value.get("id") : value;
			if (id == null || !id.isString()) {
				problems.add("context." + type + " must be an id or an object with an id");
			}
			else if (!CONTEXT_PART.matcher(id.asString()).matches()) {
				problems.add("context." + type + " id must be 1 to 100 characters of a-z, A-Z, 0-9, _ and -");
			}
			if (value.isObject() && value.has("data") && !value.get("data").isObject() && !value.get("data").isNull()) {
				problems.add("context." + type + ".data must be an object");
			}
		}
		return problems;
	}

	/**
	 * @param event a valid event
	 * @return its context as {@code type → id}, in the order sent (empty without one)
	 */
	static Map<String, String> contextIds(JsonNode event) {
		Map<String, String> ids = new LinkedHashMap<>();
		JsonNode context = event.get("context");
		if (context != null && context.isObject()) {
			for (Map.Entry<String, JsonNode> entry : context.properties()) {
				JsonNode value = entry.getValue();
				ids.put(entry.getKey(), value.isObject() ? value.path("id").asString("") : value.asString(""));
			}
		}
		return ids;
	}

}
