package io.github.novu4j.test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Integrations: the stateful seed operations (create, list, listActive, update, delete, setAsPrimary, webhook
 * support), the 2026 extras (auto-configure, Telegram mobile link and webhook, OAuth URLs, channel-endpoint link)
 * and the subscriber chat OAuth pair, which Novu serves without an API key.
 */
final class IntegrationRoutes {

	private static final Pattern PUBLIC = Pattern.compile("/v1/subscribers/[^/]+/credentials/[^/]+/oauth(/callback)?");

	private static final Set<String> CHANNELS = Set.of("in_app", "email", "sms", "chat", "push");

	/** Delivery providers whose status webhooks Novu can read (the rest answer {@code false}). */
	private static final Set<String> WEBHOOK_PROVIDERS = Set.of("sendgrid", "mailgun", "mailjet", "mandrill",
			"postmark", "sendinblue", "brevo", "ses", "resend", "twilio", "plivo", "telnyx", "infobip-sms",
			"infobip-email", "nexmo", "fcm", "expo", "apns");

	private final NovuState state;

	/** Keyed by {@code _id}; the identifier is unique too. */
	private final Records integrations;

	IntegrationRoutes(NovuState state) {
		this.state = state;
		this.integrations = new Records(state, (id) -> "Integration with id " + id + " not found",
				(identifier) -> "Integration with identifier " + identifier + " already exists");
	}

	/** @return whether Novu serves the route without an API key (the chat OAuth redirect and its callback) */
	static boolean isPublic(String method, String path) {
		return method.equals("GET") && PUBLIC.matcher(path).matches();
	}

	void register() {
		this.state.route("POST", "/v1/integrations", (r, v) -> create(r));
		this.state.route("GET", "/v1/integrations", (r, v) -> Reply.wrapped(200, this.integrations.all()));
		this.state.route("GET", "/v1/integrations/active", (r, v) -> Reply.wrapped(200,
				this.integrations.all().stream().filter((i) -> Boolean.TRUE.equals(i.get("active"))).toList()));
		this.state.route("PUT", "/v1/integrations/{integrationId}", (r, v) -> update(r, v.get(0)));
		this.state.route("DELETE", "/v1/integrations/{integrationId}", (r, v) -> delete(r, v.get(0)));
		// WIRE-FORMAT §3: 201, not the documented 200.
		this.state.route("POST", "/v1/integrations/{integrationId}/set-primary",
				(r, v) -> this.integrations.with(v.get(0), r, (i) -> Reply.wrapped(201, makePrimary(i))));
		this.state.route("GET", "/v1/integrations/webhook/provider/{providerOrIntegrationId}/status",
				(r, v) -> webhookStatus(r, v.get(0)));
		// WIRE-FORMAT-CURRENT §B, integrations extras.
		this.state.route("POST", "/v1/integrations/{integrationId}/auto-configure",
				(r, v) -> this.integrations.with(v.get(0), r, (i) -> Reply.wrapped(201, autoConfigure(i))));
		this.state.route("POST", "/v1/integrations/{integrationIdentifier}/mobile-link",
				(r, v) -> byIdentifier(r, v.get(0), (i) -> Reply.wrapped(200, mobileLink(i))));
		this.state.route("POST", "/v1/integrations/{integrationIdentifier}/webhook/configure",
				(r, v) -> byIdentifier(r, v.get(0), (i) -> Reply.wrapped(200, webhookConfiguration(i, r))));
		this.state.route("POST", "/v1/integrations/channel-endpoints/link", (r, v) -> link(r));
		for (String path : List.of("/v1/integrations/channel-connections/oauth", "/v1/integrations/channel-endpoints/oauth",
				"/v1/integrations/chat/oauth")) {
			this.state.route("POST", path, (r, v) -> oauthUrl(r));
		}
		// WIRE-FORMAT §3: the chat OAuth pair answers a redirect and HTML, no JSON.
		this.state.route("GET", "/v1/subscribers/{subscriberId}/credentials/{providerId}/oauth",
				(r, v) -> chatAccessOauth(r, v.get(0), v.get(1)));
		this.state.route("GET", "/v1/subscribers/{subscriberId}/credentials/{providerId}/oauth/callback",
				(r, v) -> chatAccessOauthCallback(r, v.get(1)));
	}

