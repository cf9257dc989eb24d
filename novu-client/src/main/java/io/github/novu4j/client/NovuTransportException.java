package io.github.novu4j.client;

import org.jspecify.annotations.Nullable;

/**
 * No usable answer arrived from Novu: the connection failed, the call timed out, the connection broke,
 * or a success response could not be read. Whether the request reached Novu is unknown unless the
 * subclass says otherwise ({@link NovuConnectionException}: it never left).
 */
public class NovuTransportException extends NovuException {

	public NovuTransportException(@Nullable String operation, String message, @Nullable Throwable cause) {
		super(operation, message, cause);
	}

}
