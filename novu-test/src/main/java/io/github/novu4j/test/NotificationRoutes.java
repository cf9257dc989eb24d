package io.github.novu4j.test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The activity of the kit's triggers, v1: notifications ({@code /v1/notifications}, their stats), their execution
 * details and the messages they created ({@code /v1/messages}), read from the same state the triggers write.
 */
final class NotificationRoutes {

	private final NovuState state;

	private final WorkflowRoutes workflows;

	private NotificationRoutes(NovuState state, WorkflowRoutes workflows) {
		this.state = state;
		this.workflows = workflows;
	}

	static void register(NovuState state, WorkflowRoutes workflows) {
		NotificationRoutes routes = new NotificationRoutes(state, workflows);
		// Every message of one workflow names the same workflow id, as the notification does.
		state.onMessage((message) -> message.put("_templateId",
				routes.templateId((String) Objects.requireNonNull(message.get("templateIdentifier")))));
		state.route("GET", "/v1/messages", (r, v) -> routes.messages(r));
		state.route("DELETE", "/v1/messages/transaction/{transactionId}", (r, v) -> routes.deleteByTransaction(r, v.get(0)));
		state.route("DELETE", "/v1/messages/{messageId}", (r, v) -> routes.deleteMessage(r, v.get(0)));
		state.route("GET", "/v1/notifications", (r, v) -> routes.notifications(r));
		state.route("GET", "/v1/notifications/graph/stats", (r, v) -> routes.graph(r));
		state.route("GET", "/v1/notifications/stats", (r, v) -> routes.stats());
		state.route("GET", "/v1/notifications/{notificationId}", (r, v) -> routes.notification(r, v.get(0)));
		state.route("GET", "/v1/execution-details", (r, v) -> routes.executionDetails(r));
	}

	// ---------------------------------------------------------------- messages

	private Reply messages(NovuState.Request request) {
		// WIRE-FORMAT §4: limit at most 1000.
		Reply invalid = NovuState.pageProblems(request, "limit", 1000);
		if (invalid != null) {
			return invalid;
		}
		int page = request.intParam("page", 0);
		int limit = request.intParam("limit", 10);
		String channel = request.param("channel");
		String subscriberId = request.param("subscriberId");
		List<String> transactionIds = request.query().getOrDefault("transactionId", List.of());
		List<Map<String, @Nullable Object>> found = new ArrayList<>();
		List<Map<String, @Nullable Object>> messages = this.state.messages();
		for (int i = messages.size() - 1; i >= 0; i--) {
			Map<String, @Nullable Object> message = messages.get(i);
			if ((channel == null || channel.equals(message.get("channel")))
					&& (subscriberId == null || subscriberId.equals(message.get("subscriberId")))
					&& (transactionIds.isEmpty() || transactionIds.contains(message.get("transactionId")))) {
				found.add(message);
			}
		}
		return Reply.of(200, Bodies.pageBody(page, limit, found.stream().map(this.state::feedItem).toList(), found.size()));
	}

	private Reply deleteByTransaction(NovuState.Request request, String transactionId) {
		String channel = request.param("channel");
		List<Map<String, @Nullable Object>> matching = this.state.messages()
			.stream()
			.filter((m) -> transactionId.equals(m.get("transactionId")) && (channel == null || channel.equals(m.get("channel"))))
			.toList();
		if (matching.isEmpty()) {
			return Reply.notFound("Invalid transactionId or channel", request.path());
		}
		this.state.messages().removeAll(matching);
		return Reply.noContent();
	}

	private Reply deleteMessage(NovuState.Request request, String messageId) {
		boolean removed = this.state.messages().removeIf((m) -> messageId.equals(m.get("_id")));
		if (!removed) {
			return Reply.notFound("Message with id " + messageId + " not found", request.path());
		}
		return Reply.wrapped(200, Bodies.object("acknowledged", true, "status", "deleted"));
	}

	// ---------------------------------------------------------------- notifications

