package io.github.novu4j.client.domains;

import java.util.Map;
import java.util.Objects;

import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import io.github.novu4j.client.internal.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * Inbound e-mail domains, their auto-configuration and routes ({@code /v1/domains}). Obtained from
 * {@code NovuClient}; thread-safe. A domain is addressed by its name.
 *
 * <pre>{@code
 * Domain domain = novu.domains().create(CreateDomainRequest.of("inbound.example.com"));
 * domain.expectedDnsRecords();                       // add these at your DNS provider, then:
 * novu.domains().verify("inbound.example.com");
 * novu.domains().routes().create("inbound.example.com", CreateDomainRouteRequest.agent("support", "support-bot"));
 * }</pre>
 */
public class Domains {

	private final NovuTransport transport;

	private final DomainAutoConfigure autoConfigure;

	private final DomainRoutes routes;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Domains(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
		this.autoConfigure = new DomainAutoConfigure(transport);
		this.routes = new DomainRoutes(transport);
	}

	/** @return DNS auto-configuration (Domain Connect) */
	public DomainAutoConfigure autoConfigure() {
		return this.autoConfigure;
	}

	/** @return the routes of domains */
	public DomainRoutes routes() {
		return this.routes;
	}

	/**
	 * Lists the domains of the environment ({@code GET /v1/domains}), 10 per page.
	 * @return the domains, page by page
	 */
	public CursorPagedIterable<Domain> list() {
		return list(null, CursorPagination.none(), RequestOptions.none());
	}

	/**
	 * Lists domains ({@code GET /v1/domains}).
	 * @param pagination where to start, page size (1 to 100) and order
	 * @return the domains, page by page
	 */
	public CursorPagedIterable<Domain> list(CursorPagination pagination) {
		return list(null, pagination, RequestOptions.none());
	}

	/**
	 * Lists domains ({@code GET /v1/domains}) whose name contains a text.
	 * @param name the text to look for, or {@code null} for every domain
	 * @param pagination where to start, page size (1 to 100) and order
	 * @param options per-call options, applied to each page request
	 * @return the domains, page by page
	 */
	public CursorPagedIterable<Domain> list(@Nullable String name, CursorPagination pagination, RequestOptions options) {
		TextChecks.requireNullOrText(name, "name");
		return this.transport.cursorList(pagination,
				(page) -> ApiCall.get("domains.list", "/v1/domains").cursor(page).query("name", name).build(),
				Domain.class, options);
	}

	/**
	 * Registers an inbound e-mail domain ({@code POST /v1/domains}); the answer lists the DNS records to
	 * add before it receives mail.
	 * @param request the domain
	 * @return the new domain, with its expected DNS records
	 */
	public Domain create(CreateDomainRequest request) {
		return create(request, RequestOptions.none());
	}

	/**
	 * Registers an inbound e-mail domain ({@code POST /v1/domains}).
	 * @param request the domain
	 * @param options per-call options
	 * @return the new domain
	 */
	public Domain create(CreateDomainRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("domains.create", "/v1/domains").body(request).build(), Domain.class,
				options);
	}

	/**
	 * Retrieves a domain by name ({@code GET /v1/domains/{domain}}); a pure read, see {@link #verify}.
	 * @param domain the domain name
	 * @return the domain
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is none
	 */
	public Domain retrieve(String domain) {
		return retrieve(domain, RequestOptions.none());
	}

	/**
	 * Retrieves a domain by name ({@code GET /v1/domains/{domain}}).
	 * @param domain the domain name
	 * @param options per-call options
	 * @return the domain
	 */
	public Domain retrieve(String domain, RequestOptions options) {
		return this.transport.call(
				ApiCall.get("domains.retrieve", "/v1/domains/{domain}").path("domain", DomainChecks.domainName(domain)).build(),
				Domain.class, options);
	}

	/**
	 * Replaces a domain's metadata ({@code PATCH /v1/domains/{domain}}).
	 * @param domain the domain name
	 * @param data the new metadata (replaces the old entirely): at most 10 keys, 500 characters together
	 * @return the updated domain
	 */
	public Domain update(String domain, Map<String, String> data) {
		return update(domain, data, RequestOptions.none());
	}

	/**
	 * Replaces a domain's metadata ({@code PATCH /v1/domains/{domain}}).
	 * @param domain the domain name
	 * @param data the new metadata
	 * @param options per-call options
	 * @return the updated domain
	 */
	public Domain update(String domain, Map<String, String> data, RequestOptions options) {
		Objects.requireNonNull(data, "data");
		return this.transport.call(ApiCall.patch("domains.update", "/v1/domains/{domain}")
			.path("domain", DomainChecks.domainName(domain))
			.body(Map.of("data", DomainChecks.metadata(data)))
			.build(), Domain.class, options);
	}

	/**
	 * Deletes a domain and all its routes ({@code DELETE /v1/domains/{domain}}); its mail stops at once.
	 * @param domain the domain name
	 */
	public void delete(String domain) {
		delete(domain, RequestOptions.none());
	}

	/**
	 * Deletes a domain and all its routes ({@code DELETE /v1/domains/{domain}}).
	 * @param domain the domain name
	 * @param options per-call options
	 */
	public void delete(String domain, RequestOptions options) {
		this.transport.callNoContent(
				ApiCall.delete("domains.delete", "/v1/domains/{domain}").path("domain", DomainChecks.domainName(domain)).build(),
				options);
	}

	/**
	 * Looks up the domain's MX record now and updates its status ({@code POST /v1/domains/{domain}/verify}).
	 * @param domain the domain name
	 * @return the domain with its refreshed status
	 */
	public Domain verify(String domain) {
		return verify(domain, RequestOptions.none());
	}

	/**
	 * Looks up the domain's MX record now and updates its status ({@code POST /v1/domains/{domain}/verify}).
	 * @param domain the domain name
	 * @param options per-call options
	 * @return the domain with its refreshed status
	 */
	public Domain verify(String domain, RequestOptions options) {
		return this.transport.call(ApiCall.post("domains.verify", "/v1/domains/{domain}/verify")
			.path("domain", DomainChecks.domainName(domain))
			.build(), Domain.class, options);
	}

	/**
	 * Runs live DNS checks for inbound mail ({@code POST /v1/domains/{domain}/diagnose}): MX records,
	 * apex CNAME collisions, blocklists.
	 * @param domain the domain name
	 * @return the checks and the issues with fixes
	 */
	public DomainDiagnosis diagnose(String domain) {
		return diagnose(domain, RequestOptions.none());
	}

	/**
	 * Runs live DNS checks for inbound mail ({@code POST /v1/domains/{domain}/diagnose}).
	 * @param domain the domain name
	 * @param options per-call options
	 * @return the checks and the issues with fixes
	 */
	public DomainDiagnosis diagnose(String domain, RequestOptions options) {
		return this.transport.call(ApiCall.post("domains.diagnose", "/v1/domains/{domain}/diagnose")
			.path("domain", DomainChecks.domainName(domain))
			.build(), DomainDiagnosis.class, options);
	}

}
