package io.github.novu4j.test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The in-memory Novu behind {@link LocalNovu}: the routes it serves and the state they share (subscribers,
 * topics and their members, notifications, in-app messages). Every method is called under the state's lock.
 */
final class NovuState {

	private static final AtomicLong OBJECT_ID_COUNTER = new AtomicLong(ThreadLocalRandom.current().nextLong(1L << 40));

	private final JsonMapper json;

	private final Map<String, Object> environment = new LinkedHashMap<>();

	private final List<Route> routes = new ArrayList<>();

	private final Map<String, Map<String, @Nullable Object>> subscribers = new LinkedHashMap<>();

	private final Map<String, TopicState> topics = new LinkedHashMap<>();

	private final List<NotificationState> notifications = new ArrayList<>();

	private final List<Map<String, @Nullable Object>> messages = new ArrayList<>();

	private final Set<String> delayedWorkflows = new LinkedHashSet<>();

	private final Consumer<Trigger> onTrigger;

	private final BridgeWorker bridge;
	private final List<Runnable> resetHooks = new ArrayList<>();
	/** What the route classes of other areas add to each new in-app message (e.g. a stored workflow's content). */
	private final List<Consumer<Map<String, @Nullable Object>>> messageHooks = new ArrayList<>();

	NovuState(JsonMapper json, Consumer<Trigger> onTrigger) {
		this.json = json;
		this.onTrigger = onTrigger;
		this.bridge = new BridgeWorker(json, this);
		this.environment.put("_id", objectId());
		this.environment.put("name", "Local Novu");
		this.environment.put("_organizationId", objectId());
		this.environment.put("identifier", "local-" + objectId().substring(16));
		this.environment.put("_parentId", objectId());
		routes();
	}

	Map<String, Object> environment() {
		return this.environment;
	}

	/** @param hook what a route class forgets on {@link #reset()} */
	void onReset(Runnable hook) {
		this.resetHooks.add(hook);
	}

	/** @return the stored subscribers by id, as the routes change them */
	Map<String, Map<String, @Nullable Object>> subscribers() {
		return this.subscribers;
	}

	/** @return the stored topics by key */
	Map<String, TopicState> topics() {
		return this.topics;
	}

	void reset() {
		this.resetHooks.forEach(Runnable::run);
		this.subscribers.clear();
		this.topics.clear();
		this.notifications.clear();
		this.messages.clear();
		this.delayedWorkflows.clear();
		this.bridge.reset();
	}

	/** @return the worker that syncs a Framework bridge and runs its code-first workflows */
	BridgeWorker bridge() {
		return this.bridge;
	}

	/** @param hook called with each new in-app message before it is stored; it may fill in fields */
	void onMessage(Consumer<Map<String, @Nullable Object>> hook) {
		this.messageHooks.add(hook);
	}

	/** @return the notifications (one per trigger and recipient), oldest first; the live list */
	List<NotificationState> notifications() {
		return this.notifications;
	}

	/** @return the in-app messages, oldest first; the live list, as the v1 feed serves them */
	List<Map<String, @Nullable Object>> messages() {
		return this.messages;
	}

	void delayWorkflow(String workflow) {
		this.delayedWorkflows.add(workflow);
	}

	int releaseDelayed() {
		int released = 0;
		for (NotificationState notification : this.notifications) {
			if (notification.pending && !notification.cancelled) {
				notification.pending = false;
				createMessage(notification);
				released++;
			}
		}
		return released;
	}

	@Nullable Map<String, @Nullable Object> subscriber(String subscriberId) {
		Map<String, @Nullable Object> subscriber = this.subscribers.get(subscriberId);
		return (subscriber != null) ? Map.copyOf(withoutNulls(subscriber)) : null;
	}

	@Nullable Map<String, Object> topic(String key) {
		TopicState topic = this.topics.get(key);
		return (topic != null) ? Map.copyOf(withoutNulls(topicV1(topic))) : null;
	}

	List<Map<String, Object>> messagesOf(String subscriberId) {
		List<Map<String, Object>> found = new ArrayList<>();
		for (Map<String, @Nullable Object> message : this.messages) {
			if (subscriberId.equals(message.get("subscriberId"))) {
				found.add(Map.copyOf(withoutNulls(message)));
			}
		}
		return found;
	}

	/** @return the route's answer, or {@code null} when no route matches */
	@Nullable Reply answer(Request request) {
		for (Route route : this.routes) {
			if (!route.method().equals(request.method())) {
				continue;
			}
			Matcher matcher = route.path().matcher(request.path());
			if (matcher.matches()) {
				List<String> variables = new ArrayList<>();
				for (int i = 1; i <= matcher.groupCount(); i++) {
					variables.add(URLDecoder.decode(matcher.group(i).replace("+", "%2B"), StandardCharsets.UTF_8));
				}
				return route.handler().handle(request, variables);
			}
		}
		return null;
	}

	void route(String method, String template, Handler handler) {
		String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E([^/]+)\\\\Q");
		this.routes.add(new Route(method, Pattern.compile(regex), handler));
	}

