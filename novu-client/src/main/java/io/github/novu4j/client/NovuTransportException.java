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

	public NovuTransportException(@Nullable String operation, String message, @Nullable Throwable cause) {
		super(operation, message, cause);
	}

}
