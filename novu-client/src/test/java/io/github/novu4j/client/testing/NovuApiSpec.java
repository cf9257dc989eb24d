package io.github.novu4j.client.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Novu's OpenAPI documents (test resources copies) as the tests use them: the list of each document's
 * operations, matching a received request to its operation, and a request validator.
 * {@link #v1()} is {@code openapi-v1.json} (the 56 seed operations); {@link #current()} is
 * {@code openapi-current.json} (Novu API 3.18.1, which also holds the 122 operations added since).
 * {@link #route(String, String)} picks the document a request belongs to: the seed document for the 56
 * seed routes, the current document for every other.
 */
public final class NovuApiSpec {

	private static final String V1_RESOURCE = "/openapi/openapi-v1.json";

	private static final String CURRENT_RESOURCE = "/openapi/openapi-current.json";

	/**
	 * Routes the client calls that neither OpenAPI document has, each with where its shape was read. Requests to
	 * them are recorded for coverage but cannot be validated against a document; {@link ApiCoverageIT} counts them
	 * apart, so the documented coverage stays truthful.
	 */
	public static final Map<Operation, String> UNDOCUMENTED = Map.of(new Operation("POST", "/v1/bridge/sync"),
			"novuhq/novu apps/api/src/app/bridge/bridge.controller.ts (@ApiExcludeController) and "
					+ "packages/novu/src/commands/sync.ts; ../shared/novu-api/FRAMEWORK-BRIDGE.md section 4");

	private static volatile NovuApiSpec v1;

	private static volatile NovuApiSpec current;

	private final String name;

	private final String specText;

	private final List<Operation> operations;

	private volatile OpenApiInteractionValidator validator;

	private NovuApiSpec(String name, String specText) {
		this.name = name;
		this.specText = specText;
		this.operations = readOperations(specText);
	}

	/** @return the seed document, {@code openapi-v1.json} (same as {@link #v1()}) */
	public static NovuApiSpec get() {
		return v1();
	}

	/** @return the seed document, {@code openapi-v1.json}: the 56 operations of 2024 */
	public static NovuApiSpec v1() {
		NovuApiSpec spec = v1;
		if (spec == null) {
			synchronized (NovuApiSpec.class) {
				spec = v1;
				if (spec == null) {
					spec = new NovuApiSpec("openapi-v1.json", load(V1_RESOURCE));
					v1 = spec;
				}
			}
		}
		return spec;
	}

	/** @return the current document, {@code openapi-current.json} (Novu API 3.18.1) */
	public static NovuApiSpec current() {
		NovuApiSpec spec = current;
		if (spec == null) {
			synchronized (NovuApiSpec.class) {
				spec = current;
				if (spec == null) {
					spec = new NovuApiSpec("openapi-current.json", load(CURRENT_RESOURCE));
					current = spec;
				}
			}
		}
		return spec;
	}

	/**
	 * The document and operation a request addresses: a seed route is validated against the seed
	 * document it was written for, every other route against the current document.
	 * @param method HTTP method
	 * @param path request path without query, as received (encoded)
	 * @return the match, empty when neither document has the route
	 */
	public static Optional<Routed> route(String method, String path) {
		Optional<Operation> seed = v1().match(method, path);
		if (seed.isPresent()) {
			return Optional.of(new Routed(v1(), seed.get()));
		}
		return current().match(method, path).map((operation) -> new Routed(current(), operation));
	}

	/**
	 * The undocumented route a request addresses (see {@link #UNDOCUMENTED}).
	 * @param method HTTP method
	 * @param path request path without query
	 * @return the route, empty when it is not one of them
	 */
	public static Optional<Operation> undocumented(String method, String path) {
		return UNDOCUMENTED.keySet().stream()
			.filter((operation) -> operation.method().equalsIgnoreCase(method) && operation.matches(path))
			.findFirst();
	}

	/**
	 * Every operation the client may call: the 56 of the seed document and the operations of the current
	 * document that the seed document does not have (122 for Novu API 3.18.1).
	 * @return the operations, seed first
	 */
	public static List<Operation> allOperations() {
		List<Operation> all = new ArrayList<>(v1().operations());
		for (Operation operation : current().operations()) {
			if (!all.contains(operation)) {
				all.add(operation);
			}
		}
		return List.copyOf(all);
	}

	/** @return the document's file name, e.g. {@code openapi-current.json} */
	public String name() {
		return this.name;
	}

	/** @return every (method, path template) of the document */
	public List<Operation> operations() {
		return this.operations;
	}

	/**
	 * @param method HTTP method
	 * @param path request path without query, as received (encoded)
	 * @return the operation the request addresses; literal segments win over variables
	 */
	public Optional<Operation> match(String method, String path) {
		return this.operations.stream()
			.filter((operation) -> operation.method().equalsIgnoreCase(method) && operation.matches(path))
			.max(Comparator.comparingInt(Operation::literalSegments));
	}

	/** @return a validator of requests against the document (built once; it is slow to build) */
	public OpenApiInteractionValidator validator() {
		OpenApiInteractionValidator current = this.validator;
		if (current == null) {
			synchronized (this) {
				current = this.validator;
				if (current == null) {
					current = OpenApiInteractionValidator
						.createForInlineApiSpecification(typeUntypedPathParameters(this.specText))
						.withLevelResolver(LevelResolver.create()
							// The two OAuth redirects are authenticated by query parameters, not the key.
							.withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
							.build())
						.build();
					this.validator = current;
				}
			}
		}
		return current;
	}

	/**
	 * Gives the document's three untyped path parameters ({@code providerId} of the two OAuth routes,
	 * {@code type} of the message action route, each declared with the schema {@code {}}) the type
	 * {@code string}: a path segment is always text, and the validator would otherwise try to read an
	 * untyped value such as {@code slack} as JSON and reject it.
	 */
	private static String typeUntypedPathParameters(String specText) {
		try {
			ObjectMapper mapper = new ObjectMapper();
			JsonNode root = mapper.readTree(specText);
			for (JsonNode path : root.get("paths")) {
				for (JsonNode operation : path) {
					JsonNode parameters = operation.get("parameters");
					if (parameters == null) {
						continue;
					}
					for (JsonNode parameter : parameters) {
						JsonNode schema = parameter.get("schema");
						if ("path".equals(parameter.path("in").asText()) && schema != null && schema.isObject()
								&& schema.isEmpty()) {
							((com.fasterxml.jackson.databind.node.ObjectNode) schema).put("type", "string");
						}
					}
				}
			}
			repairSchemas(root);
			return mapper.writeValueAsString(root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Repairs five defects of openapi-current.json that would make the validator refuse the document or
	 * reject every valid request (none is a server behaviour; the server's rules are checked by the client
	 * itself):
	 * <ul>
	 * <li>a {@code default} that contradicts its schema's {@code type: object}
	 * ({@code AgentBehaviorDto.reactionOnResolved} has {@code default: "check"}): the validator refuses to
	 * load the document. Defaults play no part in validating requests, so it is dropped;</li>
	 * <li>{@code pattern: "SLUG_IDENTIFIER_REGEX"} (workflow and step ids): the constant's name instead of
	 * its value, which no id matches. Replaced by the value of Novu's {@code SLUG_IDENTIFIER_REGEX};</li>
	 * <li>{@code oneOf} of a typed DTO and a free-form object (the steps' {@code controlValues}): every valid
	 * object matches both branches, so {@code oneOf} always fails. Read as {@code anyOf};</li>
	 * <li>{@code oneOf} with a {@code discriminator} whose branches all accept every value of the
	 * discriminating property (the workflow {@code steps}: each {@code *StepUpsertDto} allows every step
	 * type), so a step matches all ten. Read as {@code anyOf}, the discriminator kept;</li>
	 * <li>a pattern written as a JavaScript regex literal, slashes included (the environment-variable
	 * keys): no value can match it. The slashes are dropped.</li>
	 * </ul>
	 */
	private static void repairSchemas(JsonNode node) {
		if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
			JsonNode defaultValue = object.get("default");
			if ("object".equals(object.path("type").asText()) && defaultValue != null && !defaultValue.isObject()
					&& !defaultValue.isNull()) {
				object.remove("default");
			}
			// A JavaScript regex literal written out as a pattern ("/^[A-Za-z][A-Za-z0-9_]*$/" on the two
			// environment-variable keys) can never match: the server's regex is the text between the slashes.
			String pattern = object.path("pattern").asText("");
			if (pattern.length() > 2 && pattern.startsWith("/^") && pattern.endsWith("$/")) {
				object.put("pattern", pattern.substring(1, pattern.length() - 1));
			}
			if ("SLUG_IDENTIFIER_REGEX".equals(object.path("pattern").asText())) {
				object.put("pattern", "^[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$");
			}
			JsonNode oneOf = object.get("oneOf");
			if (oneOf != null && oneOf.isArray() && (hasFreeFormObject(oneOf) || object.has("discriminator"))) {
				object.set("anyOf", object.remove("oneOf"));
			}
		}
		for (JsonNode child : node) {
			repairSchemas(child);
		}
	}

	private static boolean hasFreeFormObject(JsonNode branches) {
		for (JsonNode branch : branches) {
			if ("object".equals(branch.path("type").asText()) && !branch.has("properties") && !branch.has("$ref")
					&& branch.path("additionalProperties").asBoolean(false)) {
				return true;
			}
		}
		return false;
	}

	private static String load(String resource) {
		try (InputStream in = NovuApiSpec.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the test class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Operation> readOperations(String specText) {
		try {
			JsonNode paths = new ObjectMapper().readTree(specText).get("paths");
			List<Operation> operations = new ArrayList<>();
			Iterator<Map.Entry<String, JsonNode>> fields = paths.fields();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> path = fields.next();
				Iterator<String> methods = path.getValue().fieldNames();
				while (methods.hasNext()) {
					String method = methods.next();
					if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
						operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey()));
					}
				}
			}
			return List.copyOf(operations);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A request's operation and the document it belongs to.
	 *
	 * @param spec the document
	 * @param operation the operation
	 */
	public record Routed(NovuApiSpec spec, Operation operation) {
	}

	/**
	 * One operation of the document.
	 *
	 * @param method HTTP method, upper case
	 * @param template path template, e.g. {@code /v1/subscribers/{subscriberId}}
	 */
	public record Operation(String method, String template) {

		boolean matches(String path) {
			String regex = Pattern.quote(this.template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
			String trimmed = (path.length() > 1 && path.endsWith("/")) ? path.substring(0, path.length() - 1) : path;
			return trimmed.matches(regex);
		}

		int literalSegments() {
			int count = 0;
			for (String segment : this.template.split("/")) {
				if (!segment.isEmpty() && !segment.startsWith("{")) {
					count++;
				}
			}
			return count;
		}

		@Override
		public String toString() {
			return this.method + " " + this.template;
		}

	}

}