	private void routes() {
		route("GET", "/v1/environments/me", (r, v) -> Reply.wrapped(200, this.environment));
		route("POST", "/v1/events/trigger", (r, v) -> trigger(r, false));
		route("POST", "/v1/events/trigger/broadcast", (r, v) -> trigger(r, true));
		route("POST", "/v1/events/trigger/bulk", (r, v) -> triggerBulk(r));
		route("DELETE", "/v1/events/trigger/{transactionId}", (r, v) -> Reply.wrapped(200, cancel(v.get(0))));
		route("POST", "/v1/bridge/sync", (r, v) -> this.bridge.syncRoute(r));
		// Subscribers, v1.
		route("GET", "/v1/subscribers", (r, v) -> listSubscribers(r));
		route("POST", "/v1/subscribers", (r, v) -> createSubscriberV1(r));
		route("POST", "/v1/subscribers/bulk", (r, v) -> createSubscribersBulk(r));
		route("GET", "/v1/subscribers/{subscriberId}", (r, v) -> retrieveSubscriber(r, v.get(0),
				"Subscriber '" + v.get(0) + "' was not found"));
		route("PUT", "/v1/subscribers/{subscriberId}", (r, v) -> updateSubscriberV1(r, v.get(0)));
		route("DELETE", "/v1/subscribers/{subscriberId}", (r, v) -> deleteSubscriber(r, v.get(0), false));
		route("GET", "/v1/subscribers/{subscriberId}/notifications/feed", (r, v) -> feed(r, v.get(0)));
		route("GET", "/v1/subscribers/{subscriberId}/notifications/unseen", (r, v) -> unseen(r, v.get(0)));
		route("POST", "/v1/subscribers/{subscriberId}/messages/mark-as", (r, v) -> markAs(r, v.get(0)));
		route("POST", "/v1/subscribers/{subscriberId}/messages/mark-all", (r, v) -> markAll(r, v.get(0)));
		route("POST", "/v1/subscribers/{subscriberId}/messages/{messageId}/actions/{type}",
				(r, v) -> messageAction(r, v.get(0), v.get(1), v.get(2)));
		// Subscribers, v2.
		route("GET", "/v2/subscribers", (r, v) -> searchSubscribers(r));
		route("POST", "/v2/subscribers", (r, v) -> createSubscriberV2(r));
		route("GET", "/v2/subscribers/{subscriberId}", (r, v) -> retrieveSubscriber(r, v.get(0),
				"Subscriber: " + v.get(0) + " was not found"));
		route("PATCH", "/v2/subscribers/{subscriberId}", (r, v) -> patchSubscriber(r, v.get(0)));
		route("DELETE", "/v2/subscribers/{subscriberId}", (r, v) -> deleteSubscriber(r, v.get(0), true));
		// Topics, v1.
		route("GET", "/v1/topics", (r, v) -> listTopicsV1(r));
		route("POST", "/v1/topics", (r, v) -> createTopic(r, false));
		route("GET", "/v1/topics/{topicKey}", (r, v) -> withTopic(r, v.get(0), (t) -> Reply.wrapped(200, topicV1(t))));
		route("PATCH", "/v1/topics/{topicKey}", (r, v) -> renameTopic(r, v.get(0), true));
		route("DELETE", "/v1/topics/{topicKey}", (r, v) -> deleteTopic(r, v.get(0), false));
		route("POST", "/v1/topics/{topicKey}/subscribers", (r, v) -> assign(r, v.get(0)));
		route("POST", "/v1/topics/{topicKey}/subscribers/removal", (r, v) -> removal(r, v.get(0)));
		route("GET", "/v1/topics/{topicKey}/subscribers/{externalSubscriberId}",
				(r, v) -> membership(r, v.get(0), v.get(1)));
		// Topics, v2.
		route("GET", "/v2/topics", (r, v) -> listTopicsV2(r));
		route("POST", "/v2/topics", (r, v) -> createTopic(r, true));
		route("GET", "/v2/topics/{topicKey}", (r, v) -> withTopic(r, v.get(0), (t) -> Reply.wrapped(200, topicV2(t))));
		route("PATCH", "/v2/topics/{topicKey}", (r, v) -> renameTopic(r, v.get(0), false));
		route("DELETE", "/v2/topics/{topicKey}", (r, v) -> deleteTopic(r, v.get(0), true));
		route("GET", "/v2/topics/{topicKey}/subscriptions", (r, v) -> listSubscriptions(r, v.get(0)));
		route("POST", "/v2/topics/{topicKey}/subscriptions", (r, v) -> subscriptions(r, v.get(0), true));
		route("DELETE", "/v2/topics/{topicKey}/subscriptions", (r, v) -> subscriptions(r, v.get(0), false));
		SubscriberDetailsRoutes.register(this);
		new EnvironmentRoutes(this).register();
		IntegrationRoutes integrations = new IntegrationRoutes(this);
		integrations.register();
		new ChannelRoutes(this, integrations).register();
		new AgentRoutes(this, integrations).register();
		new EmailDomainRoutes(this).register();
		new WorkflowGroupRoutes(this).register();
		// Other areas, one class each.
		WorkflowRoutes workflows = WorkflowRoutes.register(this);
		NotificationRoutes.register(this, workflows);
		InboxRoutes.register(this);
		LayoutRoutes layouts = LayoutRoutes.register(this, workflows);
		ContextRoutes.register(this);
		TranslationRoutes.register(this, workflows, layouts);
		EnvironmentSyncRoutes.register(this, workflows);
	}

	// ---------------------------------------------------------------- triggers

	private Reply trigger(Request request, boolean broadcast) {
		JsonNode body = request.json();
		List<String> problems = eventProblems(body, broadcast);
		if (!problems.isEmpty()) {
			return Reply.badRequest(request.path(), problems.toArray(String[]::new));
		}
		List<String> context = ServerRules.contextProblems(body);
		if (!context.isEmpty()) {
			return Reply.validationError(request.path(), context.toArray(String[]::new));
		}
		return Reply.wrapped(201, accept(body, request, broadcast));
	}

	private Reply triggerBulk(Request request) {
		JsonNode body = request.json();
		JsonNode events = (body != null) ? body.get("events") : null;
		if (events == null || !events.isArray() || events.isEmpty() || events.size() > 100) {
			return Reply.badRequest(request.path(), "events must contain between 1 and 100 elements");
		}
		for (JsonNode event : events) {
			List<String> problems = eventProblems(event, false);
			if (!problems.isEmpty()) {
				return Reply.badRequest(request.path(), problems.toArray(String[]::new));
			}
			List<String> context = ServerRules.contextProblems(event);
			if (!context.isEmpty()) {
				return Reply.validationError(request.path(), context.toArray(String[]::new));
			}
		}
		List<Map<String, @Nullable Object>> results = new ArrayList<>();
		for (JsonNode event : events) {
			if (event.get("payload") == null || !event.get("payload").isObject()) {
				// WIRE-FORMAT §5: a bulk event without payload fails on its own, the others go through.
				Map<String, @Nullable Object> failed = new LinkedHashMap<>();
				failed.put("acknowledged", true);
				failed.put("status", "error");
				failed.put("error", List.of("payload is required for bulk trigger events"));
				failed.put("transactionId", transactionId(event));
				results.add(failed);
			}
			else {
				results.add(accept(event, request, false));
			}
		}
		return Reply.wrapped(201, results);
	}

