package io.github.novu4j.client;

/**
 * Novu failed (5xx); {@link #getErrorId()} identifies the failure for Novu support.
 */
public class NovuServerException extends NovuApiException {

	public NovuServerException(Details details) {
		super(details);
	}

}
