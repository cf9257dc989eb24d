package io.github.novu4j.client.observation;

/**
 * Hears about every HTTP attempt and every retry of a client, for metrics the observation API does
 * not model (retry counts, the rate limit left). Registered with
 * {@code NovuClientBuilder.clientListener(..)}; {@code NovuClientMetrics} turns these events into
 * Micrometer meters.
 *
 * <p>Called on the calling thread, inside the operation's observation; keep it quick. An exception
 * it throws is logged and ignored.
 */
public interface NovuClientListener {

	/**
	 * An attempt ended, with an answer of any status or with a transport failure.
	 * @param event what happened
	 */
	default void onAttempt(AttemptEvent event) {
	}

	/**
	 * A failed attempt is about to be repeated.
	 * @param event which attempt and why
	 */
	default void onRetry(RetryEvent event) {
	}

}
