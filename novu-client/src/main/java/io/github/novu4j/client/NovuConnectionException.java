package io.github.novu4j.client;

import org.jspecify.annotations.Nullable;

/**
 * No connection to Novu could be made (refused, unknown host, connect timeout): the request was never
 * sent, so retrying it can never notify twice.
 */
public class NovuConnectionException extends NovuTransportException {

	/**
	 * @param operation the operation that failed, e.g. {@code events.trigger}, or {@code null} if unknown
	 * @param message the message, naming the operation and the reason
	 * @param cause the connection failure, or {@code null}
	 */
	public NovuConnectionException(@Nullable String operation, String message, @Nullable Throwable cause) {
		super(operation, message, cause);
	}

}
