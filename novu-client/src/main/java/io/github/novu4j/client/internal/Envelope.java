package io.github.novu4j.client.internal;

import tools.jackson.databind.JsonNode;

/**
 * Novu's response envelope (WIRE-FORMAT §3): a handler's result is sent as {@code {"data": result}},
 * except paginated results, which come bare with {@code data} beside {@code page} and friends.
 */
final class Envelope {

	private Envelope() {
	}

	/**
	 * @param root the parsed body
	 * @return the value of {@code data} when it is the object's only key (which may be {@code false},
	 * {@code 0} or {@code null}); otherwise the body itself
	 */
	static JsonNode unwrap(JsonNode root) {
		if (root.isObject() && root.size() == 1 && root.has("data")) {
			return root.get("data");
		}
		return root;
	}

}