	private Reply notifications(NovuState.Request request) {
		// WIRE-FORMAT §4: at most 50 per page in 2026.
		Reply invalid = NovuState.pageProblems(request, "limit", 50);
		if (invalid != null) {
			return invalid;
		}
		int page = request.intParam("page", 0);
		int limit = request.intParam("limit", 10);
		List<String> templates = request.query().getOrDefault("templates", List.of());
		List<String> subscriberIds = request.query().getOrDefault("subscriberIds", List.of());
		List<String> channels = request.query().getOrDefault("channels", List.of());
		List<String> emails = request.query().getOrDefault("emails", List.of());
		String transactionId = request.param("transactionId");
		String search = request.param("search");
		List<NovuState.NotificationState> all = this.state.notifications();
		List<Map<String, @Nullable Object>> found = new ArrayList<>();
		for (int i = all.size() - 1; i >= 0; i--) {
			NovuState.NotificationState notification = all.get(i);
			Map<String, @Nullable Object> subscriber = this.state.subscriber(notification.subscriberId);
			String email = (subscriber != null) ? (String) subscriber.get("email") : null;
			if ((templates.isEmpty() || templates.contains(templateId(notification.workflow))
					|| templates.contains(notification.workflow))
					&& (subscriberIds.isEmpty() || subscriberIds.contains(notification.subscriberId))
					&& (channels.isEmpty() || channels.contains("in_app"))
					&& (emails.isEmpty() || emails.contains(email))
					&& (transactionId == null || transactionId.equals(notification.transactionId))
					&& (search == null || notification.transactionId.contains(search) || notification.workflow.contains(search))) {
				found.add(activity(notification));
			}
		}
		return Reply.of(200, Bodies.pageBody(page, limit, found, null));
	}

	private Reply notification(NovuState.Request request, String notificationId) {
		NovuState.NotificationState notification = find(notificationId);
		if (notification == null) {
			return Reply.notFound("Notification not found", request.path());
		}
		return Reply.wrapped(200, activity(notification));
	}

	private Reply stats() {
		Instant now = Instant.now();
		long weekly = sentSince(now.minus(Duration.ofDays(7)));
		long monthly = sentSince(now.minus(Duration.ofDays(30)));
		return Reply.wrapped(200, Bodies.object("weeklySent", weekly, "monthlySent", monthly));
	}

	private long sentSince(Instant since) {
		return this.state.notifications()
			.stream()
			.filter((n) -> !n.cancelled && !Instant.parse(n.createdAt).isBefore(since))
			.count();
	}

	private Reply graph(NovuState.Request request) {
		Integer days = request.intParam("days", 32);
		if (days == null || days < 1) {
			return Reply.badRequest(request.path(), "days must be a positive number");
		}
		LocalDate first = LocalDate.now(ZoneOffset.UTC).minusDays(days - 1L);
		TreeMap<String, List<NovuState.NotificationState>> byDay = new TreeMap<>();
		for (NovuState.NotificationState notification : this.state.notifications()) {
			LocalDate day = LocalDate.ofInstant(Instant.parse(notification.createdAt), ZoneOffset.UTC);
			if (!day.isBefore(first)) {
				byDay.computeIfAbsent(day.toString(), (d) -> new ArrayList<>()).add(notification);
			}
		}
		List<Map<String, @Nullable Object>> stats = new ArrayList<>();
		byDay.descendingMap().forEach((day, notifications) -> {
			Set<String> templates = new LinkedHashSet<>();
			notifications.forEach((n) -> templates.add(templateId(n.workflow)));
			stats.add(Bodies.object("_id", day, "count", notifications.size(), "templates", List.copyOf(templates),
					"channels", List.of("in_app")));
		});
		return Reply.wrapped(200, stats);
	}

	// ---------------------------------------------------------------- execution details

	private Reply executionDetails(NovuState.Request request) {
		String notificationId = request.param("notificationId");
		String subscriberId = request.param("subscriberId");
		if (notificationId == null || subscriberId == null) {
			return Reply.badRequest(request.path(), "notificationId should not be empty", "subscriberId should not be empty");
		}
		NovuState.NotificationState notification = find(notificationId);
		if (notification == null || !notification.subscriberId.equals(subscriberId)) {
			// Novu answers an empty list for a notification it does not know.
			return Reply.wrapped(200, List.of());
		}
		Map<String, @Nullable Object> message = messageOf(notification);
		String jobId = jobId(notification);
		List<Map<String, @Nullable Object>> details = new ArrayList<>();
		details.add(detail(notification, jobId, null, "Step queued", "Pending", notification.createdAt));
		if (notification.cancelled) {
			details.add(detail(notification, jobId, null, "Step was cancelled", "Failed", notification.createdAt));
		}
		else if (notification.pending) {
			details.add(detail(notification, jobId, null, "Step delayed", "Pending", notification.createdAt));
		}
		else if (message != null) {
			details.add(detail(notification, jobId, (String) message.get("_id"), "Message sent", "Success",
					(String) message.get("createdAt")));
		}
		return Reply.wrapped(200, details);
	}

