package io.github.novu4j.client.testing;

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
