package io.github.novu4j.client.observation;

import io.github.novu4j.client.NovuApiException;
import io.github.novu4j.client.NovuConnectionException;
import io.github.novu4j.client.NovuTimeoutException;
import io.github.novu4j.client.NovuTransportException;

/**
 * A Novu operation is about to repeat a failed attempt. Delivered to {@link NovuClientListener#onRetry}
 * after the back-off delay, just before the new attempt.
 *
 * @param operation the operation, e.g. {@code events.trigger}
 * @param method the HTTP method
 * @param uriTemplate the path template; never an id
 * @param host the Novu host
 * @param attempt the number of the attempt about to start, 2 or more
 * @param failure the failure of the previous attempt
 */
public record RetryEvent(String operation, String method, String uriTemplate, String host, int attempt,
		Throwable failure) {

	/** Novu answered 429: the rate limit is exhausted. */
	public static final String RATE_LIMITED = "rate_limited";

	/** Novu answered 409: a request with the same idempotency key is still being processed. */
	public static final String IN_PROGRESS = "in_progress";

	/** Novu answered 5xx. */
	public static final String SERVER_ERROR = "server_error";

	/** Novu answered 408, or no answer came in time. */
	public static final String TIMEOUT = "timeout";

	/** No connection could be made. */
	public static final String CONNECTION = "connection";

	/** The connection broke, or the answer could not be read. */
	public static final String TRANSPORT = "transport";

	/** Anything else. */
	public static final String OTHER = "other";

	/**
	 * @return why the attempt is repeated, one of a few fixed values ({@link #RATE_LIMITED},
	 * {@link #IN_PROGRESS}, {@link #SERVER_ERROR}, {@link #TIMEOUT}, {@link #CONNECTION},
	 * {@link #TRANSPORT}, {@link #OTHER}), so it can be a metric tag
	 */
	public String cause() {
		return causeOf(this.failure);
	}

	/**
	 * @param failure the failure of an attempt
	 * @return its low-cardinality cause, as {@link #cause()}
	 */
	public static String causeOf(Throwable failure) {
		if (failure instanceof NovuApiException api) {
			int status = api.getStatusCode();
			if (status == 429) {
				return RATE_LIMITED;
			}
			if (status == 409) {
				return IN_PROGRESS;
			}
			if (status == 408) {
				return TIMEOUT;
			}
			return (status >= 500) ? SERVER_ERROR : OTHER;
		}
		if (failure instanceof NovuConnectionException) {
			return CONNECTION;
		}
		if (failure instanceof NovuTimeoutException) {
			return TIMEOUT;
		}
		if (failure instanceof NovuTransportException) {
			return TRANSPORT;
		}
		return OTHER;
	}

}
