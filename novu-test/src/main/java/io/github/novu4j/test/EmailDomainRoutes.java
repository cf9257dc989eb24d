package io.github.novu4j.test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Inbound email domains and their routes, stateful. No DNS is looked up: a domain's MX record counts as
 * configured unless the name ends in {@code .invalid} (so a test can play both outcomes of verify and diagnose).
 */
final class EmailDomainRoutes {

	private static final Pattern DOMAIN_NAME = Pattern
		.compile("^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}$");

	private static final String MX_TARGET = "inbound-smtp.us-east-1.amazonaws.com";

	private final NovuState state;

	/** Keyed by the domain name. */
	private final Records domains;

	/** Keyed by {@code domain + "\n" + address}. */
	private final Records routes;

	EmailDomainRoutes(NovuState state) {
		this.state = state;
		this.domains = new Records(state, (name) -> "Domain " + name + " not found",
				(name) -> "Domain " + name + " already exists");
		this.routes = new Records(state, (key) -> "Route " + key.replace('\n', '@') + " not found",
				(key) -> "Route " + key.replace('\n', '@') + " already exists");
	}

	void register() {
		this.state.route("GET", "/v1/domains",
				(r, v) -> this.domains.page(r, (d) -> r.param("name") == null || r.param("name").equals(d.get("name"))));
		this.state.route("POST", "/v1/domains", (r, v) -> create(r));
		this.state.route("GET", "/v1/domains/{domain}", (r, v) -> this.domains.with(v.get(0), r, (d) -> Reply.wrapped(200, d)));
		this.state.route("PATCH", "/v1/domains/{domain}",
				(r, v) -> this.domains.with(v.get(0), r, (d) -> Reply.wrapped(200, Records.update(r.json(), d, "data"))));
		this.state.route("DELETE", "/v1/domains/{domain}", (r, v) -> this.domains.with(v.get(0), r, (d) -> {
			this.domains.remove(v.get(0));
			routesOf(v.get(0)).forEach((route) -> this.routes.remove(key(v.get(0), (String) route.get("address"))));
			return Reply.noContent();
		}));
		this.state.route("POST", "/v1/domains/{domain}/verify", (r, v) -> this.domains.with(v.get(0), r, (d) -> {
			boolean configured = mxConfigured(v.get(0));
			d.put("mxRecordConfigured", configured);
			d.put("status", configured ? "verified" : "pending");
			d.put("updatedAt", NovuState.now());
			return Reply.wrapped(200, d);
		}));
		this.state.route("POST", "/v1/domains/{domain}/diagnose",
				(r, v) -> this.domains.with(v.get(0), r, (d) -> Reply.wrapped(200, diagnosis(v.get(0)))));
		this.state.route("GET", "/v1/domains/{domain}/auto-configure",
				(r, v) -> this.domains.with(v.get(0), r, (d) -> Reply.wrapped(200, autoConfigureStatus(d))));
		this.state.route("POST", "/v1/domains/{domain}/auto-configure/start",
				(r, v) -> this.domains.with(v.get(0), r, (d) -> Reply.wrapped(201, applyUrl(r, v.get(0)))));
		this.state.route("GET", "/v1/domains/{domain}/routes", (r, v) -> this.domains.with(v.get(0), r,
				(d) -> this.routes.page(r, (route) -> v.get(0).equals(route.get("domain"))
						&& (r.param("agentId") == null || r.param("agentId").equals(route.get("agentId"))))));
		this.state.route("POST", "/v1/domains/{domain}/routes", (r, v) -> createRoute(r, v.get(0)));
		this.state.route("GET", "/v1/domains/{domain}/routes/{address}",
				(r, v) -> withRoute(r, v.get(0), v.get(1), (d, route) -> Reply.wrapped(200, route)));
		this.state.route("PATCH", "/v1/domains/{domain}/routes/{address}", (r, v) -> withRoute(r, v.get(0), v.get(1),
				(d, route) -> Reply.wrapped(200, Records.update(r.json(), route, "agentId", "type", "data"))));
		this.state.route("DELETE", "/v1/domains/{domain}/routes/{address}", (r, v) -> withRoute(r, v.get(0), v.get(1),
				(d, route) -> {
					this.routes.remove(key(v.get(0), v.get(1)));
					return Reply.noContent();
				}));
		this.state.route("POST", "/v1/domains/{domain}/routes/{address}/test",
				(r, v) -> withRoute(r, v.get(0), v.get(1), (d, route) -> testRoute(r, d, route)));
	}

	private Reply create(NovuState.Request request) {
		String name = Records.text(request.json(), "name");
		if (name == null || !DOMAIN_NAME.matcher(name).matches()) {
			return Reply.validationError(request.path(), "name must be a valid domain");
		}
		if (this.domains.has(name)) {
			return this.domains.conflict(name, request);
		}
		Map<String, @Nullable Object> domain = Records.document(this.state);
		domain.put("name", name);
		domain.put("status", "pending");
		domain.put("mxRecordConfigured", false);
		domain.put("expectedDnsRecords", List.of(expectedMx(name)));
		domain.put("data", Map.of());
		Records.copy(request.json(), domain, "data");
		return Reply.wrapped(201, this.domains.put(name, domain));
	}

	private static boolean mxConfigured(String name) {
		return !name.endsWith(".invalid");
	}

