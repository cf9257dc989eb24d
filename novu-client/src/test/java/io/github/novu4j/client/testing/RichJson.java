package io.github.novu4j.client.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.novu4j.client.internal.NovuJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Round-trip checks for response models: a rich, real-shaped JSON body, with unknown properties added at
 * every level (as Novu adds fields over time), must deserialize without losing any field the body had.
 *
 * <pre>{@code
 * novu.stubFor(get("/v1/x").willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(RICH) + "}")));
 * RichJson.assertNoFieldLost(client.x().retrieve("id"), RICH);
 * }</pre>
 */
public final class RichJson {

	/** The name of the property {@link #withUnknownFields(String)} adds. */
	public static final String UNKNOWN_FIELD = "novuAddedLater";

	private RichJson() {
	}

	/**
	 * @param json a JSON document
	 * @return the document with an unknown property (an object holding an array) added to every object in it
	 */
	public static String withUnknownFields(String json) {
		JsonNode root = NovuJson.mapper().readTree(json);
		addUnknown(root);
		return NovuJson.mapper().writeValueAsString(root);
	}

	/**
	 * Like {@link #withUnknownFields(String)} for a body as Novu sends it: inside a {@code {"data": ...}}
	 * envelope the unknown properties go into the result only, so the envelope stays an envelope.
	 * @param body a response body
	 * @return the body with an unknown property added to every object of its result
	 */
	public static String withUnknownFieldsInResult(String body) {
		JsonNode root = NovuJson.mapper().readTree(body);
		if (isEnvelope(root)) {
			JsonNode result = root.get("data");
			addUnknown(result);
			return NovuJson.mapper().writeValueAsString(NovuJson.mapper().createObjectNode().set("data", result));
		}
		addUnknown(root);
		return NovuJson.mapper().writeValueAsString(root);
	}

	/**
	 * The result a body carries, by the unwrap rule of WIRE-FORMAT §3: the value of {@code data} if the
	 * body is an object whose only member is {@code data}, else the body itself.
	 * @param body a response body
	 * @return the result's JSON text
	 */
	public static String result(String body) {
		JsonNode root = NovuJson.mapper().readTree(body);
		return NovuJson.mapper().writeValueAsString(isEnvelope(root) ? root.get("data") : root);
	}

	/**
	 * @param json a JSON document
	 * @return every path to a value in it ({@code $.a[0].b}), objects and arrays included
	 */
	public static List<String> paths(String json) {
		List<String> paths = new ArrayList<>();
		collectPaths("$", NovuJson.mapper().readTree(json), paths);
		return paths;
	}

	/**
	 * Writes the value back to JSON with the client's mapper and checks that every property of the
	 * original body is there with the same value (properties the model keeps as free-form maps may carry
	 * the added unknown ones too; a {@code null} in the original may come back absent).
	 * @param value the deserialized model
	 * @param originalJson the body it was read from, without the added unknown properties
	 */
	public static void assertNoFieldLost(Object value, String originalJson) {
		JsonNode original = NovuJson.mapper().readTree(originalJson);
		JsonNode written = NovuJson.mapper().valueToTree(value);
		assertThat(countFields(original)).as("the sample must be rich").isGreaterThan(0);
		compare("$", original, written);
	}

	private static boolean isEnvelope(JsonNode root) {
		return root.isObject() && root.size() == 1 && root.has("data");
	}

	private static void collectPaths(String path, JsonNode node, List<String> paths) {
		paths.add(path);
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				collectPaths(path + "." + property.getKey(), property.getValue(), paths);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collectPaths(path + "[" + i + "]", node.get(i), paths);
			}
		}
	}

	private static void addUnknown(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> property : object.properties()) {
				addUnknown(property.getValue());
			}
			object.putObject(UNKNOWN_FIELD).put("since", "2030").putArray("values").add(1).add("x");
		}
		else if (node.isArray()) {
			node.values().forEach(RichJson::addUnknown);
		}
	}

	private static void compare(String path, JsonNode expected, JsonNode actual) {
		if (expected.isNull()) {
			if (!actual.isMissingNode() && !actual.isNull()) {
				fail(path + ": expected null but got " + actual);
			}
			return;
		}
		if (actual.isMissingNode() || actual.isNull()) {
			fail(path + ": lost (expected " + expected + ")");
		}
		if (expected.isObject()) {
			assertThat(actual.isObject()).as(path + " is an object in " + actual).isTrue();
			for (Map.Entry<String, JsonNode> property : expected.properties()) {
				compare(path + "." + property.getKey(), property.getValue(), actual.path(property.getKey()));
			}
		}
		else if (expected.isArray()) {
			assertThat(actual.isArray()).as(path + " is an array in " + actual).isTrue();
			assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
			for (int i = 0; i < expected.size(); i++) {
				compare(path + "[" + i + "]", expected.get(i), actual.get(i));
			}
		}
		else if (expected.isNumber()) {
			assertThat(actual.isNumber()).as(path + " is a number: " + actual).isTrue();
			assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
		}
		else {
			assertThat(actual).as(path).isEqualTo(expected);
		}
	}

	private static int countFields(JsonNode node) {
		int count = node.isObject() ? node.size() : 0;
		for (JsonNode child : node.values()) {
			count += countFields(child);
		}
		return count;
	}

}
