package io.github.novu4j.client.internal;

import java.lang.reflect.RecordComponent;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Novu's response envelope (WIRE-FORMAT §3): a handler's result is sent as {@code {"data": result}},
 * except paginated results, which come bare with {@code data} beside {@code page} and friends.
 *
 * <p>The envelope is unwrapped while the body is parsed, straight into the result type: no tree of the
 * body is built. When the result type has a {@code data} property of its own (a page, a subscriber), the
 * body is first scanned without building anything to tell an envelope from a bare result.
 */
final class Envelope {

	private static final String DATA = "data";

	/** Whether a type has a {@code data} property, so that a bare body of it can start with {@code "data"}. */
	private static final ClassValue<Boolean> HAS_DATA_PROPERTY = new ClassValue<>() {
		@Override
		protected Boolean computeValue(Class<?> type) {
			if (!type.isRecord()) {
				// Not a record of this client (a Map, a JsonNode, a list): it may hold anything.
				return true;
			}
			for (RecordComponent component : type.getRecordComponents()) {
				JsonProperty property = component.getAnnotation(JsonProperty.class);
				String name = (property != null && !property.value().isEmpty()) ? property.value() : component.getName();
				if (DATA.equals(name)) {
					return true;
				}
			}
			return false;
		}
	};

	private Envelope() {
	}

	/**
	 * Reads a body as the result type: the value of {@code data} when it is the object's only key (which
	 * may be {@code false} or {@code 0}), otherwise the body itself.
	 * @param mapper the mapper
	 * @param body the body, not empty
	 * @param type the result type
	 * @param <T> the result type
	 * @return the result, or {@code null} for a JSON {@code null} (enveloped or not) or a blank body
	 * @throws JacksonException if the body is not JSON of the type
	 */
	static <T> @Nullable T read(JsonMapper mapper, byte[] body, JavaType type) {
		boolean dataPropertyInType = HAS_DATA_PROPERTY.get(type.getRawClass());
		try (JsonParser parser = mapper.createParser(body)) {
			JsonToken first = parser.nextToken();
			if (first == null || first == JsonToken.VALUE_NULL) {
				return null;
			}
			if (first == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.PROPERTY_NAME
					&& DATA.equals(parser.currentName())) {
				if (dataPropertyInType) {
					if (isOnlyKey(parser)) {
						return readData(mapper, body, type);
					}
				}
				else {
					// Most results: read "data" straight into the type, then check that nothing follows.
					T value = readValueOrNull(mapper, parser, type);
					if (value != null && parser.nextToken() == JsonToken.END_OBJECT) {
						return value;
					}
					if (value == null && isEnvelope(mapper, body)) {
						return readData(mapper, body, type);
					}
				}
			}
		}
		return mapper.readValue(body, type);
	}

	/** With the parser on the name {@code data}: skips its value and tells whether the object ends there. */
	private static boolean isOnlyKey(JsonParser parser) {
		parser.nextToken();
		parser.skipChildren();
		return parser.nextToken() == JsonToken.END_OBJECT;
	}

	private static boolean isEnvelope(JsonMapper mapper, byte[] body) {
		try (JsonParser parser = mapper.createParser(body)) {
			parser.nextToken();
			parser.nextToken();
			return isOnlyKey(parser);
		}
	}

	/** With the parser on the name {@code data}: its value as the type, or {@code null} if it is not one. */
	private static <T> @Nullable T readValueOrNull(JsonMapper mapper, JsonParser parser, JavaType type) {
		if (parser.nextToken() == JsonToken.VALUE_NULL) {
			return null;
		}
		try {
			return mapper.readValue(parser, type);
		}
		catch (JacksonException ex) {
			// Perhaps a bare result with a "data" member of another shape; the caller decides.
			return null;
		}
	}

	private static <T> @Nullable T readData(JsonMapper mapper, byte[] body, JavaType type) {
		try (JsonParser parser = mapper.createParser(body)) {
			parser.nextToken();
			parser.nextToken();
			if (parser.nextToken() == JsonToken.VALUE_NULL) {
				return null;
			}
			return mapper.readValue(parser, type);
		}
	}

}
