package io.github.novu4j.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Translations v2 ({@code /v2/translations...}), stored per resource (a stored workflow or layout) and locale,
 * including the master JSON import and the multipart uploads. Novu's translations are a closed enterprise
 * module: statuses follow its open-source e2e tests (WIRE-FORMAT-CURRENT, sources); the error messages are the
 * kit's own.
 */
final class TranslationRoutes {

	private static final Pattern LOCALE_FILE = Pattern.compile("^([a-z]{2}(?:[_-][A-Z]{2})?)\\.json$");

	private static final Pattern DISPOSITION_NAME = Pattern.compile("name=\"([^\"]*)\"");

	private static final Pattern DISPOSITION_FILE = Pattern.compile("filename=\"([^\"]*)\"");

	private final WorkflowRoutes workflows;

	private final LayoutRoutes layouts;

	/** The translations by {@code resourceType/resourceId/locale}. */
	private final Map<String, Map<String, @Nullable Object>> translations = new TreeMap<>();

	private TranslationRoutes(WorkflowRoutes workflows, LayoutRoutes layouts) {
		this.workflows = workflows;
		this.layouts = layouts;
	}

	static void register(NovuState state, WorkflowRoutes workflows, LayoutRoutes layouts) {
		TranslationRoutes routes = new TranslationRoutes(workflows, layouts);
		String one = "/v2/translations/{resourceType}/{resourceId}/{locale}";
		state.route("POST", "/v2/translations", (r, v) -> routes.create(r));
		state.route("GET", "/v2/translations/master-json", (r, v) -> routes.master(r));
		state.route("POST", "/v2/translations/master-json", (r, v) -> routes.importMaster(r));
		state.route("POST", "/v2/translations/master-json/upload", (r, v) -> routes.uploadMaster(r));
		state.route("POST", "/v2/translations/upload", (r, v) -> routes.upload(r));
		state.route("GET", "/v2/translations/group/{resourceType}/{resourceId}", (r, v) -> routes.group(r, v.get(0), v.get(1)));
		state.route("DELETE", "/v2/translations/{resourceType}/{resourceId}", (r, v) -> routes.deleteGroup(r, v.get(0), v.get(1)));
		state.route("GET", one, (r, v) -> routes.withTranslation(r, v, (t) -> Reply.wrapped(200, t)));
		state.route("DELETE", one, (r, v) -> routes.withTranslation(r, v, (t) -> {
			routes.translations.remove(v.get(0) + "/" + v.get(1) + "/" + v.get(2));
			return Reply.noContent();
		}));
		state.onReset(routes.translations::clear);
	}

	private Reply create(NovuState.Request request) {
		JsonNode body = request.json();
		String resourceType = Bodies.text(body, "resourceType");
		String resourceId = Bodies.text(body, "resourceId");
		String locale = Bodies.text(body, "locale");
		List<String> problems = new ArrayList<>();
		if (!"workflow".equals(resourceType) && !"layout".equals(resourceType)) {
			problems.add("resourceType must be one of the following values: workflow, layout");
		}
		if (resourceId == null || resourceId.isBlank()) {
			problems.add("resourceId should not be empty");
		}
		if (locale == null || locale.isBlank()) {
			problems.add("locale should not be empty");
		}
		if (body == null || !body.path("content").isObject()) {
			problems.add("content must be an object");
		}
		if (!problems.isEmpty()) {
			return Reply.validationError(request.path(), problems.toArray(String[]::new));
		}
		Map<String, @Nullable Object> resource = resource(resourceType, resourceId);
		if (resource == null) {
			return unknownResource(request, resourceType, resourceId);
		}
		// Novu answers 200 here, not 201 (WIRE-FORMAT-CURRENT §B).
		return Reply.wrapped(200, store(resourceType, resourceId, locale, Bodies.map(body.get("content"))));
	}

	private Map<String, @Nullable Object> store(String resourceType, String resourceId, String locale,
			Map<String, @Nullable Object> content) {
		String now = NovuState.now();
		Map<String, @Nullable Object> translation = this.translations.computeIfAbsent(
				resourceType + "/" + resourceId + "/" + locale, (k) -> Bodies.object("resourceId", resourceId,
						"resourceType", resourceType, "locale", locale, "content", Map.of(), "createdAt", now));
		translation.put("content", content);
		translation.put("updatedAt", now);
		return translation;
	}

