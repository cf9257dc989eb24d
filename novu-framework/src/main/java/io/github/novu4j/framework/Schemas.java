package io.github.novu4j.framework;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Schemas of the Java records (victools, draft 7, everything inlined, {@code additionalProperties: false}, Bean
 * Validation annotations as keywords: {@code @Email} as {@code format: email}, {@code @Size}, {@code @Min},
 * {@code @Max}, {@code @Pattern}, ...), and
 * the validation Novu's SDK does with ajv {@code useDefaults}: fill defaults, drop undeclared keys, check required
 * members and basic types.
 */
final class Schemas {

	static final ObjectMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final SchemaGenerator GENERATOR = generator();

	private static SchemaGenerator generator() {
		SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_7,
				OptionPreset.PLAIN_JSON)
			.without(Option.SCHEMA_VERSION_INDICATOR)
			.with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.INLINE_ALL_SCHEMAS,
					Option.FLATTENED_ENUMS_FROM_TOSTRING, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
		config.with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS));
		config.forFields().withRequiredCheck(field -> isRequired(field.getRawMember()));
		config.forFields().withNullableCheck(field -> !isRequired(field.getRawMember()));
		return new SchemaGenerator(config.build());
	}

	private final Map<Object, ObjectNode> cache = new ConcurrentHashMap<>();

	private Schemas() {
	}

	static final Schemas INSTANCE = new Schemas();

	private static boolean isRequired(Field field) {
		if (field.getType().isPrimitive()) {
			return true;
		}
		return !field.getAnnotatedType().isAnnotationPresent(Nullable.class);
	}

	/** The schema of a type, with the defaults of its defaults instance. */
	ObjectNode schema(JsonType<?> type) {
		Object key = type.defaults() == null ? type.type() : type;
		return cache.computeIfAbsent(key, k -> {
			ObjectNode schema = generate(type.type());
			if (type.defaults() != null) {
				addDefaults(schema, JSON.valueToTree(type.defaults()));
			}
			return schema;
		}).deepCopy();
	}

	/** The schema of an output or result record. */
	ObjectNode schema(Class<?> type) {
		return cache.computeIfAbsent(type, k -> generate(type)).deepCopy();
	}

	/** The generated schema; an object without members gets {@code properties: {}} and {@code required: []}, as Novu's SDK writes it. */
	private static ObjectNode generate(Class<?> type) {
		ObjectNode schema = GENERATOR.generateSchema(type);
		if ("object".equals(schema.path("type").asString(null)) && !schema.has("properties")) {
			ObjectNode ordered = NODES.objectNode();
			ordered.put("type", "object");
			ordered.set("properties", NODES.objectNode());
			ordered.set("required", NODES.arrayNode());
			schema.properties().forEach(member -> ordered.set(member.getKey(), member.getValue()));
			return ordered;
		}
		return schema;
	}

	private static void addDefaults(ObjectNode schema, JsonNode defaults) {
		JsonNode properties = schema.get("properties");
		if (properties == null || !defaults.isObject()) {
			return;
		}
		for (Map.Entry<String, JsonNode> property : properties.properties()) {
			JsonNode value = defaults.get(property.getKey());
			if (value == null || value.isNull() || !property.getValue().isObject()) {
				continue;
			}
			ObjectNode propertySchema = (ObjectNode) property.getValue();
			propertySchema.set("default", value.deepCopy());
			addDefaults(propertySchema, value);
		}
	}

	/** A schema-checking failure: where and what. */
	static final class Invalid extends Exception {

		private static final long serialVersionUID = 1L;

		private final transient List<Map<String, String>> errors;

		Invalid(String message, List<Map<String, String>> errors) {
			super(message, null, false, false);
			this.errors = errors;
		}

		/** What {@code @novu/framework} puts in the error's {@code data}: {@code [{path, message}]} as ajv words them. */
		List<Map<String, String>> errors() {
			return errors;
		}
	}

	/**
	 * Validates a value against a schema the way ajv does with {@code useDefaults} and
	 * {@code removeAdditional: 'failing'}: returns a copy with defaults filled and keys undeclared where
	 * {@code additionalProperties} is {@code false} removed, then checks every JSON Schema (draft 7) keyword, formats
	 * included, without type coercion (networknt json-schema-validator). Only the first failure is reported.
	 *
	 * @param mock fill a missing required member with an empty value of its type instead of failing, and do not fail
	 * on what the mocks break (preview)
	 */
	static JsonNode apply(JsonNode value, JsonNode schema, String path, boolean mock) throws Invalid {
		JsonNode prepared = prepare(value, schema, mock, true);
		List<Error> errors = VALIDATORS.computeIfAbsent(schema, REGISTRY::getSchema).validate(prepared);
		// A preview's mocks are empty values, which a format or a limit may refuse: a preview shows what it can.
		if (!errors.isEmpty() && !mock) {
			List<Map<String, String>> reported = AjvErrors.first(errors, schema,
					(branch, instance) -> VALIDATORS.computeIfAbsent(branch, REGISTRY::getSchema).validate(instance));
			Map<String, String> first = reported.get(0);
			throw new Invalid(path + first.get("path") + " " + first.get("message"), reported);
		}
		return prepared;
	}

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
			builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
				.formatAssertionsEnabled(true)
				.losslessNarrowing(true)
				.typeLoose(false)
				.pathType(PathType.JSON_POINTER)
				.locale(Locale.ROOT)
				.build()));

	private static final Map<JsonNode, Schema> VALIDATORS = new ConcurrentHashMap<>();

	/** Fills defaults, removes undeclared keys (where the schema forbids them) and, for preview, mocks missing members. */
	private static JsonNode prepare(JsonNode value, JsonNode schema, boolean mock, boolean defaults) {
		for (String combinator : new String[] { "anyOf", "oneOf" }) {
			if (schema.path(combinator).isArray() && (value.isObject() || value.isArray())) {
				// ajv removes undeclared keys inside the branch that matches (defaults are not applied there)
				for (JsonNode branch : schema.get(combinator)) {
					JsonNode candidate = prepare(value, branch, false, false);
					if (VALIDATORS.computeIfAbsent(branch, REGISTRY::getSchema).validate(candidate).isEmpty()) {
						value = candidate;
						break;
					}
				}
			}
		}
		if (value.isObject() && (schema.has("properties") || schema.has("additionalProperties"))) {
			ObjectNode result = ((ObjectNode) value).deepCopy();
			JsonNode properties = schema.path("properties").isObject() ? schema.get("properties") : NODES.objectNode();
			for (Map.Entry<String, JsonNode> property : properties.properties()) {
				JsonNode fallback = property.getValue().get("default");
				if (defaults && !result.has(property.getKey()) && fallback != null) {
					result.set(property.getKey(), fallback.deepCopy());
				}
			}
			JsonNode additional = schema.get("additionalProperties");
			if (additional != null && (additional.isObject() || (additional.isBoolean() && !additional.asBoolean()))) {
				// removeAdditional: 'failing' drops undeclared keys that additionalProperties refuses: all of them
				// when it is false, those whose value fails it when it is a schema.
				List<String> failing = new ArrayList<>();
				result.properties().forEach(member -> {
					if (!properties.has(member.getKey()) && (additional.isBoolean()
							|| !VALIDATORS.computeIfAbsent(additional, REGISTRY::getSchema).validate(member.getValue()).isEmpty())) {
						failing.add(member.getKey());
					}
				});
				failing.forEach(result::remove);
			}
			for (Map.Entry<String, JsonNode> property : properties.properties()) {
				JsonNode present = result.get(property.getKey());
				if (present != null) {
					result.set(property.getKey(), prepare(present, property.getValue(), mock, defaults));
				}
			}
			if (mock) {
				for (JsonNode name : schema.path("required")) {
					if (!result.has(name.asString()) && properties.has(name.asString())) {
						result.set(name.asString(), mockValue(properties.get(name.asString())));
					}
				}
			}
			return result;
		}
		if (value.isArray() && schema.path("items").isObject()) {
			ArrayNode result = NODES.arrayNode();
			for (JsonNode item : value) {
				result.add(prepare(item, schema.get("items"), mock, defaults));
			}
			return result;
		}
		return value;
	}

	/** An empty value of a schema's type, with its defaults and required members: what preview uses for missing data. */
	static JsonNode mockValue(JsonNode schema) {
		JsonNode fallback = schema.get("default");
		if (fallback != null) {
			return fallback.deepCopy();
		}
		String type = firstType(schema.get("type"));
		switch (type) {
			case "object":
				return prepare(NODES.objectNode(), schema, true, true);
			case "array":
				return NODES.arrayNode();
			case "string":
				JsonNode allowed = schema.get("enum");
				return allowed != null && allowed.size() > 0 ? allowed.get(0).deepCopy() : NODES.stringNode("");
			case "integer":
			case "number":
				return NODES.numberNode(0);
			case "boolean":
				return NODES.booleanNode(false);
			default:
				return NODES.nullNode();
		}
	}

	private static String firstType(@Nullable JsonNode type) {
		if (type == null) {
			return "";
		}
		if (type.isArray()) {
			for (JsonNode each : type) {
				if (!"null".equals(each.asString())) {
					return each.asString();
				}
			}
			return "null";
		}
		return type.asString();
	}
}