	private static List<String> eventProblems(@Nullable JsonNode event, boolean broadcast) {
		if (event == null || !event.isObject()) {
			return List.of("body must be a JSON object");
		}
		List<String> problems = new ArrayList<>();
		JsonNode name = event.get("name");
		if (name == null || !name.isString() || name.asString().isBlank()) {
			problems.add("name should not be empty");
			problems.add("name must be a string");
		}
		JsonNode payload = event.get("payload");
		if (broadcast && (payload == null || !payload.isObject())) {
			problems.add("payload must be an object");
		}
		if (!broadcast) {
			JsonNode to = event.get("to");
			if (to == null || to.isNull() || (to.isArray() && to.isEmpty())) {
				problems.add("to should not be empty");
			}
		}
		return problems;
	}

	private Map<String, @Nullable Object> accept(JsonNode event, Request request, boolean broadcast) {
		String transactionId = transactionId(event);
		String workflow = event.get("name").asString();
		List<Object> to = new ArrayList<>();
		JsonNode toNode = event.get("to");
		if (toNode != null && !toNode.isNull()) {
			for (JsonNode recipient : toNode.isArray() ? toNode : List.of(toNode)) {
				to.add(this.json.treeToValue(recipient, Object.class));
			}
		}
		Set<String> recipients = broadcast ? new LinkedHashSet<>(this.subscribers.keySet()) : recipients(toNode);
		Map<String, @Nullable Object> payload = toMap(event.get("payload"));
		boolean delayed = this.delayedWorkflows.contains(workflow);
		for (String subscriberId : recipients) {
			NotificationState notification = new NotificationState(objectId(), transactionId, workflow, subscriberId,
					payload, now(), delayed);
			this.notifications.add(notification);
			if (!delayed && !this.bridge.enqueue(workflow, notification.id, transactionId, subscriberId,
					this.subscribers.get(subscriberId), payload)) {
				createMessage(notification);
			}
		}
		this.onTrigger.accept(new Trigger(workflow, to, List.copyOf(recipients), payload, transactionId, broadcast,
				request.received(), ServerRules.contextIds(event)));
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		result.put("acknowledged", true);
		result.put("status", "processed");
		result.put("transactionId", transactionId);
		return result;
	}

	/** Expands the recipients: subscriber ids and objects (upserted, as Novu does), topics minus {@code exclude}. */
	private Set<String> recipients(@Nullable JsonNode to) {
		Set<String> ids = new LinkedHashSet<>();
		if (to == null || to.isNull()) {
			return ids;
		}
		for (JsonNode recipient : to.isArray() ? to : List.of(to)) {
			if (recipient.isString()) {
				upsert(recipient.asString(), null);
				ids.add(recipient.asString());
			}
			else if (recipient.isObject() && "Topic".equals(recipient.path("type").asString(""))) {
				TopicState topic = this.topics.get(recipient.path("topicKey").asString(""));
				Set<String> exclude = new LinkedHashSet<>();
				recipient.path("exclude").forEach((id) -> exclude.add(id.asString()));
				if (topic != null) {
					topic.members.keySet().stream().filter((id) -> !exclude.contains(id)).forEach(ids::add);
				}
			}
			else if (recipient.isObject() && recipient.path("subscriberId").isString()) {
				String subscriberId = recipient.get("subscriberId").asString();
				upsert(subscriberId, recipient);
				ids.add(subscriberId);
			}
		}
		return ids;
	}

	private void createMessage(NotificationState notification) {
		Map<String, @Nullable Object> subscriber = this.subscribers.get(notification.subscriberId);
		Map<String, @Nullable Object> message = new LinkedHashMap<>();
		message.put("_id", objectId());
		message.put("_templateId", objectId());
		message.put("_environmentId", this.environment.get("_id"));
		message.put("_organizationId", this.environment.get("_organizationId"));
		message.put("_notificationId", notification.id);
		message.put("_subscriberId", (subscriber != null) ? subscriber.get("_id") : null);
		message.put("subscriberId", notification.subscriberId);
		message.put("templateIdentifier", notification.workflow);
		message.put("transactionId", notification.transactionId);
		message.put("channel", "in_app");
		message.put("content", notification.workflow);
		message.put("cta", Map.of("type", "redirect", "data", Map.of()));
		message.put("read", false);
		message.put("seen", false);
		message.put("status", "sent");
		message.put("payload", notification.payload);
		message.put("deleted", false);
		message.put("createdAt", notification.createdAt);
		message.put("updatedAt", notification.createdAt);
		this.messageHooks.forEach((hook) -> hook.accept(message));
		this.messages.add(message);
	}

	/**
	 * The in-app message of a code-first workflow's step, with what the bridge rendered (BridgeWorker); none when
	 * the notification was cancelled or forgotten meanwhile.
	 */
	void bridgeInAppMessage(String notificationId, Map<String, @Nullable Object> outputs) {
		for (NotificationState notification : this.notifications) {
			if (notification.id.equals(notificationId) && !notification.cancelled) {
				createMessage(notification);
				Map<String, @Nullable Object> message = this.messages.get(this.messages.size() - 1);
				message.put("content", outputs.getOrDefault("body", ""));
				for (String field : List.of("subject", "avatar", "data")) {
					if (outputs.get(field) != null) {
						message.put(field, outputs.get(field));
					}
				}
				if (outputs.get("redirect") instanceof Map<?, ?> redirect) {
					message.put("cta", Map.of("type", "redirect", "data", redirect));
				}
				return;
			}
		}
	}

	private boolean cancel(String transactionId) {
		boolean cancelled = false;
		for (NotificationState notification : this.notifications) {
			if (notification.transactionId.equals(transactionId) && notification.pending && !notification.cancelled) {
				notification.cancelled = true;
				cancelled = true;
			}
		}
		return cancelled;
	}

