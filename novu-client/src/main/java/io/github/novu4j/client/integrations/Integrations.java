package io.github.novu4j.client.integrations;

import io.github.novu4j.client.ChannelType;
import java.util.List;
import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import tools.jackson.core.type.TypeReference;

/**
 * Provider integrations: create, list, update, delete, set as primary, and webhooks. Obtained from
 * {@code NovuClient}; thread-safe.
 *
 * <pre>{@code
 * Integration sendgrid = novu.integrations().create(CreateIntegrationRequest.builder("sendgrid", ChannelType.EMAIL)
 *     .name("SendGrid")
 *     .credentials(IntegrationCredentials.builder().apiKey(key).from("no-reply@example.com").build())
 *     .active(true)
 *     .build());
 * novu.integrations().setAsPrimary(sendgrid.id());
 * }</pre>
 *
 * The list operations are not paginated: Novu answers every integration of the environment at once.
 */
public class Integrations {

	private static final TypeReference<List<Integration>> INTEGRATIONS = new TypeReference<>() {
	};

	private final NovuTransport transport;

	private final IntegrationWebhooks webhooks;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Integrations(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
		this.webhooks = new IntegrationWebhooks(transport);
	}

	/** @return the webhook support of providers */
	public IntegrationWebhooks webhooks() {
		return this.webhooks;
	}

	/**
	 * Creates an integration ({@code POST /v1/integrations}).
	 * @param request the integration
	 * @return the integration Novu created
	 */
	public Integration create(CreateIntegrationRequest request) {
		return create(request, RequestOptions.none());
	}

	/**
	 * Creates an integration ({@code POST /v1/integrations}).
	 * @param request the integration
	 * @param options per-call options
	 * @return the integration Novu created
	 */
	public Integration create(CreateIntegrationRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("integrations.create", "/v1/integrations").body(request).build(),
				Integration.class, options);
	}

	/**
	 * Lists every integration of the environment ({@code GET /v1/integrations}); not paginated.
	 * @return the integrations
	 */
	public List<Integration> list() {
		return list(RequestOptions.none());
	}

	/**
	 * Lists every integration of the environment ({@code GET /v1/integrations}); not paginated.
	 * @param options per-call options
	 * @return the integrations
	 */
	public List<Integration> list(RequestOptions options) {
		return this.transport.call(ApiCall.get("integrations.list", "/v1/integrations").build(), INTEGRATIONS,
				options);
	}

	/**
	 * Lists the active integrations of the environment ({@code GET /v1/integrations/active}); not paginated.
	 * @return the active integrations
	 */
	public List<Integration> listActive() {
		return listActive(RequestOptions.none());
	}

	/**
	 * Lists the active integrations of the environment ({@code GET /v1/integrations/active}); not paginated.
	 * @param options per-call options
	 * @return the active integrations
	 */
	public List<Integration> listActive(RequestOptions options) {
		return this.transport.call(ApiCall.get("integrations.listActive", "/v1/integrations/active").build(),
				INTEGRATIONS, options);
	}

	/**
	 * Updates an integration ({@code PUT /v1/integrations/{integrationId}}); only the fields set in the
	 * request change.
	 * @param integrationId the integration's id ({@link Integration#id()})
	 * @param request the changes
	 * @return the updated integration
	 */
	public Integration update(String integrationId, UpdateIntegrationRequest request) {
		return update(integrationId, request, RequestOptions.none());
	}

	/**
	 * Updates an integration ({@code PUT /v1/integrations/{integrationId}}).
	 * @param integrationId the integration's id
	 * @param request the changes
	 * @param options per-call options
	 * @return the updated integration
	 */
	public Integration update(String integrationId, UpdateIntegrationRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.put("integrations.update", "/v1/integrations/{integrationId}")
			.path("integrationId", integrationId)
			.body(request)
			.build(), Integration.class, options);
	}

	/**
	 * Deletes an integration ({@code DELETE /v1/integrations/{integrationId}}).
	 * @param integrationId the integration's id
	 * @return the integrations that remain, as Novu answers them
	 */
	public List<Integration> delete(String integrationId) {
		return delete(integrationId, RequestOptions.none());
	}

	/**
	 * Deletes an integration ({@code DELETE /v1/integrations/{integrationId}}).
	 * @param integrationId the integration's id
	 * @param options per-call options
	 * @return the integrations that remain, as Novu answers them
	 */
	public List<Integration> delete(String integrationId, RequestOptions options) {
		return this.transport.call(ApiCall.delete("integrations.delete", "/v1/integrations/{integrationId}")
			.path("integrationId", integrationId)
			.build(), INTEGRATIONS, options);
	}

	/**
	 * Makes an integration the primary one of its channel
	 * ({@code POST /v1/integrations/{integrationId}/set-primary}; Novu answers 201).
	 * @param integrationId the integration's id
	 * @return the integration, now primary
	 */
	public Integration setAsPrimary(String integrationId) {
		return setAsPrimary(integrationId, RequestOptions.none());
	}

	/**
	 * Makes an integration the primary one of its channel.
	 * @param integrationId the integration's id
	 * @param options per-call options
	 * @return the integration, now primary
	 */
	public Integration setAsPrimary(String integrationId, RequestOptions options) {
		return this.transport.call(
				ApiCall.post("integrations.setAsPrimary", "/v1/integrations/{integrationId}/set-primary")
					.path("integrationId", integrationId)
					.build(),
				Integration.class, options);
	}

}
