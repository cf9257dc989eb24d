package io.github.novu4j.client;

import org.jspecify.annotations.Nullable;

/**
 * Novu did not answer within the read timeout, or the call's time budget ran out. The request may
 * have been processed: a retry with the same {@code Idempotency-Key} is safe, a retry without one is not.
 */
public class NovuTimeoutException extends NovuTransportException {

	/**
	 * @param operation the operation that failed, e.g. {@code events.trigger}, or {@code null} if unknown
	 * @param message the message, naming the operation and the reason
	 * @param cause the timeout the HTTP client reported, or {@code null}
	 */
	public NovuTimeoutException(@Nullable String operation, String message, @Nullable Throwable cause) {
		super(operation, message, cause);
	}

}
