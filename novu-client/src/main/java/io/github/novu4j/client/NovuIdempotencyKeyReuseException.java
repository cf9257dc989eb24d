package io.github.novu4j.client;

/**
 * The {@code Idempotency-Key} was already used with a different request body (422). Terminal: never retried, since the first request with that key may already have notified.
 */
public class NovuIdempotencyKeyReuseException extends NovuApiException {

	/**
	 * Usually created by {@link NovuApiException#create}, which picks the subclass by status.
	 * @param details what Novu answered (a 422 for a reused Idempotency-Key)
	 */
	public NovuIdempotencyKeyReuseException(Details details) {
		super(details);
	}

}
