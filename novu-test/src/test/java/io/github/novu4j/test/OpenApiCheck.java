package io.github.novu4j.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validates the requests a {@link LocalNovu} received against Novu's OpenAPI documents (the copies the client's
 * tests use): a route of the seed document against {@code openapi-v1.json}, every other against
 * {@code openapi-current.json}. So the kit's tests prove that what they sent is what Novu documents.
 */
final class OpenApiCheck {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private static volatile Spec v1;

	private static volatile Spec current;

	private OpenApiCheck() {
	}

	/**
	 * Fails unless every recorded request is valid for its operation.
	 * @param requests the requests
	 * @param skip paths (raw) whose requests are deliberately invalid
	 */
	static void assertValid(List<ReceivedRequest> requests, Set<String> skip) {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (ReceivedRequest received : requests) {
			if (skip.contains(received.path()) || received.path().equals("/v1/health-check")) {
				continue;
			}
			Spec spec = v1().has(received.method(), received.path()) ? v1() : current();
			if (!spec.has(received.method(), received.path())) {
				problems.add(received + ": in neither document");
				continue;
			}
			ValidationReport report = spec.validator.validateRequest(toRequest(received));
			checked++;
			if (report.hasErrors()) {
				problems.add(received + " against " + spec.name + ": " + report.getMessages());
			}
		}
		assertThat(problems).as("requests that do not follow Novu's OpenAPI documents").isEmpty();
		assertThat(checked).as("requests validated").isEqualTo(requests.size() - (int) requests.stream()
			.filter((r) -> skip.contains(r.path()) || r.path().equals("/v1/health-check"))
			.count());
	}

	/**
	 * Fails unless every 2xx answer matches its operation's response schema once the {@code {"data": ...}}
	 * envelope is removed (WIRE-FORMAT §3: the documents show the inner schema). Error answers are not
	 * checked: the documents type several as plain strings (WIRE-FORMAT §9).
	 * @param answers the answers
	 * @param skip "METHOD /path-template-or-raw-path" entries whose documented schema is known to be wrong
	 * @return the messages of the failures (empty when all match)
	 */
	static List<String> responseProblems(List<LocalNovu.Answer> answers, Set<String> skip) {
		KitCalls.record(answers);
		List<String> problems = new ArrayList<>();
		for (LocalNovu.Answer answer : answers) {
			ReceivedRequest received = answer.request();
			// A 204 has no body to check.
			if (answer.status() < 200 || answer.status() > 299 || answer.status() == 204
					|| received.path().equals("/v1/health-check") || skip.stream().anyMatch((entry) -> matches(entry, received))) {
				continue;
			}
			Spec spec = v1().has(received.method(), received.path()) ? v1() : current();
			ValidationReport report = validateResponse(spec, received, answer.status(), unwrap(answer.body()));
			if (report.hasErrors()) {
				// A few operations (e.g. cancel: DataBooleanDto) document the envelope itself.
				ValidationReport enveloped = validateResponse(spec, received, answer.status(), answer.body());
				report = enveloped.hasErrors() ? report : enveloped;
			}
			if (report.hasErrors()) {
				problems.add(received + " " + answer.status() + " against " + spec.name + ": " + report.getMessages());
			}
		}
		return problems;
	}

	private static ValidationReport validateResponse(Spec spec, ReceivedRequest received, int status, String body) {
		return spec.responseValidator()
			.validateResponse(received.path(), com.atlassian.oai.validator.model.Request.Method.valueOf(received.method()),
					com.atlassian.oai.validator.model.SimpleResponse.Builder.status(status)
						.withContentType("application/json")
						.withBody(body)
						.build());
	}

	/** @return whether a skip entry "METHOD /template" names the request's operation */
	private static boolean matches(String entry, ReceivedRequest received) {
		String[] parts = entry.split(" ", 2);
		String regex = Pattern.quote(parts[1]).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
		return parts[0].equals(received.method()) && received.path().matches(regex);
	}

	/** WIRE-FORMAT §3: an object whose only key is {@code data} stands for the value of {@code data}. */
	private static String unwrap(String body) {
		try {
			JsonNode node = MAPPER.readTree(body);
			if (node.isObject() && node.size() == 1 && node.has("data")) {
				return MAPPER.writeValueAsString(node.get("data"));
			}
			return body;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Request toRequest(ReceivedRequest received) {
		SimpleRequest.Builder builder = new SimpleRequest.Builder(received.method(), received.path());
		received.headers().forEach((name, values) -> builder.withHeader(name, values));
		if (received.query() != null) {
			for (String pair : received.query().split("&")) {
				int equals = pair.indexOf('=');
				String name = java.net.URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals),
						StandardCharsets.UTF_8);
				String value = (equals < 0) ? ""
						: java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				builder.withQueryParam(name, value);
			}
		}
		if (!received.body().isEmpty()) {
			builder.withBody(received.body());
		}
		return builder.build();
	}

	/** @return "METHOD /template" of the documented operation (seed document first), or null for none */
	static @org.jspecify.annotations.Nullable String operation(String method, String path) {
		String seed = v1().operation(method, path);
		return (seed != null) ? seed : current().operation(method, path);
	}

