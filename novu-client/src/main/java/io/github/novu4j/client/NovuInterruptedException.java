package io.github.novu4j.client;

import org.jspecify.annotations.Nullable;

/**
 * The calling thread was interrupted, so the call stopped: before its first attempt (nothing was sent),
 * during an attempt, or while waiting to retry. The thread's interrupt flag is still set. If it was
 * interrupted during an attempt, whether Novu processed the request is unknown; repeating the call with
 * the same {@code Idempotency-Key} is safe. The cause, if any, is the failure that was being retried.
 */
public class NovuInterruptedException extends NovuTransportException {

	/**
	 * @param operation the operation that failed, e.g. {@code events.trigger}, or {@code null} if unknown
	 * @param message the message, naming the operation and the reason
	 * @param cause the I/O failure the interrupt caused, or the failure that was being retried; {@code null} if none
	 */
	public NovuInterruptedException(@Nullable String operation, String message, @Nullable Throwable cause) {
		super(operation, message, cause);
	}

}
