package io.github.novu4j.client;

/**
 * Novu rejected the API key or its permissions (401 or 403). Not retried: check {@code novu.api-key} and the region.
 */
public class NovuAuthenticationException extends NovuApiException {

	public NovuAuthenticationException(Details details) {
		super(details);
	}

}