	private Reply withTranslation(NovuState.Request request, List<String> v,
			java.util.function.Function<Map<String, @Nullable Object>, Reply> then) {
		Map<String, @Nullable Object> translation = this.translations.get(v.get(0) + "/" + v.get(1) + "/" + v.get(2));
		if (translation == null) {
			return Reply.notFound("Translation for " + v.get(0) + " " + v.get(1) + " in locale " + v.get(2) + " not found",
					request.path());
		}
		return then.apply(translation);
	}

	private Reply group(NovuState.Request request, String resourceType, String resourceId) {
		List<Map<String, @Nullable Object>> of = of(resourceType, resourceId);
		Map<String, @Nullable Object> resource = resource(resourceType, resourceId);
		if (of.isEmpty() || resource == null) {
			return Reply.notFound("Translation group for " + resourceType + " " + resourceId + " not found", request.path());
		}
		Map<String, @Nullable Object> group = new LinkedHashMap<>();
		group.put("resourceId", resourceId);
		group.put("resourceType", resourceType);
		group.put("resourceName", resource.get("name"));
		group.put("locales", of.stream().map((t) -> t.get("locale")).toList());
		group.put("outdatedLocales", List.of());
		group.put("createdAt", of.stream().map((t) -> (String) t.get("createdAt")).min(String::compareTo).orElseThrow());
		group.put("updatedAt", of.stream().map((t) -> (String) t.get("updatedAt")).max(String::compareTo).orElseThrow());
		return Reply.wrapped(200, group);
	}

	private Reply deleteGroup(NovuState.Request request, String resourceType, String resourceId) {
		List<Map<String, @Nullable Object>> of = of(resourceType, resourceId);
		if (of.isEmpty()) {
			return Reply.notFound("Translation group for " + resourceType + " " + resourceId + " not found", request.path());
		}
		this.translations.keySet().removeIf((key) -> key.startsWith(resourceType + "/" + resourceId + "/"));
		return Reply.noContent();
	}

	private Reply master(NovuState.Request request) {
		String locale = Objects.requireNonNullElse(request.param("locale"), "en_US");
		Map<String, @Nullable Object> workflows = new LinkedHashMap<>();
		Map<String, @Nullable Object> layouts = new LinkedHashMap<>();
		for (Map<String, @Nullable Object> translation : this.translations.values()) {
			if (locale.equals(translation.get("locale"))) {
				("workflow".equals(translation.get("resourceType")) ? workflows : layouts)
					.put((String) translation.get("resourceId"), translation.get("content"));
			}
		}
		return Reply.wrapped(200, Bodies.object("workflows", workflows, "layouts", layouts));
	}

	private Reply importMaster(NovuState.Request request) {
		JsonNode body = request.json();
		String locale = Bodies.text(body, "locale");
		if (locale == null || locale.isBlank() || !body.path("masterJson").isObject()) {
			return Reply.validationError(request.path(), "locale should not be empty", "masterJson must be an object");
		}
		return Reply.wrapped(200, importJson(locale, body.get("masterJson")));
	}

	private Reply uploadMaster(NovuState.Request request) {
		List<Part> parts = parts(request);
		Part file = parts.stream().filter((p) -> "file".equals(p.name()) && p.fileName() != null).findFirst().orElse(null);
		if (file == null) {
			return Reply.error(400, "Bad Request", "No file uploaded", request.path());
		}
		Matcher locale = LOCALE_FILE.matcher(Objects.requireNonNull(file.fileName()));
		JsonNode json = readJson(file.content());
		if (!locale.matches() || json == null || !json.isObject()) {
			return Reply.error(400, "Bad Request", "Invalid master JSON file: " + file.fileName(), request.path());
		}
		return Reply.wrapped(200, importJson(locale.group(1), json));
	}