	private static String transactionId(JsonNode event) {
		JsonNode given = event.get("transactionId");
		return (given != null && given.isString() && !given.asString().isBlank()) ? given.asString()
				: UUID.randomUUID().toString();
	}

	// ---------------------------------------------------------------- feed and messages

	private Reply feed(Request request, String subscriberId) {
		Reply invalid = pageProblems(request, "limit", 100);
		if (invalid != null) {
			return invalid;
		}
		int page = request.intParam("page", 0);
		int limit = request.intParam("limit", 10);
		List<Map<String, @Nullable Object>> feed = new ArrayList<>();
		String read = request.param("read");
		String seen = request.param("seen");
		for (int i = this.messages.size() - 1; i >= 0; i--) {
			Map<String, @Nullable Object> message = this.messages.get(i);
			if (subscriberId.equals(message.get("subscriberId"))
					&& (read == null || read.equals(String.valueOf(message.get("read"))))
					&& (seen == null || seen.equals(String.valueOf(message.get("seen"))))) {
				feed.add(message);
			}
		}
		List<Map<String, @Nullable Object>> slice = slice(feed, page, limit);
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("data", slice.stream().map(this::feedItem).toList());
		// WIRE-FORMAT §3: totalCount is capped at the page size, not a real total.
		body.put("totalCount", Math.min(feed.size() - Math.min(feed.size(), page * limit), limit));
		body.put("hasMore", feed.size() > (page + 1) * limit);
		body.put("pageSize", limit);
		body.put("page", page);
		return Reply.of(200, body);
	}

	Map<String, @Nullable Object> feedItem(Map<String, @Nullable Object> message) {
		Map<String, @Nullable Object> item = new LinkedHashMap<>(message);
		item.remove("subscriberId");
		Map<String, @Nullable Object> subscriber = this.subscribers.get((String) message.get("subscriberId"));
		if (subscriber != null) {
			Map<String, @Nullable Object> populated = new LinkedHashMap<>();
			populated.put("_id", subscriber.get("_id"));
			populated.put("subscriberId", subscriber.get("subscriberId"));
			for (String field : List.of("firstName", "lastName", "email", "phone", "avatar")) {
				if (subscriber.get(field) != null) {
					populated.put(field, subscriber.get(field));
				}
			}
			item.put("subscriber", populated);
		}
		return item;
	}

	private Reply unseen(Request request, String subscriberId) {
		String seenParam = request.param("seen");
		boolean seen = "true".equals(seenParam);
		long count = this.messages.stream()
			.filter((m) -> subscriberId.equals(m.get("subscriberId")) && Boolean.valueOf(seen).equals(m.get("seen")))
			.count();
		return Reply.wrapped(200, Map.of("count", count));
	}

	private Reply markAs(Request request, String subscriberId) {
		JsonNode body = request.json();
		JsonNode ids = (body != null) ? body.get("messageId") : null;
		String markAs = (body != null) ? body.path("markAs").asString("") : "";
		if (ids == null || ids.isNull() || (ids.isArray() && ids.isEmpty()) || !isMarkAs(markAs)) {
			return Reply.badRequest(request.path(), "messageId should not be empty",
					"markAs must be one of the following values: read, seen, unread, unseen");
		}
		Set<String> wanted = new LinkedHashSet<>();
		for (JsonNode id : ids.isArray() ? ids : List.of(ids)) {
			wanted.add(id.asString());
		}
		List<Map<String, @Nullable Object>> marked = new ArrayList<>();
		for (Map<String, @Nullable Object> message : this.messages) {
			if (subscriberId.equals(message.get("subscriberId")) && wanted.contains(message.get("_id"))) {
				mark(message, markAs);
				marked.add(feedItem(message));
			}
		}
		return Reply.wrapped(201, marked);
	}

	private Reply markAll(Request request, String subscriberId) {
		JsonNode body = request.json();
		String markAs = (body != null) ? body.path("markAs").asString("") : "";
		if (!isMarkAs(markAs)) {
			return Reply.badRequest(request.path(), "markAs must be one of the following values: read, seen, unread, unseen");
		}
		int count = 0;
		for (Map<String, @Nullable Object> message : this.messages) {
			if (subscriberId.equals(message.get("subscriberId"))) {
				mark(message, markAs);
				count++;
			}
		}
		return Reply.wrapped(201, count);
	}

	/** Records what the subscriber did with a button: {@code cta.action.status} and {@code cta.action.result}. */
	private Reply messageAction(Request request, String subscriberId, String messageId, String type) {
		JsonNode body = request.json();
		String status = (body != null) ? body.path("status").asString("") : "";
		if (!List.of("primary", "secondary").contains(type) || !List.of("pending", "done").contains(status)) {
			return Reply.badRequest(request.path(), "type must be one of the following values: primary, secondary",
					"status must be one of the following values: pending, done");
		}
		for (Map<String, @Nullable Object> message : this.messages) {
			if (subscriberId.equals(message.get("subscriberId")) && messageId.equals(message.get("_id"))) {
				Map<String, @Nullable Object> cta = new LinkedHashMap<>();
				if (message.get("cta") instanceof Map<?, ?> existing) {
					existing.forEach((key, value) -> cta.put(String.valueOf(key), value));
				}
				Map<String, @Nullable Object> result = new LinkedHashMap<>();
				result.put("type", type);
				JsonNode payload = body.get("payload");
				result.put("payload", (payload != null && payload.isObject()) ? this.json.treeToValue(payload, Map.class)
						: Map.of());
				cta.put("action", Map.of("status", status, "result", result));
				message.put("cta", cta);
				message.put("updatedAt", now());
				return Reply.wrapped(201, feedItem(message));
			}
		}
		return Reply.notFound("Message with id " + messageId + " not found", request.path());
	}

	private static boolean isMarkAs(String markAs) {
		return List.of("read", "seen", "unread", "unseen").contains(markAs);
	}

	static void mark(Map<String, @Nullable Object> message, String markAs) {
		String now = now();
		switch (markAs) {
			case "read" -> {
				// Reading a message also sees it.
				message.put("read", true);
				message.put("seen", true);
				message.put("lastReadDate", now);
				message.put("lastSeenDate", now);
			}
			case "seen" -> {
				message.put("seen", true);
				message.put("lastSeenDate", now);
			}
			case "unread" -> message.put("read", false);
			default -> message.put("seen", false);
		}
		message.put("updatedAt", now);
	}

