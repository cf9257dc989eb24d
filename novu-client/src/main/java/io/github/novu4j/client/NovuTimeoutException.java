package io.github.novu4j.client;

import org.jspecify.annotations.Nullable;

/**
 * Novu did not answer within the read timeout, or the call's time budget ran out. The request may
 * have been processed: a retry with the same {@code Idempotency-Key} is safe, a retry without one is not.
 */
public class NovuTimeoutException extends NovuTransportException {

	public NovuTimeoutException(@Nullable String operation, String message, @Nullable Throwable cause) {
		super(operation, message, cause);
	}

}
