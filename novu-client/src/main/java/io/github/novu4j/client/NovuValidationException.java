package io.github.novu4j.client;

/**
 * Novu rejected the request as invalid (400, or 422 from newer servers and for an unknown workflow); {@link #getValidationErrors()} lists the fields.
 */
public class NovuValidationException extends NovuApiException {

	/**
	 * Usually created by {@link NovuApiException#create}, which picks the subclass by status.
	 * @param details what Novu answered (a 400 or 422)
	 */
	public NovuValidationException(Details details) {
		super(details);
	}

}
