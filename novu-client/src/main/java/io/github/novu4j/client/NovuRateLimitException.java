package io.github.novu4j.client;

/**
 * Novu's rate limit was hit (429); {@link #getRetryAfter()} says how long to wait.
 */
public class NovuRateLimitException extends NovuApiException {

	/**
	 * Usually created by {@link NovuApiException#create}, which picks the subclass by status.
	 * @param details what Novu answered (a 429)
	 */
	public NovuRateLimitException(Details details) {
		super(details);
	}

}
