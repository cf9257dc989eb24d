package io.github.novu4j.client;

/**
 * Novu rejected the API key or its permissions (401 or 403). Not retried: check {@code novu.api-key} and the region.
 */
public class NovuAuthenticationException extends NovuApiException {

	/**
	 * Usually created by {@link NovuApiException#create}, which picks the subclass by status.
	 * @param details what Novu answered (a 401 or 403)
	 */
	public NovuAuthenticationException(Details details) {
		super(details);
	}

}
