package io.github.novu4j.autoconfigure.webhooks;

import io.github.novu4j.client.webhooks.NovuWebhookVerificationException;

/**
 * What the webhook endpoint counts. With Micrometer and a {@code MeterRegistry}, the counters are
 * {@code novu.webhooks.received}, {@code novu.webhooks.duplicates} and
 * {@code novu.webhooks.listener.failures} (tag {@code type}, the event type) and
 * {@code novu.webhooks.rejected} (tag {@code reason}, e.g. {@code bad_signature}).
 */
public interface NovuWebhookMetrics {

	/** Counts nothing. */
	NovuWebhookMetrics NONE = new NovuWebhookMetrics() {
	};

	/**
	 * A verified delivery arrived (duplicates included).
	 * @param type the event type
	 */
	default void received(String type) {
	}

	/**
	 * A delivery failed verification.
	 * @param reason why
	 */
	default void rejected(NovuWebhookVerificationException.Reason reason) {
	}

	/**
	 * A verified delivery was a duplicate and did not reach the listeners.
	 * @param type the event type
	 */
	default void duplicate(String type) {
	}

	/**
	 * A listener threw; the endpoint answered 500 so that Novu retries.
	 * @param type the event type
	 */
	default void listenerFailed(String type) {
	}

}