	private Reply create(NovuState.Request request) {
		JsonNode body = request.json();
		List<String> problems = new ArrayList<>();
		String providerId = Records.text(body, "providerId");
		String channel = Records.text(body, "channel");
		if (providerId == null) {
			problems.add("providerId should not be empty");
		}
		if (channel == null || !CHANNELS.contains(channel)) {
			problems.add("channel must be one of the following values: in_app, email, sms, chat, push");
		}
		if (!problems.isEmpty()) {
			return Reply.badRequest(request.path(), problems.toArray(String[]::new));
		}
		String identifier = Objects.requireNonNullElse(Records.text(body, "identifier"),
				providerId + "-" + Records.shortId());
		if (identifierTaken(identifier, null)) {
			return this.integrations.conflict(identifier, request);
		}
		Map<String, @Nullable Object> integration = Records.document(this.state);
		integration.put("name", Objects.requireNonNullElse(Records.text(body, "name"), providerId));
		integration.put("identifier", identifier);
		integration.put("providerId", providerId);
		integration.put("channel", channel);
		integration.put("credentials", Map.of());
		integration.put("configurations", Map.of());
		integration.put("active", false);
		integration.put("deleted", false);
		integration.put("primary", false);
		integration.put("priority", 0);
		integration.put("conditions", List.of());
		integration.put("removeNovuBranding", false);
		integration.put("__v", 0);
		Records.copy(body, integration, "credentials", "active", "conditions");
		choosePrimary(integration);
		return Reply.wrapped(201, this.integrations.put((String) integration.get("_id"), integration));
	}

	/** Novu's rule for email and SMS: the first active integration of the channel becomes its primary. */
	private void choosePrimary(Map<String, @Nullable Object> integration) {
		Object channel = integration.get("channel");
		if (!Boolean.TRUE.equals(integration.get("active")) || !("email".equals(channel) || "sms".equals(channel))) {
			return;
		}
		long active = this.integrations.all()
			.stream()
			.filter((i) -> i != integration && channel.equals(i.get("channel")) && Boolean.TRUE.equals(i.get("active")))
			.count();
		if (active == 0) {
			integration.put("primary", true);
		}
		integration.put("priority", (int) active + 1);
	}

	private Reply update(NovuState.Request request, String integrationId) {
		return this.integrations.with(integrationId, request, (integration) -> {
			String identifier = Records.text(request.json(), "identifier");
			if (identifier != null && identifierTaken(identifier, integrationId)) {
				return this.integrations.conflict(identifier, request);
			}
			Records.update(request.json(), integration, "name", "identifier", "active", "credentials",
					"removeNovuBranding", "conditions");
			if (Boolean.FALSE.equals(integration.get("active"))) {
				integration.put("primary", false);
			}
			else if (!Boolean.TRUE.equals(integration.get("primary"))) {
				choosePrimary(integration);
			}
			return Reply.wrapped(200, integration);
		});
	}

	private Reply delete(NovuState.Request request, String integrationId) {
		if (this.integrations.remove(integrationId) == null) {
			return this.integrations.notFound(integrationId, request);
		}
		// WIRE-FORMAT §3: the remaining integrations.
		return Reply.wrapped(200, this.integrations.all());
	}

	private Map<String, @Nullable Object> makePrimary(Map<String, @Nullable Object> integration) {
		for (Map<String, @Nullable Object> other : this.integrations.all()) {
			if (other != integration && Objects.equals(other.get("channel"), integration.get("channel"))) {
				other.put("primary", false);
			}
		}
		integration.put("primary", true);
		integration.put("active", true);
		integration.put("updatedAt", NovuState.now());
		return integration;
	}

	private Reply webhookStatus(NovuState.Request request, String providerOrIntegrationId) {
		Map<String, @Nullable Object> integration = this.integrations.get(providerOrIntegrationId);
		if (integration == null) {
			integration = findByProvider(providerOrIntegrationId);
		}
		if (integration == null) {
			return Reply.notFound("Integration for " + providerOrIntegrationId + " was not found", request.path());
		}
		return Reply.wrapped(200, WEBHOOK_PROVIDERS.contains(integration.get("providerId")));
	}

