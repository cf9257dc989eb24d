package io.github.novu4j.test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The v2 Inbox of a subscriber ({@code /v2/subscribers/{subscriberId}/notifications...}) over the kit's in-app
 * messages: a notification of the Inbox is an in-app message (same {@code _id}), so the v1 feed, the v1 unseen
 * count and the Inbox always agree. Deleting removes the message from both.
 */
final class InboxRoutes {

	private static final String BASE = "/v2/subscribers/{subscriberId}/notifications";

	private static final String COMMAND = "GetSubscriberNotificationsCommand";

	private final NovuState state;

	private InboxRoutes(NovuState state) {
		this.state = state;
	}

	static void register(NovuState state) {
		InboxRoutes inbox = new InboxRoutes(state);
		state.route("GET", BASE, (r, v) -> inbox.list(r, v.get(0)));
		state.route("GET", BASE + "/count", (r, v) -> inbox.count(r, v.get(0)));
		state.route("POST", BASE + "/seen", (r, v) -> inbox.bulk(r, v.get(0), "seen"));
		state.route("POST", BASE + "/read", (r, v) -> inbox.bulk(r, v.get(0), "read"));
		state.route("POST", BASE + "/archive", (r, v) -> inbox.bulk(r, v.get(0), "archive"));
		state.route("POST", BASE + "/read-archive", (r, v) -> inbox.bulk(r, v.get(0), "read-archive"));
		state.route("POST", BASE + "/delete", (r, v) -> inbox.bulk(r, v.get(0), "delete"));
		state.route("DELETE", BASE + "/{notificationId}", (r, v) -> inbox.delete(r, v.get(0), v.get(1)));
		for (String action : List.of("read", "unread", "archive", "unarchive", "snooze", "unsnooze")) {
			state.route("PATCH", BASE + "/{notificationId}/" + action,
					(r, v) -> inbox.update(r, v.get(0), v.get(1), action, null));
		}
		state.route("PATCH", BASE + "/{notificationId}/actions/{actionType}/complete",
				(r, v) -> inbox.update(r, v.get(0), v.get(1), "complete", v.get(2)));
		state.route("PATCH", BASE + "/{notificationId}/actions/{actionType}/revert",
				(r, v) -> inbox.update(r, v.get(0), v.get(1), "revert", v.get(2)));
	}

	private Reply list(NovuState.Request request, String subscriberId) {
		Integer limit = request.intParam("limit", 10);
		Integer offset = request.intParam("offset", 0);
		if (limit == null || limit < 1 || limit > 100) {
			return Reply.validationError(request.path(), "limit must not be greater than 100",
					"limit must not be less than 1");
		}
		if (offset == null || offset < 0) {
			return Reply.validationError(request.path(), "offset must not be less than 0");
		}
		String after = request.param("after");
		if (after != null && !Bodies.isObjectId(after)) {
			return Bodies.commandError(request.path(), COMMAND, "after", "after must be a mongodb id", after);
		}
		Reply unknown = unknownSubscriber(request, subscriberId);
		if (unknown != null) {
			return unknown;
		}
		Map<String, @Nullable Object> filter = new LinkedHashMap<>();
		for (String flag : List.of("read", "archived", "snoozed", "seen")) {
			if (request.param(flag) != null) {
				filter.put(flag, Boolean.parseBoolean(request.param(flag)));
			}
		}
		List<String> tags = request.query().getOrDefault("tags", List.of());
		if (!tags.isEmpty()) {
			filter.put("tags", tags);
		}
		List<String> severity = request.query().getOrDefault("severity", List.of());
		if (!severity.isEmpty()) {
			filter.put("severity", severity);
		}
		Map<String, @Nullable Object> data = parseData(request.param("data"));
		if (!data.isEmpty()) {
			filter.put("data", data);
		}
		Instant createdGte = Bodies.instant(request.param("createdGte"));
		Instant createdLte = Bodies.instant(request.param("createdLte"));
		Predicate<Map<String, @Nullable Object>> matches = matcher(filter).and((m) -> {
			Instant created = Instant.parse((String) Objects.requireNonNull(m.get("createdAt")));
			return (createdGte == null || !created.isBefore(createdGte)) && (createdLte == null || !created.isAfter(createdLte));
		});
		List<Map<String, @Nullable Object>> newestFirst = new ArrayList<>();
		List<Map<String, @Nullable Object>> messages = this.state.messages();
		for (int i = messages.size() - 1; i >= 0; i--) {
			Map<String, @Nullable Object> message = messages.get(i);
			if (subscriberId.equals(message.get("subscriberId")) && matches.test(message)) {
				newestFirst.add(message);
			}
		}
		int start = offset;
		if (after != null) {
			int at = -1;
			for (int i = 0; i < newestFirst.size(); i++) {
				if (after.equals(newestFirst.get(i).get("_id"))) {
					at = i;
				}
			}
			start = (at < 0) ? newestFirst.size() : at + 1;
		}
		List<Map<String, @Nullable Object>> page = NovuState.slice(newestFirst.subList(Math.min(start, newestFirst.size()),
				newestFirst.size()), 0, limit);
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("data", page.stream().map(this::notification).toList());
		body.put("hasMore", newestFirst.size() > start + limit);
		body.put("filter", filter);
		return Reply.of(200, body);
	}

