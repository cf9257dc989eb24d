package io.github.novu4j.client;

/**
 * The resource does not exist (404).
 */
public class NovuNotFoundException extends NovuApiException {

	public NovuNotFoundException(Details details) {
		super(details);
	}

}