	private boolean identifierTaken(String identifier, @Nullable String exceptId) {
		return this.integrations.find((i) -> identifier.equals(i.get("identifier")) && !i.get("_id").equals(exceptId)) != null;
	}

	/** @return the first stored integration of that provider, or {@code null} */
	@Nullable Map<String, @Nullable Object> findByProvider(String providerId) {
		return this.integrations.find((i) -> providerId.equals(i.get("providerId")));
	}

	/** @return the stored integration with that identifier, or {@code null} */
	@Nullable Map<String, @Nullable Object> withIdentifier(String identifier) {
		return this.integrations.find((i) -> identifier.equals(i.get("identifier")));
	}

	/** Runs the action on the integration with that identifier, or answers Novu's 404 for it. */
	Reply byIdentifier(NovuState.Request request, String identifier,
			java.util.function.Function<Map<String, @Nullable Object>, Reply> action) {
		Map<String, @Nullable Object> integration = withIdentifier(identifier);
		return (integration != null) ? action.apply(integration)
				: Reply.notFound("Integration with identifier " + identifier + " not found", request.path());
	}

	// ---------------------------------------------------------------- outside systems: canned, realistic answers

	private static Map<String, @Nullable Object> autoConfigure(Map<String, @Nullable Object> integration) {
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		result.put("success", true);
		result.put("message", "Integration " + integration.get("identifier") + " configured");
		result.put("integration", integration);
		return result;
	}

	private static Map<String, @Nullable Object> mobileLink(Map<String, @Nullable Object> integration) {
		String token = Records.shortId() + Records.shortId();
		Map<String, @Nullable Object> link = new LinkedHashMap<>();
		link.put("token", token);
		link.put("url", "https://t.me/" + botUsername(integration) + "?start=" + token);
		link.put("expiresAt", Instant.now().plus(Duration.ofMinutes(15)).toString());
		return link;
	}

	private Map<String, @Nullable Object> webhookConfiguration(Map<String, @Nullable Object> integration,
			NovuState.Request request) {
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		result.put("webhookUrl", baseUrl(request) + "/v2/inbound-webhooks/delivery-providers/"
				+ this.state.environment().get("_id") + "/" + integration.get("_id"));
		result.put("configuredAt", NovuState.now());
		result.put("botUsername", botUsername(integration));
		return result;
	}

	private Reply link(NovuState.Request request) {
		Reply invalid = Records.requireText(request, "integrationIdentifier", "subscriberId");
		if (invalid != null) {
			return invalid;
		}
		return byIdentifier(request, Records.text(request.json(), "integrationIdentifier"), (integration) -> {
			String token = Records.shortId() + Records.shortId();
			Map<String, @Nullable Object> result = new LinkedHashMap<>();
			if ("telegram".equals(integration.get("providerId"))) {
				result.put("url", "https://t.me/" + botUsername(integration) + "?start=" + token);
				result.put("providerMetadata", Map.of("botUsername", botUsername(integration), "expiresAt",
						Instant.now().plus(Duration.ofMinutes(15)).toString()));
			}
			else {
				result.put("url", authorizeUrl(integration, request, token));
			}
			return Reply.wrapped(200, result);
		});
	}

	private Reply oauthUrl(NovuState.Request request) {
		Reply invalid = Records.requireText(request, "integrationIdentifier");
		if (invalid != null) {
			return invalid;
		}
		return byIdentifier(request, Records.text(request.json(), "integrationIdentifier"), (integration) -> {
			String url = authorizeUrl(integration, request, Records.shortId() + Records.shortId());
			return (url != null) ? Reply.wrapped(201, Map.of("url", url))
					: Reply.badRequest(request.path(), "OAuth is not supported for provider " + integration.get("providerId"));
		});
	}

