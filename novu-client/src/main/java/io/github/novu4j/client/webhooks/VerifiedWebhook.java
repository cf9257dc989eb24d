package io.github.novu4j.client.webhooks;

import java.time.Instant;
import java.util.Objects;

/**
 * A webhook delivery whose signature and timestamp were verified, with its parsed event.
 *
 * @param webhookId the {@code webhook-id} (Svix's {@code msg_...} id): the same on every retry and manual
 * resend of one event, so deduplicate on it
 * @param timestamp when it was signed ({@code webhook-timestamp})
 * @param event the parsed event
 */
public record VerifiedWebhook(String webhookId, Instant timestamp, NovuWebhookEvent event) {

	/**
	 * Rejects nulls.
	 * @param webhookId the {@code webhook-id}
	 * @param timestamp when it was signed
	 * @param event the parsed event
	 */
	public VerifiedWebhook {
		Objects.requireNonNull(webhookId, "webhookId");
		Objects.requireNonNull(timestamp, "timestamp");
		Objects.requireNonNull(event, "event");
	}

}
