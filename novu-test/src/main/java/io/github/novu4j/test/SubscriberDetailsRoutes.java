package io.github.novu4j.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subscriber's details, kept in memory: channel credentials, online status, preferences (v1 and v2) and topic
 * subscriptions seen from the subscriber and one at a time (WIRE-FORMAT.md §3, WIRE-FORMAT-CURRENT.md §B).
 *
 * <p>Workflows are not modelled, so any workflow id is accepted and becomes a preference entry; preferences start
 * with every channel on. Preferences and subscription details are kept per stored subscriber (by its {@code _id}),
 * so a deleted and re-created subscriber starts afresh.
 */
final class SubscriberDetailsRoutes {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> CHANNELS = List.of("email", "sms", "in_app", "chat", "push");

	private final NovuState state;

	/** Per subscriber {@code _id}: the global preference. */
	private final Map<Object, PreferenceState> global = new LinkedHashMap<>();

	/** Per subscriber {@code _id}: workflow id → its preference. */
	private final Map<Object, Map<String, PreferenceState>> workflows = new LinkedHashMap<>();

	/** Per subscription {@code _id}: its name and preference rules. */
	private final Map<String, SubscriptionDetails> subscriptions = new LinkedHashMap<>();

	private SubscriberDetailsRoutes(NovuState state) {
		this.state = state;
	}

	static void register(NovuState state) {
		SubscriberDetailsRoutes routes = new SubscriberDetailsRoutes(state);
		state.onReset(routes::reset);
		String subscriber = "/v1/subscribers/{subscriberId}";
		state.route("PUT", subscriber + "/credentials", (r, v) -> routes.credentials(r, v.get(0), false));
		state.route("PATCH", subscriber + "/credentials", (r, v) -> routes.credentials(r, v.get(0), true));
		state.route("DELETE", subscriber + "/credentials/{providerId}",
				(r, v) -> routes.deleteCredentials(r, v.get(0), v.get(1)));
		state.route("PATCH", subscriber + "/online-status", (r, v) -> routes.onlineStatus(r, v.get(0)));
		state.route("GET", subscriber + "/preferences", (r, v) -> routes.listV1(r, v.get(0)));
		state.route("PATCH", subscriber + "/preferences", (r, v) -> routes.updateGlobalV1(r, v.get(0)));
		state.route("GET", subscriber + "/preferences/{parameter}", (r, v) -> routes.byLevelV1(r, v.get(0), v.get(1)));
		state.route("PATCH", subscriber + "/preferences/{parameter}", (r, v) -> routes.updateV1(r, v.get(0), v.get(1)));
		String v2 = "/v2/subscribers/{subscriberId}";
		state.route("GET", v2 + "/preferences", (r, v) -> routes.withSubscriberV2(r, v.get(0), (s) -> routes.preferencesV2(s)));
		state.route("PATCH", v2 + "/preferences", (r, v) -> routes.updateV2(r, v.get(0)));
		state.route("PATCH", v2 + "/preferences/bulk", (r, v) -> routes.bulkUpdateV2(r, v.get(0)));
		state.route("GET", v2 + "/subscriptions", (r, v) -> routes.subscriberTopics(r, v.get(0)));
		state.route("GET", "/v2/topics/{topicKey}/subscriptions/{identifier}",
				(r, v) -> routes.getSubscription(r, v.get(0), v.get(1)));
		state.route("PATCH", "/v2/topics/{topicKey}/subscriptions/{identifier}",
				(r, v) -> routes.updateSubscription(r, v.get(0), v.get(1)));
	}

	private void reset() {
		this.global.clear();
		this.workflows.clear();
		this.subscriptions.clear();
	}

	// ---------------------------------------------------------------- credentials and online status

