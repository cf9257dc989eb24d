package io.github.novu4j.client;

/**
 * A conflict (409): a topic key that exists, a topic that still has subscribers, or an idempotent request still in flight (which the client retries with the same key).
 */
public class NovuConflictException extends NovuApiException {

	/**
	 * Usually created by {@link NovuApiException#create}, which picks the subclass by status.
	 * @param details what Novu answered (a 409)
	 */
	public NovuConflictException(Details details) {
		super(details);
	}

}
