package io.github.novu4j.client;

/**
 * Novu's rate limit was hit (429); {@link #getRetryAfter()} says how long to wait.
 */
public class NovuRateLimitException extends NovuApiException {

	public NovuRateLimitException(Details details) {
		super(details);
	}

}