	private Map<String, @Nullable Object> importJson(String locale, JsonNode master) {
		List<String> successful = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		for (String resourceType : List.of("workflow", "layout")) {
			JsonNode resources = master.path(resourceType + "s");
			for (Map.Entry<String, JsonNode> entry : resources.properties()) {
				if (resource(resourceType, entry.getKey()) != null && entry.getValue().isObject()) {
					store(resourceType, entry.getKey(), locale, Bodies.map(entry.getValue()));
					successful.add(entry.getKey());
				}
				else {
					failed.add(entry.getKey());
				}
			}
		}
		String message = successful.isEmpty() ? "No translations were imported"
				: "Successfully imported translations for " + successful.size() + " resources: " + String.join(", ", successful);
		return Bodies.object("success", !successful.isEmpty(), "message", message, "successful", successful, "failed", failed);
	}

	private Reply upload(NovuState.Request request) {
		List<Part> parts = parts(request);
		String resourceType = parts.stream().filter((p) -> "resourceType".equals(p.name())).map(Part::content).findFirst()
			.orElse(null);
		String resourceId = parts.stream().filter((p) -> "resourceId".equals(p.name())).map(Part::content).findFirst()
			.orElse(null);
		List<Part> files = parts.stream().filter((p) -> "files".equals(p.name()) && p.fileName() != null).toList();
		if (resourceType == null || resourceId == null || files.isEmpty()) {
			return Reply.validationError(request.path(), "resourceType should not be empty", "resourceId should not be empty",
					"files should not be empty");
		}
		if (resource(resourceType, resourceId) == null) {
			return unknownResource(request, resourceType, resourceId);
		}
		int successful = 0;
		List<String> errors = new ArrayList<>();
		for (Part file : files) {
			Matcher locale = LOCALE_FILE.matcher(Objects.requireNonNull(file.fileName()));
			JsonNode json = readJson(file.content());
			if (!locale.matches()) {
				errors.add("Invalid file name: " + file.fileName());
			}
			else if (json == null || !json.isObject()) {
				errors.add("Invalid JSON in file: " + file.fileName());
			}
			else {
				store(resourceType, resourceId, locale.group(1), Bodies.map(json));
				successful++;
			}
		}
		return Reply.wrapped(200, Bodies.object("totalFiles", files.size(), "successfulUploads", successful,
				"failedUploads", files.size() - successful, "errors", errors));
	}

	private List<Map<String, @Nullable Object>> of(String resourceType, String resourceId) {
		return this.translations.entrySet()
			.stream()
			.filter((e) -> e.getKey().startsWith(resourceType + "/" + resourceId + "/"))
			.map(Map.Entry::getValue)
			.toList();
	}

	private @Nullable Map<String, @Nullable Object> resource(String resourceType, String resourceId) {
		return "workflow".equals(resourceType) ? this.workflows.find(resourceId)
				: "layout".equals(resourceType) ? this.layouts.find(resourceId) : null;
	}

	private static Reply unknownResource(NovuState.Request request, String resourceType, String resourceId) {
		return Reply.notFound(("workflow".equals(resourceType) ? "Workflow" : "Layout") + " with id " + resourceId
				+ " not found", request.path());
	}

	private static @Nullable JsonNode readJson(String text) {
		try {
			return Bodies.JSON.readTree(text);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** The parts of a {@code multipart/form-data} body. */
	private static List<Part> parts(NovuState.Request request) {
		String contentType = Objects.requireNonNullElse(request.received().header("Content-Type"), "");
		int at = contentType.indexOf("boundary=");
		List<Part> parts = new ArrayList<>();
		if (at < 0) {
			return parts;
		}
		String boundary = "--" + contentType.substring(at + "boundary=".length()).replace("\"", "").split(";")[0].trim();
		for (String chunk : request.received().body().split(Pattern.quote(boundary))) {
			int split = chunk.indexOf("\r\n\r\n");
			if (split < 0) {
				continue;
			}
			String headers = chunk.substring(0, split);
			String content = chunk.substring(split + 4);
			if (content.endsWith("\r\n")) {
				content = content.substring(0, content.length() - 2);
			}
			Matcher name = DISPOSITION_NAME.matcher(headers);
			Matcher file = DISPOSITION_FILE.matcher(headers);
			parts.add(new Part(name.find() ? name.group(1) : "", file.find() ? file.group(1) : null, content));
		}
		return parts;
	}

	private record Part(String name, @Nullable String fileName, String content) {
	}

}
