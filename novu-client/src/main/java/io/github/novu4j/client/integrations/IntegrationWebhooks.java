package io.github.novu4j.client.integrations;

import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;

/**
 * Whether providers report delivery events to Novu by webhook. Obtained from
 * {@code novu.integrations().webhooks()}; thread-safe.
 */
public class IntegrationWebhooks {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public IntegrationWebhooks(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Tells whether a provider supports webhooks
	 * ({@code GET /v1/integrations/webhook/provider/{providerOrIntegrationId}/status}).
	 * @param providerOrIntegrationId a provider id such as {@code sendgrid}, or an integration's id
	 * @return whether Novu can receive the provider's webhooks
	 */
	public boolean retrieve(String providerOrIntegrationId) {
		return retrieve(providerOrIntegrationId, RequestOptions.none());
	}

	/**
	 * Tells whether a provider supports webhooks.
	 * @param providerOrIntegrationId a provider id such as {@code sendgrid}, or an integration's id
	 * @param options per-call options
	 * @return whether Novu can receive the provider's webhooks
	 */
	public boolean retrieve(String providerOrIntegrationId, RequestOptions options) {
		return this.transport.call(ApiCall
			.get("integrations.webhooks.retrieve", "/v1/integrations/webhook/provider/{providerOrIntegrationId}/status")
			.path("providerOrIntegrationId", providerOrIntegrationId)
			.build(), Boolean.class, options);
	}

}