	private Reply count(NovuState.Request request, String subscriberId) {
		String raw = request.param("filters");
		JsonNode filters;
		try {
			filters = (raw != null) ? Bodies.JSON.readTree(raw) : null;
		}
		catch (RuntimeException ex) {
			filters = null;
		}
		if (filters == null || !filters.isArray()) {
			return Bodies.zodError(request.path(), "Expected array, received string", List.of("filters"));
		}
		if (filters.isEmpty() || filters.size() > 30) {
			return Bodies.zodError(request.path(), "Array must contain between 1 and 30 element(s)", List.of("filters"));
		}
		Reply unknown = unknownSubscriber(request, subscriberId);
		if (unknown != null) {
			return unknown;
		}
		List<Map<String, @Nullable Object>> counts = new ArrayList<>();
		int index = 0;
		for (JsonNode filterNode : filters) {
			Map<String, @Nullable Object> filter = Bodies.map(filterNode);
			for (String flag : List.of("read", "archived", "snoozed", "seen")) {
				if (filter.containsKey(flag) && !(filter.get(flag) instanceof Boolean)) {
					return Bodies.zodError(request.path(), "Expected boolean, received string", List.of("filters", index, flag));
				}
			}
			Predicate<Map<String, @Nullable Object>> matches = matcher(filter);
			long count = this.state.messages()
				.stream()
				.filter((m) -> subscriberId.equals(m.get("subscriberId")) && matches.test(m))
				.count();
			counts.add(Bodies.object("count", count, "filter", filter));
			index++;
		}
		// B*: the handler returns {data: [...]} itself.
		return Reply.wrapped(200, counts);
	}

	private Reply bulk(NovuState.Request request, String subscriberId, String action) {
		JsonNode body = request.json();
		List<String> ids = Bodies.strings(body, "notificationIds");
		if (action.equals("seen") && ids.isEmpty()) {
			return Reply.validationError(request.path(), "notificationIds should not be empty");
		}
		Reply unknown = unknownSubscriber(request, subscriberId);
		if (unknown != null) {
			return unknown;
		}
		Map<String, @Nullable Object> filter = new LinkedHashMap<>();
		if (body != null && body.has("tags")) {
			filter.put("tags", Bodies.value(body.get("tags")));
		}
		String data = Bodies.text(body, "data");
		if (data != null) {
			filter.put("data", parseData(data));
		}
		Predicate<Map<String, @Nullable Object>> matches = matcher(filter)
			.and((m) -> ids.isEmpty() || ids.contains(m.get("_id")));
		List<Map<String, @Nullable Object>> messages = this.state.messages();
		String now = NovuState.now();
		for (Map<String, @Nullable Object> message : List.copyOf(messages)) {
			if (!subscriberId.equals(message.get("subscriberId")) || !matches.test(message)) {
				continue;
			}
			switch (action) {
				case "seen" -> NovuState.mark(message, "seen");
				case "read" -> NovuState.mark(message, "read");
				case "archive" -> archive(message, true, now);
				case "read-archive" -> {
					if (Boolean.TRUE.equals(message.get("read"))) {
						archive(message, true, now);
					}
				}
				default -> messages.remove(message);
			}
		}
		return Reply.noContent();
	}

	private Reply delete(NovuState.Request request, String subscriberId, String notificationId) {
		Map<String, @Nullable Object> message = find(subscriberId, notificationId);
		if (message == null) {
			return notFound(request, notificationId);
		}
		this.state.messages().remove(message);
		return Reply.noContent();
	}

