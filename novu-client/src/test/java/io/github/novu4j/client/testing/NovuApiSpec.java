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
			dropDefaultsThatContradictTheirType(root);
			replaceConstantNamePatterns(root);
			return mapper.writeValueAsString(root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The current document's {@code CreateAgentRequestDto.identifier} carries the constant's name
	 * {@code SLUG_IDENTIFIER_REGEX} as its {@code pattern}, which no identifier matches; the server checks
	 * the constant's value (novuhq/novu {@code packages/shared}), so the validator gets that.
	 */
	private static void replaceConstantNamePatterns(JsonNode node) {
		if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object
				&& "SLUG_IDENTIFIER_REGEX".equals(object.path("pattern").asText())) {
			object.put("pattern", "^[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$");
		}
		for (JsonNode child : node) {
			replaceConstantNamePatterns(child);
		}
	}

	/**
	 * Removes a {@code default} that is not an object from a schema typed {@code object} (the current
	 * document's {@code AgentBehaviorDto.reactionOnResolved} has {@code default: "check"}): the validator
	 * refuses to load a document with one. A default never changes what a request may carry.
	 */
	private static void dropDefaultsThatContradictTheirType(JsonNode node) {
		if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
			JsonNode defaultValue = object.get("default");
			if ("object".equals(object.path("type").asText()) && defaultValue != null && !defaultValue.isObject()) {
				object.remove("default");
			}
		}
		for (JsonNode child : node) {
			dropDefaultsThatContradictTheirType(child);
		}
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
