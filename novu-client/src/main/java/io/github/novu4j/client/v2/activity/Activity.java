package io.github.novu4j.client.v2.activity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * Activity tracking of delivery providers ({@code /v2/inbound-webhooks}): hands Novu a provider's
 * delivery webhook (opened, delivered, bounced, ...) so the message's activity shows it. Obtained from
 * {@code novu.v2().activity()}; thread-safe.
 *
 * <pre>{@code
 * List<WebhookResult> events = novu.v2().activity().track(environmentId, integrationId, providerPayload);
 * }</pre>
 *
 * Novu's own providers post to this endpoint directly; call it to forward a webhook your application
 * received. The ids are Novu's internal {@code _id}s of the environment and the integration, not the
 * environment identifier or the integration identifier. An enterprise feature of Novu.
 */
public class Activity {

	private static final TypeReference<List<WebhookResult>> RESULTS = new TypeReference<>() {
	};

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Activity(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Passes a provider's webhook to Novu
	 * ({@code POST /v2/inbound-webhooks/delivery-providers/{environmentId}/{integrationId}}).
	 * @param environmentId the environment's internal id ({@code _id})
	 * @param integrationId the integration's internal id ({@code _id})
	 * @param payload the provider's webhook body, as a JSON object
	 * @return the delivery events Novu read from it
	 */
	public List<WebhookResult> track(String environmentId, String integrationId,
			Map<String, ? extends @Nullable Object> payload) {
		return track(environmentId, integrationId, payload, RequestOptions.none());
	}

	/**
	 * Passes a provider's webhook to Novu
	 * ({@code POST /v2/inbound-webhooks/delivery-providers/{environmentId}/{integrationId}}).
	 * @param environmentId the environment's internal id ({@code _id})
	 * @param integrationId the integration's internal id ({@code _id})
	 * @param payload the provider's webhook body, as a JSON object
	 * @param options per-call options
	 * @return the delivery events Novu read from it
	 */
	public List<WebhookResult> track(String environmentId, String integrationId,
			Map<String, ? extends @Nullable Object> payload, RequestOptions options) {
		Objects.requireNonNull(payload, "payload");
		return this.transport.call(
				ApiCall.post("activity.track", "/v2/inbound-webhooks/delivery-providers/{environmentId}/{integrationId}")
			.path("environmentId", environmentId)
			.path("integrationId", integrationId)
			.body(new LinkedHashMap<>(payload))
			.build(), RESULTS, options);
	}

}
