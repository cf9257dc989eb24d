package io.github.novu4j.client.domains;

import java.util.Objects;

import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import io.github.novu4j.client.internal.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * The routes of a domain ({@code /v1/domains/{domain}/routes}): where mail to {@code <address>@<domain>}
 * goes. Obtained from {@code novu.domains().routes()}; thread-safe. The address {@code *} is the
 * wildcard route; it travels as one encoded path segment ({@code %2A}), which Novu decodes.
 */
public class DomainRoutes {

	/** The address of the wildcard route, which takes mail to every address without its own route. */
	public static final String WILDCARD = "*";

	private final NovuTransport transport;

	DomainRoutes(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Lists a domain's routes ({@code GET /v1/domains/{domain}/routes}), 10 per page.
	 * @param domain the domain name
	 * @return the routes, page by page
	 */
	public CursorPagedIterable<DomainRoute> list(String domain) {
		return list(domain, null, CursorPagination.none(), RequestOptions.none());
	}

	/**
	 * Lists a domain's routes ({@code GET /v1/domains/{domain}/routes}).
	 * @param domain the domain name
	 * @param pagination where to start, page size (1 to 100) and order
	 * @return the routes, page by page
	 */
	public CursorPagedIterable<DomainRoute> list(String domain, CursorPagination pagination) {
		return list(domain, null, pagination, RequestOptions.none());
	}

	/**
	 * Lists a domain's routes ({@code GET /v1/domains/{domain}/routes}), optionally only those to one agent.
	 * @param domain the domain name
	 * @param agentId only routes to this agent (its identifier), or {@code null}
	 * @param pagination where to start, page size (1 to 100) and order
	 * @param options per-call options, applied to each page request
	 * @return the routes, page by page
	 */
	public CursorPagedIterable<DomainRoute> list(String domain, @Nullable String agentId, CursorPagination pagination,
			RequestOptions options) {
		DomainChecks.domainName(domain);
		TextChecks.requireNullOrText(agentId, "agentId");
		return this.transport.cursorList(pagination,
				(page) -> ApiCall.get("domains.routes.list", "/v1/domains/{domain}/routes")
					.path("domain", domain)
					.cursor(page)
					.query("agentId", agentId)
					.build(),
				DomainRoute.class, options);
	}

	/**
	 * Creates a route ({@code POST /v1/domains/{domain}/routes}).
	 * @param domain the domain name
	 * @param request the address and destination
	 * @return the new route
	 */
	public DomainRoute create(String domain, CreateDomainRouteRequest request) {
		return create(domain, request, RequestOptions.none());
	}

	/**
	 * Creates a route ({@code POST /v1/domains/{domain}/routes}).
	 * @param domain the domain name
	 * @param request the address and destination
	 * @param options per-call options
	 * @return the new route
	 */
	public DomainRoute create(String domain, CreateDomainRouteRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("domains.routes.create", "/v1/domains/{domain}/routes")
			.path("domain", DomainChecks.domainName(domain))
			.body(request)
			.build(), DomainRoute.class, options);
	}

	/**
	 * Retrieves the route of an address ({@code GET /v1/domains/{domain}/routes/{address}}).
	 * @param domain the domain name
	 * @param address the local part, or {@link #WILDCARD}
	 * @return the route
	 * @throws io.github.novu4j.client.NovuNotFoundException if the address has no route
	 */
	public DomainRoute retrieve(String domain, String address) {
		return retrieve(domain, address, RequestOptions.none());
	}

	/**
	 * Retrieves the route of an address ({@code GET /v1/domains/{domain}/routes/{address}}).
	 * @param domain the domain name
	 * @param address the local part, or {@link #WILDCARD}
	 * @param options per-call options
	 * @return the route
	 */
	public DomainRoute retrieve(String domain, String address, RequestOptions options) {
		return this.transport.call(ApiCall.get("domains.routes.retrieve", "/v1/domains/{domain}/routes/{address}")
			.path("domain", DomainChecks.domainName(domain))
			.path("address", DomainChecks.address(address))
			.build(), DomainRoute.class, options);
	}

	/**
	 * Changes a route's destination or metadata ({@code PATCH /v1/domains/{domain}/routes/{address}}).
	 * @param domain the domain name
	 * @param address the local part, or {@link #WILDCARD}
	 * @param request the changes
	 * @return the updated route
	 */
	public DomainRoute update(String domain, String address, UpdateDomainRouteRequest request) {
		return update(domain, address, request, RequestOptions.none());
	}

	/**
	 * Changes a route's destination or metadata ({@code PATCH /v1/domains/{domain}/routes/{address}}).
	 * @param domain the domain name
	 * @param address the local part, or {@link #WILDCARD}
	 * @param request the changes
	 * @param options per-call options
	 * @return the updated route
	 */
	public DomainRoute update(String domain, String address, UpdateDomainRouteRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.patch("domains.routes.update", "/v1/domains/{domain}/routes/{address}")
			.path("domain", DomainChecks.domainName(domain))
			.path("address", DomainChecks.address(address))
			.body(request)
			.build(), DomainRoute.class, options);
	}

	/**
	 * Deletes the route of an address ({@code DELETE /v1/domains/{domain}/routes/{address}}).
	 * @param domain the domain name
	 * @param address the local part, or {@link #WILDCARD}
	 */
	public void delete(String domain, String address) {
		delete(domain, address, RequestOptions.none());
	}

	/**
	 * Deletes the route of an address ({@code DELETE /v1/domains/{domain}/routes/{address}}).
	 * @param domain the domain name
	 * @param address the local part, or {@link #WILDCARD}
	 * @param options per-call options
	 */
	public void delete(String domain, String address, RequestOptions options) {
		this.transport.callNoContent(ApiCall.delete("domains.routes.delete", "/v1/domains/{domain}/routes/{address}")
			.path("domain", DomainChecks.domainName(domain))
			.path("address", DomainChecks.address(address))
			.build(), options);
	}

	/**
	 * Sends a synthetic inbound mail through the production delivery path of a route
	 * ({@code POST /v1/domains/{domain}/routes/{address}/test}); with {@code dryRun} nothing is delivered.
	 * @param domain the domain name
	 * @param address the local part, or {@link #WILDCARD}
	 * @param request the test mail
	 * @return what matched and what was (or would be) delivered
	 */
	public DomainRouteTestResult test(String domain, String address, TestDomainRouteRequest request) {
		return test(domain, address, request, RequestOptions.none());
	}

	/**
	 * Sends a synthetic inbound mail through a route ({@code POST /v1/domains/{domain}/routes/{address}/test}).
	 * @param domain the domain name
	 * @param address the local part, or {@link #WILDCARD}
	 * @param request the test mail
	 * @param options per-call options
	 * @return what matched and what was (or would be) delivered
	 */
	public DomainRouteTestResult test(String domain, String address, TestDomainRouteRequest request,
			RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("domains.routes.test", "/v1/domains/{domain}/routes/{address}/test")
			.path("domain", DomainChecks.domainName(domain))
			.path("address", DomainChecks.address(address))
			.body(request)
			.build(), DomainRouteTestResult.class, options);
	}

}
