package io.github.novu4j.client.internal;

import java.lang.reflect.RecordComponent;
import java.util.Collection;

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
 * body is built. A page whose body starts with its {@code data} list is read in one pass (a list is never
 * an envelope of a page). When the result type has another {@code data} property (a subscriber's map) and
 * the body starts with it, the body is first scanned without building anything to tell an envelope from a
 * bare result.
 */
final class Envelope {

	private static final String DATA = "data";

	/** What a {@code data} property of a result type can hold, so whether a bare body can start with {@code "data"}. */
	private enum DataProperty {

		/** No {@code data} property: a body starting with {@code "data"} is an envelope or malformed. */
		NONE,

		/**
		 * A record whose {@code data} is a list (a page): when the body starts with {@code "data":[}, that is the
		 * page's own list, since no record of this client is read from a JSON array.
		 */
		LIST,

		/** Anything else (a subscriber's {@code data} map; a Map, a JsonNode): an envelope is told by scanning. */
		OTHER

	}

	private static final ClassValue<DataProperty> DATA_PROPERTY = new ClassValue<>() {
		@Override
		protected DataProperty computeValue(Class<?> type) {
			if (!type.isRecord()) {
				// Not a record of this client (a Map, a JsonNode, a list): it may hold anything.
				return DataProperty.OTHER;
			}
			for (RecordComponent component : type.getRecordComponents()) {
				JsonProperty property = component.getAnnotation(JsonProperty.class);
				String name = (property != null && !property.value().isEmpty()) ? property.value() : component.getName();
				if (DATA.equals(name)) {
					Class<?> valueType = component.getType();
					return (Collection.class.isAssignableFrom(valueType) || valueType.isArray()) ? DataProperty.LIST
							: DataProperty.OTHER;
				}
			}
			return DataProperty.NONE;
		}
	};

	private Envelope() {
	}

	/**
	 * Reads a body as the result type: the value of {@code data} when it is the object's only key (which
	 * may be {@code false} or {@code 0}), otherwise the body itself. A list under {@code data} is always a
	 * page's own list, also as the only key: {@code {"data":[]}} read as a page is an empty page (as an
	 * envelope it could only fail).
	 * @param mapper the mapper
	 * @param body the body, not empty
	 * @param type the result type
	 * @param <T> the result type
	 * @return the result, or {@code null} for a JSON {@code null} (enveloped or not) or a blank body
	 * @throws JacksonException if the body is not JSON of the type
	 */
	static <T> @Nullable T read(JsonMapper mapper, byte[] body, JavaType type) {
		DataProperty dataProperty = DATA_PROPERTY.get(type.getRawClass());
		try (JsonParser parser = mapper.createParser(body)) {
			JsonToken first = parser.nextToken();
			if (first == null || first == JsonToken.VALUE_NULL) {
				return null;
			}
			if (first == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.PROPERTY_NAME
					&& DATA.equals(parser.currentName())) {
				if (dataProperty != DataProperty.NONE) {
					JsonToken value = parser.nextToken();
					if (value == JsonToken.START_ARRAY && dataProperty == DataProperty.LIST) {
						// A page with its list first (the feed): read once, as the page, from the start.
						return mapper.readValue(body, type);
					}
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

	/** With the parser on the value of {@code data}: skips it and tells whether the object ends there. */
	private static boolean isOnlyKey(JsonParser parser) {
		parser.skipChildren();
		return parser.nextToken() == JsonToken.END_OBJECT;
	}

	private static boolean isEnvelope(JsonMapper mapper, byte[] body) {
		try (JsonParser parser = mapper.createParser(body)) {
			parser.nextToken();
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