	// ---------------------------------------------------------------- subscribers

	private Reply listSubscribers(Request request) {
		Reply invalid = pageProblems(request, "limit", 100);
		if (invalid != null) {
			return invalid;
		}
		int page = request.intParam("page", 0);
		int limit = request.intParam("limit", 10);
		List<Map<String, @Nullable Object>> all = new ArrayList<>(this.subscribers.values());
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("page", page);
		body.put("hasMore", all.size() > (page + 1) * limit);
		body.put("pageSize", limit);
		body.put("data", slice(all, page, limit));
		return Reply.of(200, body);
	}

	private Reply createSubscriberV1(Request request) {
		JsonNode body = request.json();
		if (body == null || !body.path("subscriberId").isString() || body.get("subscriberId").asString().isBlank()) {
			return Reply.badRequest(request.path(), "subscriberId should not be empty");
		}
		// WIRE-FORMAT §3: an upsert, never 409.
		return Reply.wrapped(201, upsert(body.get("subscriberId").asString(), body));
	}

	private Reply createSubscribersBulk(Request request) {
		JsonNode body = request.json();
		JsonNode items = (body != null) ? body.get("subscribers") : null;
		if (items == null || !items.isArray() || items.isEmpty() || items.size() > 500) {
			return Reply.badRequest(request.path(), "subscribers must contain between 1 and 500 elements");
		}
		List<Map<String, String>> created = new ArrayList<>();
		List<Map<String, String>> updated = new ArrayList<>();
		List<Map<String, String>> failed = new ArrayList<>();
		for (JsonNode item : items) {
			String subscriberId = item.path("subscriberId").asString("");
			if (subscriberId.isBlank()) {
				failed.add(Map.of("message", "subscriberId should not be empty", "subscriberId", subscriberId));
				continue;
			}
			(this.subscribers.containsKey(subscriberId) ? updated : created).add(Map.of("subscriberId", subscriberId));
			upsert(subscriberId, item);
		}
		return Reply.wrapped(201, Map.of("created", created, "updated", updated, "failed", failed));
	}

	private Reply createSubscriberV2(Request request) {
		JsonNode body = request.json();
		if (body == null || !body.path("subscriberId").isString() || body.get("subscriberId").asString().isBlank()) {
			return Reply.validationError(request.path(), "subscriberId should not be empty");
		}
		String subscriberId = body.get("subscriberId").asString();
		if ("true".equals(request.param("failIfExists")) && this.subscribers.containsKey(subscriberId)) {
			return Reply.error(409, "Conflict", "Subscriber with subscriberId: " + subscriberId + " already exists",
					request.path());
		}
		return Reply.wrapped(201, upsert(subscriberId, body));
	}

	private Reply retrieveSubscriber(Request request, String subscriberId, String notFound) {
		Map<String, @Nullable Object> subscriber = this.subscribers.get(subscriberId);
		return (subscriber != null) ? Reply.wrapped(200, subscriber) : Reply.notFound(notFound, request.path());
	}

	private Reply updateSubscriberV1(Request request, String subscriberId) {
		if (!this.subscribers.containsKey(subscriberId)) {
			// WIRE-FORMAT §3: updating an unknown subscriber is a 400.
			return Reply.error(400, "Bad Request", "Subscriber with id " + subscriberId + " not found", request.path());
		}
		return Reply.wrapped(200, upsert(subscriberId, request.json()));
	}

	private Reply patchSubscriber(Request request, String subscriberId) {
		if (!this.subscribers.containsKey(subscriberId)) {
			return Reply.notFound("Subscriber " + subscriberId + " was not found", request.path());
		}
		return Reply.wrapped(200, upsert(subscriberId, request.json()));
	}

	private Reply deleteSubscriber(Request request, String subscriberId, boolean v2) {
		if (this.subscribers.remove(subscriberId) == null) {
			if (v2) {
				// WIRE-FORMAT-CURRENT §E: built from an object, so no "error" key, the id at top level.
				return Reply.error(404, null, "Subscriber was not found", request.path())
					.with("externalSubscriberId", subscriberId);
			}
			return Reply.notFound("Subscriber '" + subscriberId + "' was not found", request.path());
		}
		this.topics.values().forEach((topic) -> topic.members.remove(subscriberId));
		this.messages.removeIf((message) -> subscriberId.equals(message.get("subscriberId")));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("acknowledged", true);
		result.put("status", "deleted");
		return Reply.wrapped(200, result);
	}

	private Reply searchSubscribers(Request request) {
		Reply invalid = cursorProblems(request);
		if (invalid != null) {
			return invalid;
		}
		List<Map<String, @Nullable Object>> matching = new ArrayList<>();
		for (Map<String, @Nullable Object> subscriber : this.subscribers.values()) {
			if (matches(request.param("subscriberId"), subscriber.get("subscriberId"))
					&& matches(request.param("email"), subscriber.get("email"))
					&& matches(request.param("phone"), subscriber.get("phone"))
					&& (request.param("name") == null || matches(request.param("name"),
							subscriber.get("firstName") + " " + subscriber.get("lastName")))) {
				matching.add(subscriber);
			}
		}
		return Reply.of(200, cursorPage(request, matching, (s) -> (String) s.get("_id")));
	}

	private static boolean matches(@Nullable String filter, @Nullable Object value) {
		return filter == null || (value != null && value.toString().toLowerCase(Locale.ROOT)
			.contains(filter.toLowerCase(Locale.ROOT)));
	}