	private Reply credentials(NovuState.Request request, String subscriberId, boolean append) {
		Map<String, @Nullable Object> subscriber = this.state.subscribers().get(subscriberId);
		if (subscriber == null) {
			return Reply.notFound("Subscriber '" + subscriberId + "' was not found", request.path());
		}
		JsonNode body = request.json();
		String providerId = (body != null) ? body.path("providerId").asString("") : "";
		JsonNode credentials = (body != null) ? body.get("credentials") : null;
		if (providerId.isBlank() || credentials == null || !credentials.isObject()) {
			return Reply.validationError(request.path(), "providerId should not be empty", "credentials should not be empty");
		}
		String integration = body.path("integrationIdentifier").isString() ? body.get("integrationIdentifier").asString()
				: null;
		List<Map<String, @Nullable Object>> channels = channels(subscriber);
		Map<String, @Nullable Object> channel = channels.stream()
			.filter((c) -> providerId.equals(c.get("providerId"))
					&& (integration == null || integration.equals(c.get("integrationIdentifier"))))
			.findFirst()
			.orElse(null);
		if (channel == null) {
			channel = new LinkedHashMap<>();
			channel.put("providerId", providerId);
			channel.put("_integrationId", NovuState.objectId());
			channel.put("credentials", new LinkedHashMap<String, Object>());
			channels.add(channel);
		}
		if (integration != null) {
			channel.put("integrationIdentifier", integration);
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> stored = (Map<String, Object>) channel.get("credentials");
		for (Map.Entry<String, JsonNode> entry : credentials.properties()) {
			if (entry.getKey().equals("deviceTokens") && entry.getValue().isArray()) {
				// PUT replaces the tokens, PATCH adds the new ones to those stored.
				Set<String> tokens = new LinkedHashSet<>();
				if (append && stored.get("deviceTokens") instanceof List<?> old) {
					old.forEach((t) -> tokens.add(String.valueOf(t)));
				}
				entry.getValue().forEach((t) -> tokens.add(t.asString()));
				stored.put("deviceTokens", new ArrayList<>(tokens));
			}
			else if (!entry.getValue().isNull()) {
				stored.put(entry.getKey(), entry.getValue().isString() ? entry.getValue().asString() : entry.getValue().toString());
			}
		}
		subscriber.put("updatedAt", NovuState.now());
		return Reply.wrapped(200, subscriber);
	}

	private Reply deleteCredentials(NovuState.Request request, String subscriberId, String providerId) {
		Map<String, @Nullable Object> subscriber = this.state.subscribers().get(subscriberId);
		if (subscriber == null) {
			return Reply.notFound("Subscriber '" + subscriberId + "' was not found", request.path());
		}
		channels(subscriber).removeIf((c) -> providerId.equals(c.get("providerId")));
		subscriber.put("updatedAt", NovuState.now());
		// WIRE-FORMAT §3: 204, no body.
		return Reply.noContent();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, @Nullable Object>> channels(Map<String, @Nullable Object> subscriber) {
		Object channels = subscriber.get("channels");
		if (!(channels instanceof ArrayList<?>)) {
			channels = new ArrayList<>();
			subscriber.put("channels", channels);
		}
		return (List<Map<String, @Nullable Object>>) channels;
	}

	private Reply onlineStatus(NovuState.Request request, String subscriberId) {
		Map<String, @Nullable Object> subscriber = this.state.subscribers().get(subscriberId);
		if (subscriber == null) {
			return Reply.notFound("Subscriber '" + subscriberId + "' was not found", request.path());
		}
		JsonNode body = request.json();
		if (body == null || !body.path("isOnline").isBoolean()) {
			return Reply.validationError(request.path(), "isOnline must be a boolean value");
		}
		boolean online = body.get("isOnline").asBoolean();
		subscriber.put("isOnline", online);
		if (!online) {
			subscriber.put("lastOnlineAt", NovuState.now());
		}
		subscriber.put("updatedAt", NovuState.now());
		return Reply.wrapped(200, subscriber);
	}

	// ---------------------------------------------------------------- preferences v1

	private Reply listV1(NovuState.Request request, String subscriberId) {
		return withSubscriberV1(request, subscriberId, (subscriber) -> Reply.wrapped(200, workflowPreferencesV1(subscriber)));
	}

	private List<Map<String, Object>> workflowPreferencesV1(Map<String, @Nullable Object> subscriber) {
		List<Map<String, Object>> list = new ArrayList<>();
		workflowsOf(subscriber).forEach((workflowId, preference) -> list.add(preferenceV1(subscriber, workflowId, preference)));
		return list;
	}

	private Reply updateGlobalV1(NovuState.Request request, String subscriberId) {
		return withSubscriberV1(request, subscriberId, (subscriber) -> {
			JsonNode body = request.json();
			PreferenceState preference = globalOf(subscriber);
			if (body != null && body.path("enabled").isBoolean()) {
				preference.enabled = body.get("enabled").asBoolean();
			}
			if (body != null) {
				for (JsonNode channel : body.path("preferences")) {
					String type = channel.path("type").asString("");
					if (CHANNELS.contains(type) && channel.path("enabled").isBoolean()) {
						preference.channels.put(type, channel.get("enabled").asBoolean());
					}
				}
			}
			// WIRE-FORMAT §3 and §9: only {preference}, although the document requires template.
			return Reply.wrapped(200, Map.of("preference", preference.v1()));
		});
	}

	private Reply byLevelV1(NovuState.Request request, String subscriberId, String level) {
		if (!level.equals("global") && !level.equals("template")) {
			return Reply.validationError(request.path(), "parameter must be one of the following values: global, template");
		}
		return withSubscriberV1(request, subscriberId, (subscriber) -> {
			if (level.equals("global")) {
				// WIRE-FORMAT §9: the global level is [{preference}].
				return Reply.wrapped(200, List.of(Map.of("preference", globalOf(subscriber).v1())));
			}
			return Reply.wrapped(200, workflowPreferencesV1(subscriber));
		});
	}

	private Reply updateV1(NovuState.Request request, String subscriberId, String workflowId) {
		return withSubscriberV1(request, subscriberId, (subscriber) -> {
			PreferenceState preference = workflowOf(subscriber, workflowId);
			JsonNode body = request.json();
			if (body != null && body.path("enabled").isBoolean()) {
				preference.enabled = body.get("enabled").asBoolean();
			}
			JsonNode channel = (body != null) ? body.get("channel") : null;
			if (channel != null && channel.isObject()) {
				String type = channel.path("type").asString("");
				if (!CHANNELS.contains(type) || !channel.path("enabled").isBoolean()) {
					return Reply.validationError(request.path(),
							"channel.type must be one of the following values: " + String.join(", ", CHANNELS));
				}
				preference.channels.put(type, channel.get("enabled").asBoolean());
			}
			preference.updatedAt = NovuState.now();
			return Reply.wrapped(200, preferenceV1(subscriber, workflowId, preference));
		});
	}

	private Map<String, Object> preferenceV1(Map<String, @Nullable Object> subscriber, String workflowId,
			PreferenceState preference) {
		Map<String, Object> template = new LinkedHashMap<>();
		template.put("_id", preference.workflowObjectId);
		template.put("name", workflowId);
		template.put("critical", false);
		// WIRE-FORMAT §9: the triggers are objects, not the document's strings.
		template.put("triggers", List.of(Map.of("identifier", workflowId, "type", "event", "variables", List.of())));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("template", template);
		result.put("preference", preference.v1());
		return result;
	}

	// ---------------------------------------------------------------- preferences v2

	private Reply preferencesV2(Map<String, @Nullable Object> subscriber) {
		Map<String, Object> globalPreference = new LinkedHashMap<>();
		PreferenceState preference = globalOf(subscriber);
		globalPreference.put("enabled", preference.enabled);
		globalPreference.put("channels", preference.channelsMap());
		if (preference.schedule != null) {
			globalPreference.put("schedule", preference.schedule);
		}
		List<Map<String, Object>> workflowPreferences = new ArrayList<>();
		workflowsOf(subscriber).forEach((workflowId, state) -> workflowPreferences.add(workflowPreferenceV2(workflowId, state)));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("global", globalPreference);
		result.put("workflows", workflowPreferences);
		return Reply.wrapped(200, result);
	}

	private static Map<String, Object> workflowPreferenceV2(String workflowId, PreferenceState state) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("enabled", state.enabled);
		result.put("channels", state.channelsMap());
		result.put("overrides", List.of());
		result.put("workflow", Map.of("slug", workflowId, "identifier", workflowId, "name", workflowId));
		if (state.updatedAt != null) {
			result.put("updatedAt", state.updatedAt);
		}
		return result;
	}

	private Reply updateV2(NovuState.Request request, String subscriberId) {
		return withSubscriberV2(request, subscriberId, (subscriber) -> {
			JsonNode body = request.json();
			String workflowId = (body != null && body.path("workflowId").isString()) ? body.get("workflowId").asString() : null;
			// WIRE-FORMAT-CURRENT §C: no workflowId means the global preference.
			PreferenceState preference = (workflowId != null) ? workflowOf(subscriber, workflowId) : globalOf(subscriber);
			if (body != null) {
				applyChannels(preference, body.get("channels"));
				JsonNode schedule = body.get("schedule");
				if (workflowId == null && schedule != null && schedule.isObject()) {
					preference.schedule = stateJson(schedule);
				}
			}
			preference.updatedAt = NovuState.now();
			return preferencesV2(subscriber);
		});
	}

	private Reply bulkUpdateV2(NovuState.Request request, String subscriberId) {
		JsonNode body = request.json();
		JsonNode items = (body != null) ? body.get("preferences") : null;
		if (items == null || !items.isArray() || items.isEmpty() || items.size() > 100) {
			return Reply.validationError(request.path(), "preferences must contain between 1 and 100 elements");
		}
		return withSubscriberV2(request, subscriberId, (subscriber) -> {
			List<Map<String, @Nullable Object>> results = new ArrayList<>();
			for (JsonNode item : items) {
				String workflowId = item.path("workflowId").asString("");
				PreferenceState preference = workflowOf(subscriber, workflowId);
				applyChannels(preference, item.get("channels"));
				preference.updatedAt = NovuState.now();
				Map<String, @Nullable Object> result = new LinkedHashMap<>();
				result.put("level", "template");
				result.put("workflow", Map.of("id", preference.workflowObjectId, "identifier", workflowId, "name", workflowId,
						"critical", false, "tags", List.of(), "data", Map.of(), "severity", "none"));
				result.put("enabled", preference.enabled);
				result.put("channels", preference.channelsMap());
				results.add(result);
			}
			return Reply.wrapped(200, results);
		});
	}

	private static void applyChannels(PreferenceState preference, @Nullable JsonNode channels) {
		if (channels == null || !channels.isObject()) {
			return;
		}
		for (String channel : CHANNELS) {
			if (channels.path(channel).isBoolean()) {
				preference.channels.put(channel, channels.get(channel).asBoolean());
			}
		}
	}

	private static Object stateJson(JsonNode node) {
		return JSON.treeToValue(node, Object.class);
	}

	// ---------------------------------------------------------------- subscriptions

	private Reply subscriberTopics(NovuState.Request request, String subscriberId) {
		Reply invalid = NovuState.cursorProblems(request);
		if (invalid != null) {
			return invalid;
		}
		return withSubscriberV2(request, subscriberId, (subscriber) -> {
			String key = request.param("key");
			List<Map<String, @Nullable Object>> items = new ArrayList<>();
			for (NovuState.TopicState topic : this.state.topics().values()) {
				NovuState.Membership membership = topic.members.get(subscriberId);
				if (membership != null && (key == null || key.equals(topic.key))) {
					items.add(withDetails(this.state.subscription(topic, subscriberId, membership)));
				}
			}
			return Reply.of(200, NovuState.cursorPage(request, items, (s) -> (String) s.get("_id")));
		});
	}

	/** Finds the topic (404 if absent) and the subscription by identifier or id (the given answer if absent). */
	private Reply withSubscription(NovuState.Request request, String key, String identifier, Reply absent,
			java.util.function.BiFunction<NovuState.TopicState, Map.Entry<String, NovuState.Membership>, Reply> then) {
		NovuState.TopicState topic = this.state.topics().get(key);
		if (topic == null) {
			return Reply.notFound("Topic with key " + key + " not found", request.path());
		}
		for (Map.Entry<String, NovuState.Membership> entry : topic.members.entrySet()) {
			if (entry.getValue().identifier().equals(identifier) || entry.getValue().id().equals(identifier)) {
				return then.apply(topic, entry);
			}
		}
		return absent;
	}

	private Reply getSubscription(NovuState.Request request, String key, String identifier) {
		// WIRE-FORMAT-CURRENT §H.3: an absent subscription is 204 with no body.
		return withSubscription(request, key, identifier, Reply.noContent(), (topic, found) -> {
			NovuState.Membership membership = found.getValue();
			SubscriptionDetails details = this.subscriptions.get(membership.id());
			Map<String, @Nullable Object> result = new LinkedHashMap<>();
			result.put("id", membership.id());
			result.put("identifier", membership.identifier());
			if (details != null && details.name != null) {
				result.put("name", details.name);
			}
			result.put("preferences", (details != null) ? details.preferences(membership.id()) : List.of());
			result.put("contextKeys", List.of());
			return Reply.wrapped(200, result);
		});
	}

	private Reply updateSubscription(NovuState.Request request, String key, String identifier) {
		Reply absent = Reply.notFound("Subscription with identifier " + identifier + " not found", request.path());
		return withSubscription(request, key, identifier, absent, (topic, found) -> {
			NovuState.Membership membership = found.getValue();
			SubscriptionDetails details = this.subscriptions.computeIfAbsent(membership.id(), (id) -> new SubscriptionDetails());
			JsonNode body = request.json();
			if (body != null && body.path("name").isString()) {
				details.name = body.get("name").asString();
			}
			if (body != null && body.get("preferences") != null && body.get("preferences").isArray()) {
				details.rules.clear();
				for (JsonNode rule : body.get("preferences")) {
					if (rule.isString()) {
						details.rules.put(rule.asString(), true);
					}
					else if (rule.path("workflowId").isString()) {
						details.rules.put(rule.get("workflowId").asString(), rule.path("enabled").asBoolean(true));
					}
				}
			}
			details.updatedAt = NovuState.now();
			return Reply.wrapped(200, withDetails(this.state.subscription(topic, found.getKey(), membership)));
		});
	}

	private Map<String, @Nullable Object> withDetails(Map<String, @Nullable Object> subscription) {
		SubscriptionDetails details = this.subscriptions.get((String) subscription.get("_id"));
		if (details != null) {
			if (details.name != null) {
				subscription.put("name", details.name);
			}
			subscription.put("preferences", details.preferences((String) subscription.get("_id")));
			subscription.put("updatedAt", details.updatedAt);
		}
		return subscription;
	}

	// ---------------------------------------------------------------- helpers

	private Reply withSubscriberV1(NovuState.Request request, String subscriberId,
			java.util.function.Function<Map<String, @Nullable Object>, Reply> then) {
		Map<String, @Nullable Object> subscriber = this.state.subscribers().get(subscriberId);
		return (subscriber != null) ? then.apply(subscriber)
				: Reply.notFound("Subscriber '" + subscriberId + "' was not found", request.path());
	}

	private Reply withSubscriberV2(NovuState.Request request, String subscriberId,
			java.util.function.Function<Map<String, @Nullable Object>, Reply> then) {
		Map<String, @Nullable Object> subscriber = this.state.subscribers().get(subscriberId);
		return (subscriber != null) ? then.apply(subscriber)
				: Reply.notFound("Subscriber: " + subscriberId + " was not found", request.path());
	}

	private PreferenceState globalOf(Map<String, @Nullable Object> subscriber) {
		return this.global.computeIfAbsent(subscriber.get("_id"), (id) -> new PreferenceState());
	}

	private Map<String, PreferenceState> workflowsOf(Map<String, @Nullable Object> subscriber) {
		return this.workflows.computeIfAbsent(subscriber.get("_id"), (id) -> new LinkedHashMap<>());
	}

	private PreferenceState workflowOf(Map<String, @Nullable Object> subscriber, String workflowId) {
		return workflowsOf(subscriber).computeIfAbsent(workflowId, (id) -> new PreferenceState());
	}

	/** A preference: enabled, per channel on or off (every channel on until changed). */
	private static final class PreferenceState {

		final String workflowObjectId = NovuState.objectId();

		boolean enabled = true;

		final Map<String, Boolean> channels = new LinkedHashMap<>();

		@Nullable Object schedule;

		@Nullable String updatedAt;

		PreferenceState() {
			CHANNELS.forEach((channel) -> this.channels.put(channel, true));
		}

		Map<String, Boolean> channelsMap() {
			return new LinkedHashMap<>(this.channels);
		}

		Map<String, Object> v1() {
			return Map.of("enabled", this.enabled, "channels", channelsMap());
		}

	}

	/** A topic subscription's name and per-workflow rules. */
	private static final class SubscriptionDetails {

		@Nullable String name;

		final Map<String, Boolean> rules = new LinkedHashMap<>();

		String updatedAt = NovuState.now();

		List<Map<String, Object>> preferences(String subscriptionId) {
			List<Map<String, Object>> list = new ArrayList<>();
			this.rules.forEach((workflowId, enabled) -> list.add(Map.of("subscriptionId", subscriptionId, "enabled", enabled,
					"workflow", Map.of("id", workflowId, "identifier", workflowId, "name", workflowId, "critical", false,
							"tags", List.of(), "data", Map.of(), "severity", "none"))));
			return list;
		}

	}

}
