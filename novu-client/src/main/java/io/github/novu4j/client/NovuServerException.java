package io.github.novu4j.client;

/**
 * Novu failed (5xx); {@link #getErrorId()} identifies the failure for Novu support.
 */
public class NovuServerException extends NovuApiException {

	/**
	 * Usually created by {@link NovuApiException#create}, which picks the subclass by status.
	 * @param details what Novu answered (a 5xx)
	 */
	public NovuServerException(Details details) {
		super(details);
	}

}
