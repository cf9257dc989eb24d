package io.github.novu4j.client;

/**
 * The resource does not exist (404).
 */
public class NovuNotFoundException extends NovuApiException {

	/**
	 * Usually created by {@link NovuApiException#create}, which picks the subclass by status.
	 * @param details what Novu answered (a 404)
	 */
	public NovuNotFoundException(Details details) {
		super(details);
	}

}
