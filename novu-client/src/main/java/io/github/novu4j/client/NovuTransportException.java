package io.github.novu4j.client;

import org.jspecify.annotations.Nullable;

/**
 * No usable answer arrived from Novu: the connection failed or broke, the call timed out or was
 * interrupted, or a success response could not be read. Whether the request reached Novu is unknown,
 * unless the subclass says otherwise ({@link NovuConnectionException}: it never left). Repeating it with
 * the same {@code Idempotency-Key} is safe; the client does so itself where its retry settings allow.
 * An unreadable or empty 2xx answer means Novu did process the request; it is not retried.
 */
public class NovuTransportException extends NovuException {

	/**
	 * @param operation the operation that failed, e.g. {@code events.trigger}, or {@code null} if unknown
	 * @param message the message, naming the operation and the reason
	 * @param cause the I/O or parsing failure, or {@code null}
	 */
	public NovuTransportException(@Nullable String operation, String message, @Nullable Throwable cause) {
		super(operation, message, cause);
	}

}
