package io.github.novu4j.client;

import org.jspecify.annotations.Nullable;

/**
 * No connection to Novu could be made (refused, unknown host, connect timeout): the request was never
 * sent, so retrying it can never notify twice.
 */
public class NovuConnectionException extends NovuTransportException {

	public NovuConnectionException(@Nullable String operation, String message, @Nullable Throwable cause) {
		super(operation, message, cause);
	}

}
