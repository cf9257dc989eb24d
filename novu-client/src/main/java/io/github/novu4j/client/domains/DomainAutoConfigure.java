package io.github.novu4j.client.domains;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import io.github.novu4j.client.internal.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * DNS auto-configuration of a domain through Domain Connect ({@code /v1/domains/{domain}/auto-configure}).
 * Obtained from {@code novu.domains().autoConfigure()}; thread-safe.
 */
public class DomainAutoConfigure {

	private final NovuTransport transport;

	DomainAutoConfigure(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Tells whether the domain's DNS provider supports auto-configuration
	 * ({@code GET /v1/domains/{domain}/auto-configure}).
	 * @param domain the domain name
	 * @return availability, or the records to add by hand
	 */
	public DomainConnectStatus retrieve(String domain) {
		return retrieve(domain, RequestOptions.none());
	}

	/**
	 * Tells whether the domain's DNS provider supports auto-configuration
	 * ({@code GET /v1/domains/{domain}/auto-configure}).
	 * @param domain the domain name
	 * @param options per-call options
	 * @return availability, or the records to add by hand
	 */
	public DomainConnectStatus retrieve(String domain, RequestOptions options) {
		return this.transport.call(ApiCall.get("domains.autoConfigure.retrieve", "/v1/domains/{domain}/auto-configure")
			.path("domain", DomainChecks.domainName(domain))
			.build(), DomainConnectStatus.class, options);
	}

	/**
	 * Starts auto-configuration ({@code POST /v1/domains/{domain}/auto-configure/start}): a signed URL at
	 * the DNS provider that applies Novu's records.
	 * @param domain the domain name
	 * @param redirectUri where the provider returns to afterwards, or {@code null}
	 * @return the URL to send the domain owner to
	 */
	public DomainConnectApplyUrl start(String domain, @Nullable String redirectUri) {
		return start(domain, redirectUri, RequestOptions.none());
	}

	/**
	 * Starts auto-configuration ({@code POST /v1/domains/{domain}/auto-configure/start}).
	 * @param domain the domain name
	 * @param redirectUri where the provider returns to afterwards, or {@code null}
	 * @param options per-call options
	 * @return the URL to send the domain owner to
	 */
	public DomainConnectApplyUrl start(String domain, @Nullable String redirectUri, RequestOptions options) {
		Map<String, String> body = new LinkedHashMap<>();
		if (TextChecks.requireNullOrText(redirectUri, "redirectUri") != null) {
			body.put("redirectUri", redirectUri);
		}
		return this.transport.call(
				ApiCall.post("domains.autoConfigure.start", "/v1/domains/{domain}/auto-configure/start")
					.path("domain", DomainChecks.domainName(domain))
					.body(body)
					.build(),
				DomainConnectApplyUrl.class, options);
	}

}
