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
 * Novu's OpenAPI document (test resources copy) as the tests use it: the list of its 56 operations,
 * matching a received request to its operation, and a request validator.
 */
public final class NovuApiSpec {

	private static final String RESOURCE = "/openapi/openapi-v1.json";

	private static volatile NovuApiSpec instance;

	private final String specText;

	private final List<Operation> operations;

	private volatile OpenApiInteractionValidator validator;

	private NovuApiSpec(String specText) {
		this.specText = specText;
		this.operations = readOperations(specText);
	}

	/** @return the shared instance */
	public static NovuApiSpec get() {
		NovuApiSpec spec = instance;
		if (spec == null) {
			synchronized (NovuApiSpec.class) {
				spec = instance;
				if (spec == null) {
					spec = new NovuApiSpec(load());
					instance = spec;
				}
			}
		}
		return spec;
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
					current = OpenApiInteractionValidator.createForInlineApiSpecification(typeUntypedPathParameters(this.specText))
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
			return mapper.writeValueAsString(root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String load() {
		try (InputStream in = NovuApiSpec.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the test class path");
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
