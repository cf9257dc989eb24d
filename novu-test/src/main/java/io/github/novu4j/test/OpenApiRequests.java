package io.github.novu4j.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a request against Novu's OpenAPI documents (copies in this module's resources, see the README next to
 * them) the way Novu's validation pipe checks its DTOs: required properties, types, enums, lengths, bounds,
 * patterns, array sizes, recursively through {@code $ref}, {@code allOf}, {@code anyOf} and {@code oneOf}. A
 * seed route is checked against {@code openapi-v1.json}, every other against {@code openapi-current.json}.
 *
 * <p>Lenient where the server is: properties a schema does not list are accepted, {@code null} is accepted for
 * an optional property, {@code format} is not checked, {@code oneOf} is read as {@code anyOf} (class-validator has
 * no exclusivity), path parameters and headers are not checked (the routes and authentication do that). The
 * documents' defects are repaired on load ({@link #repair}). Loaded once per JVM, on first use.
 *
 * <p>The messages follow class-validator's wording, e.g. {@code name should not be empty},
 * {@code to.0.subscriberId must be a string}.
 */
final class OpenApiRequests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Novu's {@code SLUG_IDENTIFIER_REGEX}, which openapi-current.json names instead of giving. */
	private static final String SLUG_IDENTIFIER_REGEX = "^[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$";

	private OpenApiRequests() {
	}

	/**
	 * @param method the HTTP method
	 * @param path the raw path without query, trailing slash removed
	 * @param query the decoded query parameters
	 * @param body the body as sent (may be empty)
	 * @return the problems found (empty when valid), or {@code null} when neither document has the route
	 */
	static @Nullable List<String> problems(String method, String path, Map<String, List<String>> query, String body) {
		Document document = V1.DOCUMENT;
		Document.Operation operation = document.match(method, path);
		if (operation == null) {
			document = Current.DOCUMENT;
			operation = document.match(method, path);
		}
		if (operation == null) {
			return null;
		}
		List<String> problems = new ArrayList<>();
		document.checkParameters(operation, query, problems);
		document.checkBody(operation, body, problems);
		return problems;
	}

	/** Loads both documents now (for measuring or warming up); otherwise the first request that needs one does. */
	static void load() {
		V1.DOCUMENT.operations.size();
		Current.DOCUMENT.operations.size();
	}

	/** Lazy holder of openapi-v1.json: loaded when a request first needs it, once per JVM. */
	private static final class V1 {

		static final Document DOCUMENT = new Document("openapi-v1.json");

	}

	/** Lazy holder of openapi-current.json: loaded only when a request is not a seed route. */
	private static final class Current {

		static final Document DOCUMENT = new Document("openapi-current.json");

	}

	static final class Document {

		private final JsonNode root;

		final List<Operation> operations = new ArrayList<>();

		Document(String name) {
			try (InputStream in = OpenApiRequests.class.getResourceAsStream("openapi/" + name)) {
				if (in == null) {
					throw new IllegalStateException("Missing resource openapi/" + name);
				}
				this.root = JSON.readTree(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			repair(this.root);
			if (this.root.at("/components/schemas/BulkSubscriberCreateDto/properties/subscribers") instanceof ObjectNode bulk
					&& "string".equals(bulk.path("items").path("type").asString(""))) {
				bulk.set("items", JsonNodeFactory.instance.objectNode().put("type", "object"));
			}
			for (Map.Entry<String, JsonNode> path : this.root.get("paths").properties()) {
				for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
					String method = entry.getKey().toUpperCase(Locale.ROOT);
					if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
						this.operations.add(new Operation(method, path.getKey(), entry.getValue(), path.getValue()));
					}
				}
			}
		}

		@Nullable Operation match(String method, String path) {
			Operation best = null;
			for (Operation operation : this.operations) {
				if (operation.method.equals(method) && operation.pattern.matcher(path).matches()
						&& (best == null || operation.literals > best.literals)) {
					best = operation;
				}
			}
			return best;
		}

		void checkParameters(Operation operation, Map<String, List<String>> query, List<String> problems) {
			List<JsonNode> parameters = new ArrayList<>();
			operation.pathItem.path("parameters").forEach(parameters::add);
			operation.node.path("parameters").forEach(parameters::add);
			for (JsonNode parameter : parameters) {
				parameter = resolve(parameter);
				if (!"query".equals(parameter.path("in").asString(""))) {
					continue;
				}
				String name = parameter.path("name").asString("");
				List<String> values = query.get(name);
				if (values == null || values.isEmpty()) {
					if (parameter.path("required").asBoolean(false)) {
						problems.add(name + " should not be empty");
					}
					continue;
				}
				JsonNode schema = resolve(parameter.path("schema"));
				JsonNode scalar = "array".equals(schema.path("type").asString("")) ? resolve(schema.path("items")) : schema;
				for (String value : values) {
					checkQueryValue(name, value, scalar, problems);
				}
			}
		}

		private void checkQueryValue(String name, String value, JsonNode schema, List<String> problems) {
			JsonNode enumeration = schema.get("enum");
			if (enumeration != null && enumeration.isArray() && !contains(enumeration, value)) {
				problems.add(name + " must be one of the following values: " + join(enumeration));
			}
			else if ("integer".equals(schema.path("type").asString("")) && !value.matches("-?\\d+")) {
				problems.add(name + " must be an integer number");
			}
			else if ("number".equals(schema.path("type").asString("")) && !value.matches("-?\\d+(\\.\\d+)?")) {
				problems.add(name + " must be a number conforming to the specified constraints");
			}
		}

		void checkBody(Operation operation, String body, List<String> problems) {
			JsonNode requestBody = resolve(operation.node.path("requestBody"));
			JsonNode schema = requestBody.path("content").path("application/json").path("schema");
			if (schema.isMissingNode()) {
				return;
			}
			JsonNode value;
			if (body.isBlank()) {
				if (!requestBody.path("required").asBoolean(false)) {
					return;
				}
				// Nest reads a missing body as {}: each required property is reported.
				value = JsonNodeFactory.instance.objectNode();
			}
			else {
				try {
					value = JSON.readTree(body);
				}
				catch (RuntimeException ex) {
					// Not JSON: the route answers it.
					return;
				}
			}
			validate(schema, value, "", problems, 0);
		}

		/** Validates a value; {@code path} is class-validator's property path ("" for the body itself). */
		void validate(JsonNode schema, JsonNode value, String path, List<String> problems, int depth) {
			schema = resolve(schema);
			if (depth > 64 || !schema.isObject()) {
				return;
			}
			if (value.isNull()) {
				// Optional: class-validator's @IsOptional takes null as absent; a required null is reported by
				// the parent's "required".
				return;
			}
			for (JsonNode part : schema.path("allOf")) {
				validate(part, value, path, problems, depth + 1);
			}
			for (String keyword : List.of("anyOf", "oneOf")) {
				JsonNode branches = schema.get(keyword);
				if (branches != null && branches.isArray() && !branches.isEmpty()) {
					List<String> fewest = null;
					for (JsonNode branch : branches) {
						List<String> found = new ArrayList<>();
						validate(branch, value, path, found, depth + 1);
						if (fewest == null || found.size() < fewest.size()) {
							fewest = found;
						}
						if (found.isEmpty()) {
							break;
						}
					}
					problems.addAll(fewest);
				}
			}
			String type = schema.path("type").asString("");
			if (type.isEmpty() && schema.has("properties")) {
				type = "object";
			}
			String name = path.isEmpty() ? "body" : path;
			if (!type.isEmpty() && !hasType(value, type)) {
				problems.add(name + typeMessage(type));
				return;
			}
			JsonNode enumeration = schema.get("enum");
			if (enumeration != null && enumeration.isArray() && value.isValueNode() && !contains(enumeration, value)) {
				problems.add(name + " must be one of the following values: " + join(enumeration));
			}
			if (value.isString()) {
				checkString(schema, value.asString(), name, problems);
			}
			if (value.isNumber()) {
				if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
					problems.add(name + " must not be less than " + schema.get("minimum").asString());
				}
				if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
					problems.add(name + " must not be greater than " + schema.get("maximum").asString());
				}
			}
			if (value.isArray()) {
				if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
					problems.add(name + " must contain at least " + schema.get("minItems").asInt() + " elements");
				}
				if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
					problems.add(name + " must contain no more than " + schema.get("maxItems").asInt() + " elements");
				}
				JsonNode items = schema.get("items");
				if (items != null) {
					for (int i = 0; i < value.size(); i++) {
						validate(items, value.get(i), child(path, Integer.toString(i)), problems, depth + 1);
					}
				}
			}
			if (value.isObject()) {
				checkObject(schema, value, path, problems, depth);
			}
		}

		private void checkObject(JsonNode schema, JsonNode value, String path, List<String> problems, int depth) {
			JsonNode properties = schema.path("properties");
			for (JsonNode required : schema.path("required")) {
				JsonNode member = value.get(required.asString());
				if (member == null || member.isNull()) {
					problems.add(child(path, required.asString()) + " should not be empty");
				}
			}
			JsonNode additional = schema.get("additionalProperties");
			for (Map.Entry<String, JsonNode> member : value.properties()) {
				JsonNode declared = properties.get(member.getKey());
				if (declared != null) {
					validate(declared, member.getValue(), child(path, member.getKey()), problems, depth + 1);
				}
				else if (additional != null && additional.isObject() && !additional.isEmpty()) {
					validate(additional, member.getValue(), child(path, member.getKey()), problems, depth + 1);
				}
			}
		}

		private static void checkString(JsonNode schema, String text, String name, List<String> problems) {
			if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
				problems.add(name + " must be longer than or equal to " + schema.get("minLength").asInt() + " characters");
			}
			if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
				problems.add(name + " must be shorter than or equal to " + schema.get("maxLength").asInt() + " characters");
			}
			if (schema.has("pattern")) {
				String pattern = schema.get("pattern").asString();
				try {
					if (!Pattern.compile(pattern).matcher(text).find()) {
						problems.add(name + " must match " + pattern + " regular expression");
					}
				}
				catch (PatternSyntaxException ex) {
					// A JavaScript-only pattern: not checked.
				}
			}
		}

		private static boolean hasType(JsonNode value, String type) {
			return switch (type) {
				case "string" -> value.isString();
				case "integer" -> value.isIntegralNumber() || (value.isNumber() && value.asDouble() == Math.rint(value.asDouble()));
				case "number" -> value.isNumber();
				case "boolean" -> value.isBoolean();
				case "array" -> value.isArray();
				case "object" -> value.isObject();
				default -> true;
			};
		}

		private static String typeMessage(String type) {
			return switch (type) {
				case "string" -> " must be a string";
				case "integer" -> " must be an integer number";
				case "number" -> " must be a number conforming to the specified constraints";
				case "boolean" -> " must be a boolean value";
				case "array" -> " must be an array";
				default -> " must be an object";
			};
		}

		private static String child(String path, String name) {
			return path.isEmpty() ? name : path + "." + name;
		}

		private static boolean contains(JsonNode enumeration, Object value) {
			for (JsonNode allowed : enumeration) {
				if ((value instanceof JsonNode node) ? allowed.equals(node) || allowed.asString("").equals(node.asString(null))
						: allowed.asString("").equals(value)) {
					return true;
				}
			}
			return false;
		}

		private static String join(JsonNode enumeration) {
			List<String> values = new ArrayList<>();
			enumeration.forEach((v) -> values.add(v.asString("")));
			return String.join(", ", values);
		}

		/** @return the node a {@code $ref} names (followed repeatedly), or the node itself */
		JsonNode resolve(JsonNode node) {
			JsonNode current = node;
			for (int i = 0; i < 16 && current.isObject() && current.has("$ref"); i++) {
				String ref = current.get("$ref").asString("");
				if (!ref.startsWith("#/")) {
					return current;
				}
				current = this.root.at(ref.substring(1));
			}
			return current;
		}

		/** An operation of the document. */
		static final class Operation {

			final String method;

			final Pattern pattern;

			final int literals;

			final JsonNode node;

			final JsonNode pathItem;

			Operation(String method, String template, JsonNode node, JsonNode pathItem) {
				this.method = method;
				this.pattern = Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
				this.literals = (int) java.util.Arrays.stream(template.split("/")).filter((s) -> !s.startsWith("{")).count();
				this.node = node;
				this.pathItem = pathItem;
			}

		}

	}

	/**
	 * Repairs the documents where they contradict themselves or the server, so that no request the server
	 * accepts is refused. The first five are the defects the client's tests repair ({@code NovuApiSpec}); the
	 * others are where the documents forbid what the server accepts (WIRE-FORMAT.md §5 and §9):
	 * <ul>
	 * <li>an object schema with a non-object {@code default}: dropped;</li>
	 * <li>{@code pattern: "SLUG_IDENTIFIER_REGEX"}: replaced by the regex's value;</li>
	 * <li>{@code oneOf} mixing a typed DTO and a free-form object, and {@code oneOf} with a discriminator: read as
	 * {@code anyOf} (this checker reads every {@code oneOf} so);</li>
	 * <li>a pattern written as a JavaScript literal ({@code /^...$/}): the slashes dropped;</li>
	 * <li>(paths' untyped parameters: path parameters are not checked here);</li>
	 * <li>a trigger's {@code to} is an array in openapi-v1.json; Novu also takes one recipient (§5);</li>
	 * <li>{@code subscribers} of {@code POST /v1/subscribers/bulk} are typed as strings; they are subscriber
	 * objects (§9);</li>
	 * <li>channel credentials require {@code webhookUrl}; a push channel has {@code deviceTokens} instead (§9);</li>
	 * <li>enum values outside the documents occur (§9: integration condition {@code on: "tenant"}): the
	 * {@code on} enums are dropped;</li>
	 * <li>the {@code resourceType} of a resource to publish is typed with the layouts' enum; the server takes
	 * {@code workflow}, {@code step}, {@code localization_group} and {@code layout}: any string is accepted.</li>
	 * </ul>
	 */
	static void repair(JsonNode node) {
		if (node instanceof ObjectNode object) {
			JsonNode defaultValue = object.get("default");
			if ("object".equals(object.path("type").asString("")) && defaultValue != null && !defaultValue.isObject()) {
				object.remove("default");
			}
			String pattern = object.path("pattern").asString("");
			if (pattern.length() > 2 && pattern.startsWith("/^") && pattern.endsWith("$/")) {
				object.put("pattern", pattern.substring(1, pattern.length() - 1));
			}
			if ("SLUG_IDENTIFIER_REGEX".equals(pattern)) {
				object.put("pattern", SLUG_IDENTIFIER_REGEX);
			}
			JsonNode properties = object.get("properties");
			if (properties instanceof ObjectNode props) {
				repairProperties(object, props);
			}
		}
		for (JsonNode child : node) {
			repair(child);
		}
	}

	private static void repairProperties(ObjectNode schema, ObjectNode properties) {
		JsonNode to = properties.get("to");
		if (to != null && "array".equals(to.path("type").asString("")) && properties.has("name")) {
			ObjectNode either = JsonNodeFactory.instance.objectNode();
			ArrayNode branches = either.putArray("anyOf");
			branches.add(to.deepCopy());
			branches.add(to.get("items").deepCopy());
			properties.set("to", either);
		}
		if (properties.has("webhookUrl") && properties.has("deviceTokens") && schema.get("required") instanceof ArrayNode) {
			schema.remove("required");
		}
		if (properties.has("resourceType") && properties.has("resourceId")) {
			// The document reuses the layouts' ResourceTypeEnum (REGULAR, ECHO, BRIDGE); the server takes
			// workflow, step, localization_group and layout here (WIRE-FORMAT-CURRENT, environments).
			ObjectNode text = JsonNodeFactory.instance.objectNode();
			text.put("type", "string");
			properties.set("resourceType", text);
		}
		JsonNode on = properties.get("on");
		if (on instanceof ObjectNode onSchema) {
			onSchema.remove("enum");
			onSchema.remove("$ref");
			onSchema.remove("allOf");
		}
	}

}