	private Reply chatAccessOauth(NovuState.Request request, String subscriberId, String providerId) {
		Reply invalid = oauthQueryProblems(request);
		if (invalid != null) {
			return invalid;
		}
		Map<String, @Nullable Object> integration = chatIntegration(request, providerId);
		if (integration == null) {
			return Reply.notFound("Integration not found for provider " + providerId, request.path());
		}
		String url = authorizeUrl(integration, request, subscriberId);
		if (url == null) {
			return Reply.badRequest(request.path(), "OAuth is not supported for provider " + providerId);
		}
		return new Reply(302, null, Map.of("Location", url));
	}

	private Reply chatAccessOauthCallback(NovuState.Request request, String providerId) {
		Reply invalid = oauthQueryProblems(request);
		if (invalid != null) {
			return invalid;
		}
		if (request.param("code") == null || request.param("code").isBlank()) {
			return Reply.badRequest(request.path(), "code should not be empty");
		}
		Map<String, @Nullable Object> integration = chatIntegration(request, providerId);
		if (integration == null) {
			return Reply.notFound("Integration not found for provider " + providerId, request.path());
		}
		Object redirect = (integration.get("credentials") instanceof Map<?, ?> credentials)
				? credentials.get("redirectUrl") : null;
		if (redirect instanceof String url && !url.isBlank()) {
			return new Reply(302, null, Map.of("Location", url));
		}
		// Novu closes the provider's pop-up window when no redirect URL is configured.
		return new Reply(200, "<script>window.close();</script>", Map.of("Content-Type", "text/html; charset=utf-8"));
	}

	private @Nullable Reply oauthQueryProblems(NovuState.Request request) {
		List<String> problems = new ArrayList<>();
		for (String name : List.of("environmentId", "hmacHash")) {
			if (request.param(name) == null || request.param(name).isBlank()) {
				problems.add(name + " should not be empty");
			}
		}
		if (!problems.isEmpty()) {
			return Reply.badRequest(request.path(), problems.toArray(String[]::new));
		}
		if (!request.param("environmentId").equals(this.state.environment().get("_id"))) {
			return Reply.notFound("Environment not found", request.path());
		}
		return null;
	}

	private @Nullable Map<String, @Nullable Object> chatIntegration(NovuState.Request request, String providerId) {
		String identifier = request.param("integrationIdentifier");
		return this.integrations.find((i) -> providerId.equals(i.get("providerId"))
				&& (identifier == null || identifier.equals(i.get("identifier"))));
	}

	/** The provider's authorize URL (Slack, Microsoft Teams), or {@code null} for a provider without OAuth. */
	private static @Nullable String authorizeUrl(Map<String, @Nullable Object> integration, NovuState.Request request,
			String state) {
		String clientId = "local-novu-client";
		if (integration.get("credentials") instanceof Map<?, ?> credentials
				&& credentials.get("clientId") instanceof String given) {
			clientId = given;
		}
		String redirect = baseUrl(request) + "/v1/integrations/chat/oauth/callback";
		Object provider = integration.get("providerId");
		if ("slack".equals(provider)) {
			return "https://slack.com/oauth/v2/authorize?client_id=" + encode(clientId) + "&scope="
					+ encode(scopes(request, "scope", "chat:write,chat:write.public,channels:read,incoming-webhook"))
					+ "&user_scope=" + encode(scopes(request, "userScope", "")) + "&redirect_uri=" + encode(redirect)
					+ "&state=" + encode(state);
		}
		if ("msteams".equals(provider)) {
			return "https://login.microsoftonline.com/common/adminconsent?client_id=" + encode(clientId)
					+ "&redirect_uri=" + encode(redirect) + "&state=" + encode(state);
		}
		return null;
	}

	private static String scopes(NovuState.Request request, String field, String fallback) {
		JsonNode given = (request.json() != null) ? request.json().get(field) : null;
		if (given == null || !given.isArray() || given.isEmpty()) {
			return fallback;
		}
		List<String> scopes = new ArrayList<>();
		given.forEach((s) -> scopes.add(s.asString()));
		return String.join(",", scopes);
	}

	private static String botUsername(Map<String, @Nullable Object> integration) {
		return "LocalNovu" + ((String) integration.get("identifier")).replaceAll("[^A-Za-z0-9]", "") + "Bot";
	}

	private static String baseUrl(NovuState.Request request) {
		String host = request.received().header("Host");
		return "http://" + ((host != null) ? host : "127.0.0.1");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
