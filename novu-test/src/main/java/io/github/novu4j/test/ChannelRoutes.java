package io.github.novu4j.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Channel connections (a workspace's OAuth grant) and channel endpoints (where a subscriber is reached: a Slack
 * channel, a webhook, a phone), stateful, keyed by identifier. Both need a stored integration; an endpoint may
 * name a stored connection.
 */
final class ChannelRoutes {

	private final NovuState state;

	private final IntegrationRoutes integrations;

	private final Records connections;

	private final Records endpoints;

	ChannelRoutes(NovuState state, IntegrationRoutes integrations) {
		this.state = state;
		this.integrations = integrations;
		this.connections = new Records(state, (id) -> "Channel connection with identifier " + id + " not found",
				(id) -> "Channel connection with identifier " + id + " already exists");
		this.endpoints = new Records(state, (id) -> "Channel endpoint with identifier " + id + " not found",
				(id) -> "Channel endpoint with identifier " + id + " already exists");
	}

	void register() {
		this.state.route("GET", "/v1/channel-connections", (r, v) -> this.connections.page(r, (c) -> matches(r, c)));
		this.state.route("POST", "/v1/channel-connections", (r, v) -> createConnection(r));
		this.state.route("GET", "/v1/channel-connections/{identifier}",
				(r, v) -> this.connections.with(v.get(0), r, (c) -> Reply.wrapped(200, c)));
		this.state.route("PATCH", "/v1/channel-connections/{identifier}", (r, v) -> this.connections.with(v.get(0), r,
				(c) -> Reply.wrapped(200, Records.update(r.json(), c, "workspace", "auth"))));
		this.state.route("DELETE", "/v1/channel-connections/{identifier}", (r, v) -> delete(this.connections, r, v.get(0)));
		this.state.route("GET", "/v1/channel-endpoints", (r, v) -> this.endpoints.page(r, (e) -> matches(r, e)));
		this.state.route("POST", "/v1/channel-endpoints", (r, v) -> createEndpoint(r));
		this.state.route("GET", "/v1/channel-endpoints/{identifier}",
				(r, v) -> this.endpoints.with(v.get(0), r, (e) -> Reply.wrapped(200, e)));
		this.state.route("PATCH", "/v1/channel-endpoints/{identifier}", (r, v) -> this.endpoints.with(v.get(0), r,
				(e) -> Reply.wrapped(200, Records.update(r.json(), e, "endpoint"))));
		this.state.route("DELETE", "/v1/channel-endpoints/{identifier}", (r, v) -> delete(this.endpoints, r, v.get(0)));
	}

	private static Reply delete(Records records, NovuState.Request request, String identifier) {
		return (records.remove(identifier) != null) ? Reply.noContent() : records.notFound(identifier, request);
	}

	private Reply createConnection(NovuState.Request request) {
		Reply invalid = Records.requireText(request, "integrationIdentifier");
		if (invalid != null) {
			return invalid;
		}
		JsonNode body = request.json();
		if (Records.text(body.path("workspace"), "id") == null || Records.text(body.path("auth"), "accessToken") == null) {
			return Reply.validationError(request.path(), "workspace.id should not be empty",
					"auth.accessToken should not be empty");
		}
		if (Records.text(body, "subscriberId") == null && !body.path("context").isObject()) {
			return Reply.validationError(request.path(), "subscriberId or context is required");
		}
		return this.integrations.byIdentifier(request, Records.text(body, "integrationIdentifier"), (integration) -> {
			String identifier = Objects.requireNonNullElse(Records.text(body, "identifier"),
					integration.get("providerId") + "-connection-" + Records.shortId());
			if (this.connections.has(identifier)) {
				return this.connections.conflict(identifier, request);
			}
			Map<String, @Nullable Object> connection = linked(identifier, integration, body);
			connection.put("workspace", Records.value(body.get("workspace")));
			connection.put("auth", Records.value(body.get("auth")));
			stamp(connection);
			return Reply.wrapped(201, this.connections.put(identifier, connection));
		});
	}

	private Reply createEndpoint(NovuState.Request request) {
		Reply invalid = Records.requireText(request, "subscriberId", "integrationIdentifier", "type");
		if (invalid != null) {
			return invalid;
		}
		JsonNode body = request.json();
		if (!body.path("endpoint").isObject()) {
			return Reply.validationError(request.path(), "endpoint must be an object");
		}
		String connectionIdentifier = Records.text(body, "connectionIdentifier");
		if (connectionIdentifier != null && !this.connections.has(connectionIdentifier)) {
			return this.connections.notFound(connectionIdentifier, request);
		}
		return this.integrations.byIdentifier(request, Records.text(body, "integrationIdentifier"), (integration) -> {
			String type = Records.text(body, "type");
			String provider = (String) integration.get("providerId");
			String kind = type.startsWith(provider + "_") ? type.substring(provider.length() + 1) : type;
			String identifier = Objects.requireNonNullElse(Records.text(body, "identifier"), provider + "-"
					+ kind.replace('_', '-') + "-" + Records.text(body, "subscriberId").replaceAll("[^A-Za-z0-9]", "")
					+ "-" + Records.shortId().substring(2));
			if (this.endpoints.has(identifier)) {
				return this.endpoints.conflict(identifier, request);
			}
			Map<String, @Nullable Object> endpoint = linked(identifier, integration, body);
			endpoint.put("connectionIdentifier", connectionIdentifier);
			endpoint.put("type", type);
			endpoint.put("endpoint", Records.value(body.get("endpoint")));
			stamp(endpoint);
			return Reply.wrapped(201, this.endpoints.put(identifier, endpoint));
		});
	}

	/** The fields both resources take from their integration and the request. */
	private static Map<String, @Nullable Object> linked(String identifier, Map<String, @Nullable Object> integration,
			JsonNode body) {
		Map<String, @Nullable Object> record = new LinkedHashMap<>();
		record.put("identifier", identifier);
		record.put("channel", integration.get("channel"));
		record.put("providerId", integration.get("providerId"));
		record.put("integrationIdentifier", integration.get("identifier"));
		record.put("subscriberId", Records.text(body, "subscriberId"));
		record.put("contextKeys", contextKeys(body.get("context")));
		return record;
	}

	private static void stamp(Map<String, @Nullable Object> record) {
		record.put("createdAt", NovuState.now());
		record.put("updatedAt", NovuState.now());
	}

	/** A context {@code {"tenant":"acme"}} or {@code {"tenant":{"id":"acme",...}}} gives the key {@code tenant:acme}. */
	static List<String> contextKeys(@Nullable JsonNode context) {
		List<String> keys = new ArrayList<>();
		if (context != null && context.isObject()) {
			context.properties().forEach((entry) -> {
				JsonNode value = entry.getValue();
				String id = value.isObject() ? value.path("id").asString("") : value.asString("");
				keys.add(entry.getKey() + ":" + id);
			});
		}
		return keys;
	}

	/** The list filters both resources share: each given query parameter must equal the field. */
	private static boolean matches(NovuState.Request request, Map<String, @Nullable Object> record) {
		for (String field : List.of("subscriberId", "channel", "providerId", "integrationIdentifier",
				"connectionIdentifier")) {
			String wanted = request.param(field);
			if (wanted != null && !wanted.equals(record.get(field))) {
				return false;
			}
		}
		List<String> contextKeys = request.query().get("contextKeys");
		return contextKeys == null || record.get("contextKeys") instanceof List<?> keys && keys.containsAll(contextKeys);
	}

}