	/** @return "METHOD /template" of every operation of the seed document, openapi-v1.json (56) */
	static Set<String> seedOperations() {
		Set<String> operations = new java.util.TreeSet<>();
		v1().routes.forEach((pattern, methods) -> methods.forEach((method) -> {
			if (!method.equals("PARAMETERS")) {
				operations.add(method + " " + v1().templates.get(pattern));
			}
		}));
		return operations;
	}

	private static Spec v1() {
		if (v1 == null) {
			synchronized (OpenApiCheck.class) {
				if (v1 == null) {
					v1 = new Spec("openapi-v1.json");
				}
			}
		}
		return v1;
	}

	private static Spec current() {
		if (current == null) {
			synchronized (OpenApiCheck.class) {
				if (current == null) {
					current = new Spec("openapi-current.json");
				}
			}
		}
		return current;
	}

	private static final class Spec {

		final String name;

		final OpenApiInteractionValidator validator;

		final Map<Pattern, Set<String>> routes = new java.util.LinkedHashMap<>();

		final Map<Pattern, String> templates = new java.util.LinkedHashMap<>();

		private final String text;

		private volatile OpenApiInteractionValidator responses;

		Spec(String name) {
			this.name = name;
			try (InputStream in = OpenApiCheck.class.getResourceAsStream("/openapi/" + name)) {
				JsonNode root = MAPPER.readTree(in);
				dropContradictingDefaults(root);
				root.get("paths").properties().forEach((path) -> {
					Pattern pattern = Pattern.compile(Pattern.quote(path.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
					Set<String> methods = new java.util.HashSet<>();
					path.getValue().fieldNames().forEachRemaining((m) -> methods.add(m.toUpperCase(java.util.Locale.ROOT)));
					this.routes.put(pattern, methods);
					this.templates.put(pattern, path.getKey());
				});
				this.text = MAPPER.writeValueAsString(root);
				this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(this.text).build();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/**
		 * A validator for answers: WIRE-FORMAT §9, answers carry properties the documents do not list, so
		 * unlisted properties are allowed there (requests stay strict).
		 */
		synchronized OpenApiInteractionValidator responseValidator() {
			if (this.responses == null) {
				this.responses = OpenApiInteractionValidator.createForInlineApiSpecification(this.text)
					.withLevelResolver(com.atlassian.oai.validator.report.LevelResolver.create()
						.withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
						.build())
					.build();
			}
			return this.responses;
		}

		/** @return "METHOD /template" of the documented operation the request matches, or null */
		@org.jspecify.annotations.Nullable String operation(String method, String path) {
			String trimmed = (path.length() > 1 && path.endsWith("/")) ? path.substring(0, path.length() - 1) : path;
			return this.routes.entrySet()
				.stream()
				.filter((e) -> e.getValue().contains(method) && e.getKey().matcher(trimmed).matches())
				.map((e) -> this.templates.get(e.getKey()))
				// The most literal template wins: /translations/group/{type}/{id} over /translations/{type}/{id}/{locale}.
				.min(java.util.Comparator.comparingLong((String template) -> template.chars().filter((c) -> c == '{').count()))
				.map((template) -> method + " " + template)
				.orElse(null);
		}

		boolean has(String method, String path) {
			String trimmed = (path.length() > 1 && path.endsWith("/")) ? path.substring(0, path.length() - 1) : path;
			return this.routes.entrySet()
				.stream()
				.anyMatch((e) -> e.getValue().contains(method) && e.getKey().matcher(trimmed).matches());
		}

		/**
		 * openapi-current.json gives an object schema a string default, which the validator refuses to load. The
		 * same repairs as the client's tests (NovuApiSpec) for the document's other defects: the pattern
		 * {@code SLUG_IDENTIFIER_REGEX} (the constant's name, not its value), a JavaScript regex literal with its
		 * slashes, and a {@code oneOf} that every value matches twice (a free-form object branch, or a
		 * discriminator whose branches all accept every step type), read as {@code anyOf}.
		 */
		private static void dropContradictingDefaults(JsonNode node) {
			if (node instanceof ObjectNode object && "object".equals(object.path("type").asText())
					&& object.has("default") && !object.get("default").isObject()) {
				object.remove("default");
			}
			if (node instanceof ObjectNode object) {
				String pattern = object.path("pattern").asText("");
				if (pattern.length() > 2 && pattern.startsWith("/^") && pattern.endsWith("$/")) {
					object.put("pattern", pattern.substring(1, pattern.length() - 1));
				}
				if (pattern.equals("SLUG_IDENTIFIER_REGEX")) {
					object.put("pattern", "^[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$");
				}
				// Untyped path parameters (the OAuth routes' providerId, a message action's type): the validator
				// would parse "slack" or "primary" as JSON; they are strings, as in the client's NovuApiSpec.
				JsonNode schema = object.get("schema");
				if ("path".equals(object.path("in").asText()) && schema instanceof ObjectNode untyped && untyped.isEmpty()) {
					untyped.put("type", "string");
				}
				JsonNode oneOf = object.get("oneOf");
				if (oneOf != null && oneOf.isArray() && (hasFreeFormObject(oneOf) || object.has("discriminator"))) {
					object.set("anyOf", object.remove("oneOf"));
				}
			}
			node.forEach(OpenApiCheck.Spec::dropContradictingDefaults);
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

	}

}