	private Reply update(NovuState.Request request, String subscriberId, String notificationId, String action,
			@Nullable String actionType) {
		if (actionType != null && !actionType.equals("primary") && !actionType.equals("secondary")) {
			return Reply.validationError(request.path(), "actionType must be one of the following values: primary, secondary");
		}
		Instant snoozeUntil = null;
		if (action.equals("snooze")) {
			snoozeUntil = Bodies.instant(Bodies.text(request.json(), "snoozeUntil"));
			if (snoozeUntil == null) {
				return Reply.validationError(request.path(), "snoozeUntil must be a valid ISO 8601 date string");
			}
			if (snoozeUntil.isBefore(Instant.now().plus(Duration.ofSeconds(59)))) {
				return Bodies.commandError(request.path(), "SnoozeNotificationCommand", "snoozeUntil",
						"Snooze time must be at least 1 minute in the future", snoozeUntil.toString());
			}
		}
		Map<String, @Nullable Object> message = find(subscriberId, notificationId);
		if (message == null) {
			return notFound(request, notificationId);
		}
		String now = NovuState.now();
		switch (action) {
			case "read" -> NovuState.mark(message, "read");
			case "unread" -> NovuState.mark(message, "unread");
			case "archive" -> archive(message, true, now);
			case "unarchive" -> archive(message, false, now);
			case "snooze" -> {
				message.put("snoozedUntil", snoozeUntil.toString());
				message.put("updatedAt", now);
			}
			case "unsnooze" -> {
				message.put("snoozedUntil", null);
				message.put("updatedAt", now);
			}
			default -> {
				Reply refused = act(request, message, Objects.requireNonNull(actionType), action.equals("complete"));
				if (refused != null) {
					return refused;
				}
			}
		}
		return Reply.wrapped(200, notification(message));
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Reply act(NovuState.Request request, Map<String, @Nullable Object> message, String type,
			boolean complete) {
		Map<String, @Nullable Object> cta = (Map<String, @Nullable Object>) message.get("cta");
		Map<String, @Nullable Object> action = (cta != null) ? (Map<String, @Nullable Object>) cta.get("action") : null;
		List<Map<String, @Nullable Object>> buttons = (action != null)
				? (List<Map<String, @Nullable Object>>) action.get("buttons") : null;
		if (buttons == null || buttons.stream().noneMatch((b) -> type.equals(b.get("type")))) {
			return Reply.error(400, "Bad Request",
					"Could not perform action on the " + type + " action because it does not exist.", request.path());
		}
		Map<String, @Nullable Object> updated = new LinkedHashMap<>(action);
		updated.put("status", complete ? "done" : "pending");
		updated.put("result", complete ? Bodies.object("type", type, "payload", Map.of()) : Bodies.object("type", null));
		Map<String, @Nullable Object> newCta = new LinkedHashMap<>(cta);
		newCta.put("action", updated);
		message.put("cta", newCta);
		message.put("updatedAt", NovuState.now());
		return null;
	}

	private static void archive(Map<String, @Nullable Object> message, boolean archived, String now) {
		message.put("archived", archived);
		message.put("archivedAt", archived ? now : null);
		if (archived) {
			// Novu reads what it archives.
			NovuState.mark(message, "read");
		}
		message.put("updatedAt", now);
	}

	private @Nullable Map<String, @Nullable Object> find(String subscriberId, String notificationId) {
		return this.state.messages()
			.stream()
			.filter((m) -> subscriberId.equals(m.get("subscriberId")) && notificationId.equals(m.get("_id")))
			.findFirst()
			.orElse(null);
	}

	private @Nullable Reply unknownSubscriber(NovuState.Request request, String subscriberId) {
		return (this.state.subscriber(subscriberId) == null)
				? Reply.notFound("Subscriber: " + subscriberId + " was not found", request.path()) : null;
	}

	private static Reply notFound(NovuState.Request request, String notificationId) {
		return Reply.notFound("Notification with id: " + notificationId + " is not found.", request.path());
	}

	/** An Inbox filter ({@code read}, {@code seen}, {@code archived}, {@code snoozed}, {@code tags}, ...) as a test. */
	@SuppressWarnings("unchecked")
	static Predicate<Map<String, @Nullable Object>> matcher(Map<String, @Nullable Object> filter) {
		Predicate<Map<String, @Nullable Object>> test = (m) -> true;
		for (String flag : List.of("read", "seen", "archived")) {
			if (filter.get(flag) instanceof Boolean wanted) {
				test = test.and((m) -> wanted.equals(Boolean.TRUE.equals(m.get(flag))));
			}
		}
		if (filter.get("snoozed") instanceof Boolean wanted) {
			test = test.and((m) -> wanted.equals(m.get("snoozedUntil") != null));
		}
		Object tags = filter.get("tags");
		if (tags instanceof List<?> any && !any.isEmpty()) {
			test = test.and((m) -> tagsOf(m).stream().anyMatch(any::contains));
		}
		else if (tags instanceof Map<?, ?> groups && groups.get("and") instanceof List<?> and) {
			for (Object group : and) {
				List<?> or = (group instanceof Map<?, ?> g && g.get("or") instanceof List<?> l) ? l : List.of();
				test = test.and((m) -> tagsOf(m).stream().anyMatch(or::contains));
			}
		}
		Object severity = filter.get("severity");
		if (severity != null) {
			List<?> wanted = (severity instanceof List<?> list) ? list : List.of(severity);
			test = test.and((m) -> wanted.contains(m.getOrDefault("severity", "none")));
		}
		if (filter.get("data") instanceof Map<?, ?> data && !data.isEmpty()) {
			test = test.and((m) -> {
				Map<String, Object> payload = (Map<String, Object>) m.getOrDefault("payload", Map.of());
				return data.entrySet().stream().allMatch((e) -> Objects.equals(payload.get(e.getKey()), e.getValue()));
			});
		}
		return test;
	}

	@SuppressWarnings("unchecked")
	private static List<String> tagsOf(Map<String, @Nullable Object> message) {
		Object tags = message.get("tags");
		return (tags instanceof List<?>) ? (List<String>) tags : List.of();
	}

	private static Map<String, @Nullable Object> parseData(@Nullable String data) {
		if (data == null || data.isBlank()) {
			return Map.of();
		}
		try {
			return Bodies.map(Bodies.JSON.readTree(data));
		}
		catch (RuntimeException ex) {
			return Map.of();
		}
	}

	/** The message as Novu's {@code InboxNotificationDto}. */
	@SuppressWarnings("unchecked")
	private Map<String, @Nullable Object> notification(Map<String, @Nullable Object> message) {
		Map<String, @Nullable Object> subscriber = this.state.subscriber((String) Objects.requireNonNull(message.get("subscriberId")));
		Map<String, @Nullable Object> to = new LinkedHashMap<>();
		to.put("id", (subscriber != null) ? subscriber.get("_id") : message.get("_subscriberId"));
		to.put("subscriberId", message.get("subscriberId"));
		if (subscriber != null) {
			for (String field : List.of("firstName", "lastName", "avatar")) {
				if (subscriber.get(field) != null) {
					to.put(field, subscriber.get(field));
				}
			}
		}
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		result.put("id", message.get("_id"));
		result.put("transactionId", message.get("transactionId"));
		if (message.get("subject") != null) {
			result.put("subject", message.get("subject"));
		}
		result.put("body", message.get("content"));
		result.put("to", to);
		result.put("isRead", Boolean.TRUE.equals(message.get("read")));
		result.put("isSeen", Boolean.TRUE.equals(message.get("seen")));
		result.put("isArchived", Boolean.TRUE.equals(message.get("archived")));
		result.put("isSnoozed", message.get("snoozedUntil") != null);
		putIfPresent(result, "snoozedUntil", message.get("snoozedUntil"));
		result.put("deliveredAt", List.of(message.get("createdAt")));
		result.put("createdAt", message.get("createdAt"));
		putIfPresent(result, "readAt", message.get("lastReadDate"));
		putIfPresent(result, "firstSeenAt", message.get("lastSeenDate"));
		putIfPresent(result, "archivedAt", message.get("archivedAt"));
		Map<String, @Nullable Object> cta = (Map<String, @Nullable Object>) message.get("cta");
		Map<String, @Nullable Object> action = (cta != null) ? (Map<String, @Nullable Object>) cta.get("action") : null;
		if (action != null && action.get("buttons") instanceof List<?> buttons) {
			Map<String, @Nullable Object> done = (Map<String, @Nullable Object>) action.get("result");
			for (Object item : buttons) {
				Map<String, @Nullable Object> button = (Map<String, @Nullable Object>) item;
				Map<String, @Nullable Object> rendered = new LinkedHashMap<>();
				rendered.put("label", button.get("content"));
				rendered.put("isCompleted", "done".equals(action.get("status")) && done != null
						&& Objects.equals(done.get("type"), button.get("type")));
				if (button.get("url") != null) {
					rendered.put("redirect", Bodies.object("url", button.get("url"), "target", "_self"));
				}
				result.put("primary".equals(button.get("type")) ? "primaryAction" : "secondaryAction", rendered);
			}
		}
		result.put("channelType", "in_app");
		result.put("tags", tagsOf(message));
		result.put("data", message.getOrDefault("data", Map.of()));
		if (cta != null && cta.get("data") instanceof Map<?, ?> redirect && redirect.get("url") != null) {
			result.put("redirect", Bodies.object("url", redirect.get("url"), "target", "_self"));
		}
		Map<String, @Nullable Object> workflow = new LinkedHashMap<>();
		workflow.put("id", message.get("_templateId"));
		workflow.put("identifier", message.get("templateIdentifier"));
		workflow.put("name", message.getOrDefault("templateName", message.get("templateIdentifier")));
		workflow.put("critical", Boolean.TRUE.equals(message.get("critical")));
		workflow.put("tags", tagsOf(message));
		workflow.put("severity", message.getOrDefault("severity", "none"));
		result.put("workflow", workflow);
		result.put("severity", message.getOrDefault("severity", "none"));
		return result;
	}

	private static void putIfPresent(Map<String, @Nullable Object> map, String key, @Nullable Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