	private Map<String, @Nullable Object> detail(NovuState.NotificationState notification, String jobId,
			@Nullable String messageId, String text, String status, @Nullable String at) {
		Map<String, @Nullable Object> subscriber = this.state.subscriber(notification.subscriberId);
		Map<String, @Nullable Object> detail = new LinkedHashMap<>();
		detail.put("_id", NovuState.objectId());
		detail.put("_organizationId", this.state.environment().get("_organizationId"));
		detail.put("_environmentId", this.state.environment().get("_id"));
		detail.put("_jobId", jobId);
		detail.put("_notificationId", notification.id);
		detail.put("_notificationTemplateId", templateId(notification.workflow));
		detail.put("_subscriberId", (subscriber != null) ? subscriber.get("_id") : null);
		if (messageId != null) {
			detail.put("_messageId", messageId);
		}
		detail.put("providerId", "novu");
		detail.put("transactionId", notification.transactionId);
		detail.put("channel", "in_app");
		detail.put("detail", text);
		detail.put("source", "Internal");
		detail.put("status", status);
		detail.put("isTest", false);
		detail.put("isRetry", false);
		detail.put("createdAt", at);
		detail.put("updatedAt", at);
		return detail;
	}

	// ---------------------------------------------------------------- shapes

	/** The notification as {@code GET /v1/notifications} shows it (WIRE-FORMAT §9: the real, not the documented shape). */
	private Map<String, @Nullable Object> activity(NovuState.NotificationState notification) {
		Map<String, @Nullable Object> subscriber = this.state.subscriber(notification.subscriberId);
		Map<String, @Nullable Object> message = messageOf(notification);
		String templateId = templateId(notification.workflow);
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		result.put("_id", notification.id);
		result.put("_templateId", templateId);
		result.put("_environmentId", this.state.environment().get("_id"));
		result.put("_organizationId", this.state.environment().get("_organizationId"));
		result.put("_subscriberId", (subscriber != null) ? subscriber.get("_id") : null);
		result.put("transactionId", notification.transactionId);
		result.put("channels", List.of("in_app"));
		result.put("to", Map.of("subscriberId", notification.subscriberId));
		result.put("payload", notification.payload);
		result.put("createdAt", notification.createdAt);
		result.put("updatedAt", (message != null) ? message.get("updatedAt") : notification.createdAt);
		if (subscriber != null) {
			Map<String, @Nullable Object> brief = new LinkedHashMap<>();
			for (String field : List.of("_id", "subscriberId", "firstName", "lastName", "email", "phone")) {
				if (subscriber.get(field) != null) {
					brief.put(field, subscriber.get(field));
				}
			}
			result.put("subscriber", brief);
		}
		Map<String, @Nullable Object> stored = this.workflows.find(notification.workflow);
		result.put("template", Bodies.object("_id", templateId, "name", (stored != null) ? stored.get("name")
				: notification.workflow, "origin", (stored != null) ? stored.get("origin") : "external",
				"triggers", List.of(Bodies.object("type", "event", "identifier", notification.workflow, "variables", List.of()))));
		Map<String, @Nullable Object> job = new LinkedHashMap<>();
		job.put("_id", jobId(notification));
		job.put("type", "in_app");
		job.put("status", notification.cancelled ? "canceled" : notification.pending ? "delayed" : "completed");
		job.put("payload", notification.payload);
		job.put("providerId", "novu");
		job.put("createdAt", notification.createdAt);
		job.put("updatedAt", notification.createdAt);
		job.put("step", Bodies.object("_id", templateId, "active", true, "template", Map.of("type", "in_app")));
		List<Map<String, @Nullable Object>> details = new ArrayList<>();
		details.add(Bodies.object("_id", jobId(notification), "_jobId", jobId(notification), "status", "Pending", "detail",
				"Step queued", "isRetry", false, "isTest", false, "providerId", "novu", "raw", null, "source", "Internal"));
		job.put("executionDetails", details);
		result.put("jobs", List.of(job));
		return result;
	}

	private NovuState.@Nullable NotificationState find(String notificationId) {
		return this.state.notifications().stream().filter((n) -> n.id.equals(notificationId)).findFirst().orElse(null);
	}

	private @Nullable Map<String, @Nullable Object> messageOf(NovuState.NotificationState notification) {
		return this.state.messages()
			.stream()
			.filter((m) -> notification.id.equals(m.get("_notificationId")))
			.findFirst()
			.orElse(null);
	}

	/** The stored workflow's {@code _id}, else a stable id: the same for every notification of one workflow. */
	private String templateId(String workflow) {
		Map<String, @Nullable Object> stored = this.workflows.find(workflow);
		return (stored != null) ? (String) Objects.requireNonNull(stored.get("_id"))
				: String.format("%024x", Integer.toUnsignedLong(workflow.hashCode()));
	}

	private static String jobId(NovuState.NotificationState notification) {
		return notification.id.substring(0, 16) + String.format("%08x", Objects.hash(notification.id, "job") & 0xffffffffL);
	}

}
