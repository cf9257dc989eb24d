package io.github.novu4j.client;

/**
 * Novu rejected the request as invalid (400, or 422 from newer servers and for an unknown workflow); {@link #getValidationErrors()} lists the fields.
 */
public class NovuValidationException extends NovuApiException {

	public NovuValidationException(Details details) {
		super(details);
	}

}