	/** Creates or updates a subscriber with the fields given; {@code null} fields are not touched. */
	private Map<String, @Nullable Object> upsert(String subscriberId, @Nullable JsonNode fields) {
		String now = now();
		Map<String, @Nullable Object> subscriber = this.subscribers.computeIfAbsent(subscriberId, (id) -> {
			Map<String, @Nullable Object> created = new LinkedHashMap<>();
			created.put("_id", objectId());
			created.put("subscriberId", id);
			created.put("_organizationId", this.environment.get("_organizationId"));
			created.put("_environmentId", this.environment.get("_id"));
			created.put("channels", new ArrayList<>());
			created.put("isOnline", false);
			created.put("deleted", false);
			created.put("createdAt", now);
			created.put("__v", 0);
			return created;
		});
		if (fields != null && fields.isObject()) {
			for (String field : List.of("firstName", "lastName", "email", "phone", "avatar", "locale", "timezone")) {
				JsonNode value = fields.get(field);
				if (value != null) {
					subscriber.put(field, value.isNull() ? null : value.asString());
				}
			}
			JsonNode data = fields.get("data");
			if (data != null) {
				subscriber.put("data", data.isNull() ? null : toMap(data));
			}
		}
		subscriber.put("updatedAt", now);
		return subscriber;
	}

	// ---------------------------------------------------------------- topics