	private static Map<String, @Nullable Object> expectedMx(String name) {
		Map<String, @Nullable Object> record = new LinkedHashMap<>();
		record.put("type", "MX");
		record.put("name", name);
		record.put("content", MX_TARGET);
		record.put("ttl", "Auto");
		record.put("priority", 10);
		return record;
	}

	private static Map<String, @Nullable Object> diagnosis(String name) {
		boolean configured = mxConfigured(name);
		Map<String, @Nullable Object> check = new LinkedHashMap<>();
		check.put("code", "mx_missing");
		check.put("status", configured ? "pass" : "fail");
		check.put("latencyMs", 1);
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		result.put("ok", configured);
		result.put("runAt", NovuState.now());
		result.put("checks", List.of(check));
		result.put("issues", configured ? List.of() : List.of(Map.of("code", "mx_missing", "severity", "error", "message",
				"No MX record found for " + name, "fix", "Add an MX record for " + name + " pointing at " + MX_TARGET)));
		return result;
	}

	private static Map<String, @Nullable Object> autoConfigureStatus(Map<String, @Nullable Object> domain) {
		Map<String, @Nullable Object> status = new LinkedHashMap<>();
		status.put("available", true);
		status.put("providerName", "Cloudflare");
		status.put("providerId", "cloudflare");
		status.put("manualRecords", domain.get("expectedDnsRecords"));
		return status;
	}

	private static Map<String, @Nullable Object> applyUrl(NovuState.Request request, String name) {
		String redirect = Records.text(request.json(), "redirectUri");
		if (redirect == null) {
			redirect = "https://dashboard.novu.co/domains/" + name;
		}
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		result.put("applyUrl", "https://dash.cloudflare.com/domainconnect/v2/domainTemplates/providers/novu.co/services/"
				+ "inbound-email/apply?domain=" + encode(name) + "&redirect_uri=" + encode(redirect));
		result.put("providerName", "Cloudflare");
		result.put("redirectUri", redirect);
		return result;
	}

	private Reply createRoute(NovuState.Request request, String name) {
		return this.domains.with(name, request, (domain) -> {
			JsonNode body = request.json();
			String address = Records.text(body, "address");
			String type = Records.text(body, "type");
			if (address == null || !("agent".equals(type) || "webhook".equals(type))) {
				return Reply.validationError(request.path(), "address should not be empty",
						"type must be one of the following values: agent, webhook");
			}
			if ("agent".equals(type) && Records.text(body, "agentId") == null) {
				return Reply.validationError(request.path(), "agentId is required for an agent route");
			}
			if (this.routes.has(key(name, address))) {
				return this.routes.conflict(key(name, address), request);
			}
			Map<String, @Nullable Object> route = Records.document(this.state);
			route.put("_domainId", domain.get("_id"));
			route.put("domain", name);
			route.put("address", address);
			route.put("type", type);
			route.put("data", Map.of());
			Records.copy(body, route, "agentId", "data");
			return Reply.wrapped(201, this.routes.put(key(name, address), route));
		});
	}

	private Reply testRoute(NovuState.Request request, Map<String, @Nullable Object> domain,
			Map<String, @Nullable Object> route) {
		JsonNode body = request.json();
		if (Records.text(body, "subject") == null || Records.text(body.path("from"), "address") == null) {
			return Reply.validationError(request.path(), "from.address should not be empty", "subject should not be empty");
		}
		boolean dryRun = !body.path("dryRun").isBoolean() || body.path("dryRun").asBoolean();
		Map<String, @Nullable Object> mail = new LinkedHashMap<>();
		mail.put("from", List.of(Records.value(body.get("from"))));
		mail.put("to", List.of(Map.of("address", route.get("address") + "@" + domain.get("name"))));
		mail.put("subject", Records.text(body, "subject"));
		mail.put("text", Records.text(body, "text"));
		mail.put("html", Records.text(body, "html"));
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		result.put("matched", true);
		result.put("dryRun", dryRun);
		result.put("domainStatus", domain.get("status"));
		result.put("mxRecordConfigured", domain.get("mxRecordConfigured"));
		result.put("type", route.get("type"));
		result.put("payload", Map.of("domain", domain.get("name"), "route", route.get("address"), "mail", mail));
		// A dry run reports where the mail would go; a real run reports the (local, instant) delivery.
		if ("agent".equals(route.get("type"))) {
			result.put("wouldDeliverTo", route.get("agentId"));
			if (!dryRun) {
				Map<String, @Nullable Object> agent = new LinkedHashMap<>();
				agent.put("agentId", route.get("agentId"));
				agent.put("httpStatus", 200);
				agent.put("latencyMs", 1);
				result.put("agent", agent);
			}
		}
		else {
			result.put("wouldDeliverTo", "email.received webhook");
			result.put("webhook", Map.of("skipped", dryRun, "latencyMs", dryRun ? 0 : 1));
		}
		return Reply.wrapped(200, result);
	}

	private Reply withRoute(NovuState.Request request, String name, String address, RouteAction action) {
		return this.domains.with(name, request, (domain) -> this.routes.with(key(name, address), request,
				(route) -> action.apply(domain, route)));
	}

	private List<Map<String, @Nullable Object>> routesOf(String name) {
		return this.routes.all().stream().filter((r) -> name.equals(r.get("domain"))).toList();
	}

	private static String key(String domain, String address) {
		return domain + "\n" + address;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@FunctionalInterface
	private interface RouteAction {

		Reply apply(Map<String, @Nullable Object> domain, Map<String, @Nullable Object> route);

	}

}
