package io.github.novu4j.client;

/**
 * The {@code Idempotency-Key} was already used with a different request body (422). Terminal: never retried, since the first request with that key may already have notified.
 */
public class NovuIdempotencyKeyReuseException extends NovuApiException {

	public NovuIdempotencyKeyReuseException(Details details) {
		super(details);
	}

}
