package io.github.novu4j.autoconfigure.webhooks;

/**
 * Remembers which webhook deliveries were processed, by {@code webhook-id}, so that Novu's at-least-once
 * retries and manual resends reach the listeners once. Declare your own bean to replace the auto-configured
 * store.
 */
public interface WebhookDeduplicationStore {

	/**
	 * Claims a delivery for processing, atomically: of several concurrent calls with one id (in this or, for
	 * a shared store, another instance) exactly one returns {@code true}.
	 * @param webhookId the {@code webhook-id}
	 * @return {@code true} when this caller should process it, {@code false} for a duplicate
	 */
	boolean claim(String webhookId);

	/**
	 * Gives a claim back after processing failed, so that Novu's retry is processed.
	 * @param webhookId the {@code webhook-id}
	 */
	void release(String webhookId);

	/** A store that remembers nothing: every delivery is processed. */
	WebhookDeduplicationStore NONE = new WebhookDeduplicationStore() {

		@Override
		public boolean claim(String webhookId) {
			return true;
		}

		@Override
		public void release(String webhookId) {
		}

		@Override
		public String toString() {
			return "WebhookDeduplicationStore.NONE";
		}

	};

}