	private Reply createTopic(Request request, boolean v2) {
		JsonNode body = request.json();
		String key = (body != null) ? body.path("key").asString("") : "";
		if (key.isBlank()) {
			return v2 ? Reply.validationError(request.path(), "key should not be empty")
					: Reply.badRequest(request.path(), "key should not be empty");
		}
		Reply badKey = ServerRules.topicKeyProblem(key, request.path());
		if (badKey != null) {
			return badKey;
		}
		String name = (body.get("name") != null && body.get("name").isString()) ? body.get("name").asString() : null;
		TopicState topic = this.topics.get(key);
		if (topic != null && (!v2 || "true".equals(request.param("failIfExists")))) {
			return Reply.error(409, "Conflict", "Topic with key \"" + key + "\" already exists", request.path());
		}
		if (topic == null) {
			topic = new TopicState(objectId(), key, name, now());
			this.topics.put(key, topic);
		}
		else if (name != null) {
			topic.name = name;
			topic.updatedAt = now();
		}
		if (v2) {
			// WIRE-FORMAT-CURRENT §C: always 201, on an update too.
			return Reply.wrapped(201, topicV2(topic));
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("_id", topic.id);
		result.put("key", topic.key);
		return Reply.wrapped(201, result);
	}

	private Reply withTopic(Request request, String key, java.util.function.Function<TopicState, Reply> then) {
		TopicState topic = this.topics.get(key);
		return (topic != null) ? then.apply(topic) : Reply.notFound("Topic with key " + key + " not found", request.path());
	}

	private Reply renameTopic(Request request, String key, boolean v1) {
		return withTopic(request, key, (topic) -> {
			JsonNode body = request.json();
			if (body == null || !body.path("name").isString()) {
				return v1 ? Reply.badRequest(request.path(), "name must be a string")
						: Reply.validationError(request.path(), "name must be a string");
			}
			topic.name = body.get("name").asString();
			topic.updatedAt = now();
			return Reply.wrapped(200, v1 ? topicV1(topic) : topicV2(topic));
		});
	}

	private Reply deleteTopic(Request request, String key, boolean v2) {
		return withTopic(request, key, (topic) -> {
			if (!v2 && !topic.members.isEmpty()) {
				return Reply.error(409, "Conflict", "Topic with key " + key
						+ " can't be deleted as it still has subscribers assigned", request.path());
			}
			this.topics.remove(key);
			return v2 ? Reply.wrapped(200, Map.of("acknowledged", true, "status", "deleted")) : Reply.noContent();
		});
	}

	private Reply listTopicsV1(Request request) {
		// WIRE-FORMAT §4: at most 10 per page, 400 above.
		Reply invalid = pageProblems(request, "pageSize", 10);
		if (invalid != null) {
			return invalid;
		}
		int page = request.intParam("page", 0);
		int pageSize = request.intParam("pageSize", 10);
		String key = request.param("key");
		List<Map<String, @Nullable Object>> all = this.topics.values()
			.stream()
			.filter((t) -> key == null || t.key.equals(key))
			.map(this::topicV1)
			.toList();
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("page", page);
		body.put("totalCount", all.size());
		body.put("pageSize", pageSize);
		body.put("data", slice(all, page, pageSize));
		return Reply.of(200, body);
	}

	private Reply listTopicsV2(Request request) {
		Reply invalid = cursorProblems(request);
		if (invalid != null) {
			return invalid;
		}
		String key = request.param("key");
		String name = request.param("name");
		List<Map<String, @Nullable Object>> matching = this.topics.values()
			.stream()
			.filter((t) -> key == null || t.key.equals(key))
			.filter((t) -> matches(name, t.name))
			.map(this::topicV2)
			.toList();
		return Reply.of(200, cursorPage(request, matching, (t) -> (String) t.get("_id")));
	}

	private Reply assign(Request request, String key) {
		List<String> ids = idList(request.json(), "subscribers");
		if (ids.isEmpty()) {
			return Reply.badRequest(request.path(), "subscribers should not be empty");
		}
		// WIRE-FORMAT §3: assigning creates the topic if it is missing.
		Reply badKey = ServerRules.topicKeyProblem(key, request.path());
		if (badKey != null && !this.topics.containsKey(key)) {
			return badKey;
		}
		TopicState topic = this.topics.computeIfAbsent(key, (k) -> new TopicState(objectId(), k, null, now()));
		List<String> succeeded = new ArrayList<>();
		List<String> notFound = new ArrayList<>();
		for (String id : ids) {
			if (this.subscribers.containsKey(id)) {
				topic.members.computeIfAbsent(id, (s) -> new Membership(objectId(), "tk_" + key + ":si_" + s, now()));
				succeeded.add(id);
			}
			else {
				notFound.add(id);
			}
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("succeeded", succeeded);
		if (!notFound.isEmpty()) {
			result.put("failed", Map.of("notFound", notFound));
		}
		return Reply.wrapped(200, result);
	}

	private Reply removal(Request request, String key) {
		List<String> ids = idList(request.json(), "subscribers");
		if (ids.isEmpty()) {
			return Reply.badRequest(request.path(), "subscribers should not be empty");
		}
		return withTopic(request, key, (topic) -> {
			ids.forEach(topic.members::remove);
			return Reply.noContent();
		});
	}

	private Reply membership(Request request, String key, String subscriberId) {
		return withTopic(request, key, (topic) -> {
			Map<String, @Nullable Object> subscriber = this.subscribers.get(subscriberId);
			if (subscriber == null || !topic.members.containsKey(subscriberId)) {
				return Reply.notFound("Subscriber " + subscriberId + " not found in topic " + key, request.path());
			}
			Map<String, @Nullable Object> result = new LinkedHashMap<>();
			result.put("_organizationId", this.environment.get("_organizationId"));
			result.put("_environmentId", this.environment.get("_id"));
			result.put("_subscriberId", subscriber.get("_id"));
			result.put("_topicId", topic.id);
			result.put("topicKey", topic.key);
			result.put("externalSubscriberId", subscriberId);
			return Reply.wrapped(200, result);
		});
	}

	private Reply listSubscriptions(Request request, String key) {
		Reply invalid = cursorProblems(request);
		if (invalid != null) {
			return invalid;
		}
		return withTopic(request, key, (topic) -> {
			String subscriberId = request.param("subscriberId");
			List<Map<String, @Nullable Object>> items = topic.members.entrySet()
				.stream()
				.filter((e) -> subscriberId == null || e.getKey().equals(subscriberId))
				.map((e) -> subscription(topic, e.getKey(), e.getValue()))
				.toList();
			return Reply.of(200, cursorPage(request, items, (s) -> (String) s.get("_id")));
		});
	}

	private Reply subscriptions(Request request, String key, boolean create) {
		JsonNode body = request.json();
		JsonNode items = (body != null) ? body.get("subscriptions") : null;
		if (items == null || !items.isArray() || items.isEmpty() || items.size() > 100) {
			return Reply.validationError(request.path(), "subscriptions must contain between 1 and 100 elements");
		}
		TopicState topic = this.topics.get(key);
		if (topic == null) {
			if (!create) {
				return Reply.notFound("Topic with key " + key + " not found", request.path());
			}
			Reply badKey = ServerRules.topicKeyProblem(key, request.path());
			if (badKey != null) {
				return badKey;
			}
			topic = new TopicState(objectId(), key, null, now());
			this.topics.put(key, topic);
		}
		List<Map<String, @Nullable Object>> done = new ArrayList<>();
		List<Map<String, String>> errors = new ArrayList<>();
		for (JsonNode item : items) {
			String subscriberId = item.isString() ? item.asString() : item.path("subscriberId").asString("");
			if (!this.subscribers.containsKey(subscriberId)) {
				errors.add(Map.of("subscriberId", subscriberId, "code", "SUBSCRIBER_NOT_FOUND", "message",
						"Subscriber with ID '" + subscriberId + "' could not be found."));
				continue;
			}
			if (create) {
				String identifier = item.path("identifier").isString() ? item.get("identifier").asString()
						: "tk_" + key + ":si_" + subscriberId;
				Membership membership = topic.members.computeIfAbsent(subscriberId,
						(s) -> new Membership(objectId(), identifier, now()));
				done.add(subscription(topic, subscriberId, membership));
			}
			else {
				Membership removed = topic.members.remove(subscriberId);
				if (removed == null) {
					errors.add(Map.of("subscriberId", subscriberId, "code", "SUBSCRIPTION_NOT_FOUND", "message",
							"Subscription for subscriber '" + subscriberId + "' could not be found."));
				}
				else {
					done.add(subscription(topic, subscriberId, removed));
				}
			}
		}
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		result.put("data", done);
		result.put("meta", Map.of("totalCount", items.size(), "successful", done.size(), "failed", errors.size()));
		result.put("errors", errors);
		if (done.isEmpty()) {
			// WIRE-FORMAT-CURRENT §E: every item failed → 400 with the merged result.
			Reply error = Reply.error(400, null, "Api Exception Raised with status 400", request.path());
			for (Map.Entry<String, @Nullable Object> entry : result.entrySet()) {
				error = error.with(entry.getKey(), entry.getValue());
			}
			return error;
		}
		return Reply.of(create ? 201 : 200, result);
	}

	Map<String, @Nullable Object> subscription(TopicState topic, String subscriberId, Membership membership) {
		Map<String, @Nullable Object> subscriber = this.subscribers.getOrDefault(subscriberId, Map.of());
		Map<String, @Nullable Object> brief = new LinkedHashMap<>();
		brief.put("_id", subscriber.get("_id"));
		brief.put("subscriberId", subscriberId);
		for (String field : List.of("firstName", "lastName", "email", "avatar")) {
			brief.put(field, subscriber.get(field));
		}
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		result.put("_id", membership.id);
		result.put("identifier", membership.identifier);
		result.put("topic", Map.of("_id", topic.id, "key", topic.key, "name", (topic.name != null) ? topic.name : ""));
		result.put("subscriber", brief);
		result.put("preferences", List.of());
		result.put("contextKeys", List.of());
		result.put("createdAt", membership.createdAt);
		result.put("updatedAt", membership.createdAt);
		return result;
	}

	private Map<String, @Nullable Object> topicV1(TopicState topic) {
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		result.put("_id", topic.id);
		result.put("_organizationId", this.environment.get("_organizationId"));
		result.put("_environmentId", this.environment.get("_id"));
		result.put("key", topic.key);
		result.put("name", topic.name);
		result.put("subscribers", List.copyOf(topic.members.keySet()));
		return result;
	}

	private Map<String, @Nullable Object> topicV2(TopicState topic) {
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		result.put("_id", topic.id);
		result.put("key", topic.key);
		if (topic.name != null) {
			result.put("name", topic.name);
		}
		result.put("createdAt", topic.createdAt);
		result.put("updatedAt", topic.updatedAt);
		return result;
	}

	private static List<String> idList(@Nullable JsonNode body, String field) {
		List<String> ids = new ArrayList<>();
		JsonNode items = (body != null) ? body.get(field) : null;
		if (items != null && items.isArray()) {
			items.forEach((id) -> ids.add(id.asString()));
		}
		return ids;
	}

	// ---------------------------------------------------------------- pages

	/** The v1 page rules (WIRE-FORMAT §4): {@code page} from 0, the size 1..max (default 10), 400 otherwise. */
	static @Nullable Reply pageProblems(Request request, String sizeParam, int max) {
		Integer page = request.intParam("page", 0);
		Integer size = request.intParam(sizeParam, 10);
		if (page == null || page < 0) {
			return Reply.badRequest(request.path(), "page must not be less than 0");
		}
		if (size == null || size > max) {
			return Reply.badRequest(request.path(), sizeParam + " must not be greater than " + max);
		}
		if (size < 1) {
			return Reply.badRequest(request.path(), sizeParam + " must not be less than 1");
		}
		return null;
	}

	/** WIRE-FORMAT-CURRENT §D: limit 1..100 (422 above), not both cursors (400). */
	static @Nullable Reply cursorProblems(Request request) {
		Integer limit = request.intParam("limit", 10);
		if (limit == null || limit < 1 || limit > 100) {
			return Reply.validationError(request.path(), "limit must not be greater than 100",
					"limit must not be less than 1");
		}
		if (request.param("after") != null && request.param("before") != null) {
			return Reply.error(400, "Bad Request", "Cannot specify both \"before\" and \"after\" cursors at the same time.",
					request.path());
		}
		return null;
	}

	static <T> Map<String, @Nullable Object> cursorPage(Request request, Collection<T> items,
			java.util.function.Function<T, String> id) {
		int limit = request.intParam("limit", 10);
		boolean ascending = "ASC".equalsIgnoreCase(request.param("orderDirection"));
		List<T> ordered = new ArrayList<>(items);
		Comparator<T> byId = Comparator.comparing(id);
		ordered.sort(ascending ? byId : byId.reversed());
		String after = request.param("after");
		String before = request.param("before");
		List<T> window;
		boolean more;
		boolean earlier;
		if (before != null) {
			int end = indexOf(ordered, id, before);
			List<T> head = (end < 0) ? List.of() : ordered.subList(0, end);
			window = head.subList(Math.max(0, head.size() - limit), head.size());
			earlier = head.size() > limit;
			more = end >= 0;
		}
		else {
			int start = 0;
			if (after != null) {
				int at = indexOf(ordered, id, after);
				// An unknown cursor gives an empty page, not an error.
				start = (at < 0) ? ordered.size() : at + 1;
			}
			List<T> tail = ordered.subList(start, ordered.size());
			window = tail.subList(0, Math.min(limit, tail.size()));
			more = tail.size() > limit;
			earlier = start > 0;
		}
		Map<String, @Nullable Object> page = new LinkedHashMap<>();
		page.put("data", List.copyOf(window));
		page.put("next", (more && !window.isEmpty()) ? id.apply(window.get(window.size() - 1)) : null);
		page.put("previous", (earlier && !window.isEmpty()) ? id.apply(window.get(0)) : null);
		page.put("totalCount", items.size());
		page.put("totalCountCapped", false);
		return page;
	}

	private static <T> int indexOf(List<T> items, java.util.function.Function<T, String> id, String wanted) {
		for (int i = 0; i < items.size(); i++) {
			if (id.apply(items.get(i)).equals(wanted)) {
				return i;
			}
		}
		return -1;
	}

	// ---------------------------------------------------------------- helpers

	static <T> List<T> slice(List<T> all, int page, int size) {
		int from = (int) Math.min((long) page * size, all.size());
		return List.copyOf(all.subList(from, Math.min(from + size, all.size())));
	}

	@SuppressWarnings("unchecked")
	private Map<String, @Nullable Object> toMap(@Nullable JsonNode node) {
		return (node != null && node.isObject()) ? this.json.treeToValue(node, LinkedHashMap.class) : Map.of();
	}

	private static Map<String, Object> withoutNulls(Map<String, @Nullable Object> map) {
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> {
			if (value != null) {
				copy.put(key, value);
			}
		});
		return copy;
	}

	static String now() {
		return Instant.now().toString();
	}

	/** A MongoDB-like object id that sorts in creation order, as Novu's cursors rely on. */
	static String objectId() {
		long seconds = Instant.now().getEpochSecond();
		return String.format("%08x", seconds) + HexFormat.of().toHexDigits(OBJECT_ID_COUNTER.incrementAndGet());
	}

	/** A request as the routes see it. */
	record Request(String method, String path, Map<String, List<String>> query, @Nullable JsonNode json,
			ReceivedRequest received) {

		@Nullable String param(String name) {
			List<String> values = this.query.get(name);
			return (values == null || values.isEmpty()) ? null : values.get(0);
		}

		/** @return the parameter as an int, the fallback if absent, {@code null} if not a number */
		@Nullable Integer intParam(String name, int fallback) {
			String value = param(name);
			if (value == null) {
				return fallback;
			}
			try {
				return Integer.valueOf(value);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

	}

	@FunctionalInterface
	interface Handler {

		Reply handle(Request request, List<String> variables);

	}

	private record Route(String method, Pattern path, Handler handler) {
	}

	static final class TopicState {

		final String id;

		final String key;

		@Nullable String name;

		final String createdAt;

		String updatedAt;

		final Map<String, Membership> members = new LinkedHashMap<>();

		TopicState(String id, String key, @Nullable String name, String createdAt) {
			this.id = id;
			this.key = key;
			this.name = name;
			this.createdAt = createdAt;
			this.updatedAt = createdAt;
		}

	}

	record Membership(String id, String identifier, String createdAt) {
	}

	static final class NotificationState {

		final String id;

		final String transactionId;

		final String workflow;

		final String subscriberId;

		final Map<String, @Nullable Object> payload;

		final String createdAt;

		boolean pending;

		boolean cancelled;

		NotificationState(String id, String transactionId, String workflow, String subscriberId,
				Map<String, @Nullable Object> payload, String createdAt, boolean pending) {
			this.id = id;
			this.transactionId = transactionId;
			this.workflow = workflow;
			this.subscriberId = subscriberId;
			this.payload = payload;
			this.createdAt = createdAt;
			this.pending = pending;
		}

	}

}
