package io.github.novu4j.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Environments beyond {@code /me} (list, the API keys, create, update, delete) and the organization's
 * environment variables. The local environment is the one the kit's API key selects; it is protected (not
 * deletable) and an update of it is undone by {@link NovuState#reset()}.
 */
final class EnvironmentRoutes {

	private static final Pattern VARIABLE_KEY = Pattern.compile("^[A-Za-z][A-Za-z0-9_]*$");

	private final NovuState state;

	private final Map<String, Object> original;

	/** Environments created through the API, keyed by {@code _id}. */
	private final Records environments;

	/** Keyed by the variable's key. */
	private final Records variables;

	EnvironmentRoutes(NovuState state) {
		this.state = state;
		this.original = Map.copyOf(state.environment());
		this.environments = new Records(state, (id) -> "Environment " + id + " not found",
				(name) -> "Environment with name " + name + " already exists");
		this.variables = new Records(state, (key) -> "Environment variable with key \"" + key + "\" not found",
				(key) -> "Environment variable with key \"" + key + "\" already exists");
		state.onReset(() -> {
			state.environment().clear();
			state.environment().putAll(this.original);
		});
	}

	void register() {
		this.state.route("GET", "/v1/environments", (r, v) -> Reply.wrapped(200, list(r)));
		this.state.route("GET", "/v1/environments/api-keys", (r, v) -> Reply.wrapped(200, List.of(apiKey(r))));
		this.state.route("POST", "/v1/environments", (r, v) -> create(r));
		this.state.route("PUT", "/v1/environments/{environmentId}", (r, v) -> update(r, v.get(0)));
		this.state.route("DELETE", "/v1/environments/{environmentId}", (r, v) -> delete(r, v.get(0)));
		this.state.route("GET", "/v1/environment-variables", (r, v) -> listVariables(r));
		this.state.route("POST", "/v1/environment-variables", (r, v) -> createVariable(r));
		this.state.route("GET", "/v1/environment-variables/{variableKey}",
				(r, v) -> this.variables.with(v.get(0), r, (variable) -> Reply.wrapped(200, variable)));
		this.state.route("PATCH", "/v1/environment-variables/{variableKey}", (r, v) -> updateVariable(r, v.get(0)));
		this.state.route("DELETE", "/v1/environment-variables/{variableKey}",
				(r, v) -> (this.variables.remove(v.get(0)) != null) ? Reply.noContent() : this.variables.notFound(v.get(0), r));
		this.state.route("GET", "/v1/environment-variables/{variableKey}/usage",
				(r, v) -> this.variables.with(v.get(0), r, (variable) -> Reply.wrapped(200, Map.of("workflows", List.of()))));
	}

	// ---------------------------------------------------------------- environments

	private List<Map<String, @Nullable Object>> list(NovuState.Request request) {
		List<Map<String, @Nullable Object>> all = new ArrayList<>();
		Map<String, @Nullable Object> local = new LinkedHashMap<>(this.state.environment());
		// WIRE-FORMAT §9: apiKeys are objects. Answering the caller's own key is what Novu does here.
		local.put("apiKeys", List.of(apiKey(request)));
		all.add(local);
		all.addAll(this.environments.all());
		return all;
	}

	private Map<String, Object> apiKey(NovuState.Request request) {
		String authorization = Objects.requireNonNullElse(request.received().header("Authorization"), "");
		String key = authorization.startsWith("ApiKey ") ? authorization.substring("ApiKey ".length()).trim() : "";
		Map<String, Object> apiKey = new LinkedHashMap<>();
		apiKey.put("key", key);
		apiKey.put("_userId", this.state.environment().get("_organizationId"));
		apiKey.put("hash", Integer.toHexString(key.hashCode()));
		return apiKey;
	}

	private Reply create(NovuState.Request request) {
		Reply invalid = Records.requireText(request, "name", "color");
		if (invalid != null) {
			return invalid;
		}
		String name = Records.text(request.json(), "name");
		if (name.equals(this.state.environment().get("name")) || this.environments.find((e) -> name.equals(e.get("name"))) != null) {
			return this.environments.conflict(name, request);
		}
		Map<String, @Nullable Object> environment = new LinkedHashMap<>();
		environment.put("_id", NovuState.objectId());
		environment.put("name", name);
		environment.put("_organizationId", this.state.environment().get("_organizationId"));
		environment.put("identifier", Records.shortId() + Records.shortId());
		environment.put("_parentId", Objects.requireNonNullElse(Records.text(request.json(), "parentId"),
				this.state.environment().get("_id")));
		environment.put("color", Records.text(request.json(), "color"));
		environment.put("type", "dev");
		environment.put("apiKeys", List.of(Map.of("key", "nv-local-" + Records.shortId() + Records.shortId(), "_userId",
				this.state.environment().get("_organizationId"))));
		environment.put("createdAt", NovuState.now());
		environment.put("updatedAt", NovuState.now());
		return Reply.wrapped(201, this.environments.put((String) environment.get("_id"), environment));
	}

	@SuppressWarnings("unchecked")
	private Reply update(NovuState.Request request, String environmentId) {
		Map<String, @Nullable Object> environment = environmentId.equals(this.state.environment().get("_id"))
				? (Map<String, @Nullable Object>) (Map<String, ?>) this.state.environment() : this.environments.get(environmentId);
		if (environment == null) {
			return this.environments.notFound(environmentId, request);
		}
		JsonNode body = request.json();
		Records.copy(body, environment, "name", "identifier", "color", "dns", "bridge");
		if (Records.text(body, "parentId") != null) {
			environment.put("_parentId", Records.text(body, "parentId"));
		}
		environment.values().removeIf(Objects::isNull);
		environment.put("updatedAt", NovuState.now());
		return Reply.wrapped(200, environment);
	}

	private Reply delete(NovuState.Request request, String environmentId) {
		if (environmentId.equals(this.state.environment().get("_id"))) {
			// WIRE-FORMAT-CURRENT §E: a protected environment cannot be deleted.
			return Reply.error(400, "Bad Request", "Cannot delete a protected environment", request.path());
		}
		if (this.environments.remove(environmentId) == null) {
			return this.environments.notFound(environmentId, request);
		}
		// WIRE-FORMAT-CURRENT §H.7: 200 with an empty object.
		return Reply.of(200, Map.of());
	}

	// ---------------------------------------------------------------- environment variables

	private Reply listVariables(NovuState.Request request) {
		String search = request.param("search");
		return Reply.wrapped(200, this.variables.all()
			.stream()
			.filter((v) -> search == null || ((String) v.get("key")).toLowerCase().contains(search.toLowerCase()))
			.toList());
	}

	private Reply createVariable(NovuState.Request request) {
		JsonNode body = request.json();
		String key = Records.text(body, "key");
		if (key == null || !VARIABLE_KEY.matcher(key).matches() || key.length() > 256) {
			return Reply.validationError(request.path(),
					"key must start with a letter and contain only letters, digits and underscores");
		}
		if (this.variables.has(key)) {
			return this.variables.conflict(key, request);
		}
		Map<String, @Nullable Object> variable = new LinkedHashMap<>();
		variable.put("_id", NovuState.objectId());
		variable.put("_organizationId", this.state.environment().get("_organizationId"));
		variable.put("key", key);
		variable.put("type", "string");
		variable.put("isSecret", false);
		variable.put("values", List.of());
		variable.put("createdAt", NovuState.now());
		variable.put("updatedAt", NovuState.now());
		Records.copy(body, variable, "type", "isSecret", "values");
		// WIRE-FORMAT-CURRENT §H.2: 201, the document says 200.
		return Reply.wrapped(201, this.variables.put(key, variable));
	}

	private Reply updateVariable(NovuState.Request request, String key) {
		return this.variables.with(key, request, (variable) -> {
			String newKey = Records.text(request.json(), "key");
			if (newKey != null && !newKey.equals(key)) {
				if (!VARIABLE_KEY.matcher(newKey).matches()) {
					return Reply.validationError(request.path(),
							"key must start with a letter and contain only letters, digits and underscores");
				}
				if (this.variables.has(newKey)) {
					return this.variables.conflict(newKey, request);
				}
				this.variables.rekey(key, newKey);
			}
			return Reply.wrapped(200, Records.update(request.json(), variable, "key", "type", "isSecret", "values"));
		});
	}

}
