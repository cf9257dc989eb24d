package io.github.novu4j.autoconfigure.webhooks;

import java.util.Objects;

import io.github.novu4j.client.webhooks.NovuWebhookEvent;
import io.github.novu4j.client.webhooks.NovuWebhookVerificationException;
import io.github.novu4j.client.webhooks.NovuWebhookVerifier;
import io.github.novu4j.client.webhooks.VerifiedWebhook;
import io.github.novu4j.client.webhooks.WebhookHeaders;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What the webhook endpoint does with one delivery, independent of Spring MVC or WebFlux: verify it, claim
 * its {@code webhook-id}, publish its event to the application's listeners, and decide the answer.
 *
 * <ul>
 * <li>400 for a missing or malformed header or body, 401 for a bad signature or a timestamp out of
 * tolerance: Novu's retry will not fix either, and the answer never holds a stack trace;</li>
 * <li>200 {@code duplicate} for a delivery already processed (a retry or a manual resend);</li>
 * <li>500 when a listener threw: the claim is given back and Novu retries;</li>
 * <li>503 when the deduplication store failed (e.g. the database is down): Novu retries;</li>
 * <li>200 otherwise.</li>
 * </ul>
 *
 * Listeners run on the request thread, so they should be quick (Novu gives up after 15 seconds); make slow
 * ones {@code @Async}.
 */
public class NovuWebhookReceiver {

	private static final Log logger = LogFactory.getLog(NovuWebhookReceiver.class);

	private final NovuWebhookVerifier verifier;

	private final WebhookDeduplicationStore store;

	private final ApplicationEventPublisher publisher;

	private final NovuWebhookMetrics metrics;

	/**
	 * @param verifier checks signatures and parses events
	 * @param store remembers processed deliveries
	 * @param publisher publishes each event to the application's listeners
	 * @param metrics counts what happened
	 */
	public NovuWebhookReceiver(NovuWebhookVerifier verifier, WebhookDeduplicationStore store,
			ApplicationEventPublisher publisher, NovuWebhookMetrics metrics) {
		this.verifier = Objects.requireNonNull(verifier, "verifier");
		this.store = Objects.requireNonNull(store, "store");
		this.publisher = Objects.requireNonNull(publisher, "publisher");
		this.metrics = Objects.requireNonNull(metrics, "metrics");
	}

	/**
	 * Handles one delivery.
	 * @param rawBody the request body exactly as received
	 * @param headers the request headers
	 * @return the answer to send
	 */
	public Answer receive(byte[] rawBody, WebhookHeaders headers) {
		VerifiedWebhook webhook;
		try {
			webhook = this.verifier.verify(rawBody, headers);
		}
		catch (NovuWebhookVerificationException ex) {
			this.metrics.rejected(ex.getReason());
			logger.warn("Rejected a Novu webhook delivery: " + ex.getMessage());
			return new Answer(ex.getReason().isAuthenticationFailure() ? 401 : 400,
					"{\"error\":\"" + ex.getReason().name().toLowerCase(java.util.Locale.ROOT) + "\"}");
		}
		NovuWebhookEvent event = webhook.event();
		String type = event.type().value();
		this.metrics.received(type);
		boolean claimed;
		try {
			claimed = this.store.claim(webhook.webhookId());
		}
		catch (RuntimeException ex) {
			logger.error("Could not record Novu webhook " + webhook.webhookId() + " (" + type
					+ ") as processed; answering 503 so that Novu retries", ex);
			return new Answer(503, "{\"error\":\"deduplication_unavailable\"}");
		}
		if (!claimed) {
			this.metrics.duplicate(type);
			if (logger.isDebugEnabled()) {
				logger.debug("Novu webhook " + webhook.webhookId() + " (" + type + ") was already processed");
			}
			return new Answer(200, "{\"status\":\"duplicate\"}");
		}
		try {
			this.publisher.publishEvent(event);
		}
		catch (RuntimeException ex) {
			this.metrics.listenerFailed(type);
			logger.error("A listener failed on Novu webhook " + webhook.webhookId() + " (" + type
					+ "); answering 500 so that Novu retries", ex);
			try {
				this.store.release(webhook.webhookId());
			}
			catch (RuntimeException releaseFailure) {
				ex.addSuppressed(releaseFailure);
				logger.error("Could not release the claim of Novu webhook " + webhook.webhookId()
						+ "; its retry will be taken for a duplicate", releaseFailure);
			}
			return new Answer(500, "{\"error\":\"listener_failed\"}");
		}
		return new Answer(200, "{\"status\":\"processed\"}");
	}

	/**
	 * The endpoint's answer: a status and a small JSON body, never a stack trace.
	 *
	 * @param status the HTTP status
	 * @param body the JSON body
	 */
	public record Answer(int status, String body) {

	}

}
