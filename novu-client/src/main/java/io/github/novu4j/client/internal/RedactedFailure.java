package io.github.novu4j.client.internal;

/**
 * Stands in for a failure of an HTTP library whose message carried the API key (some print the whole
 * {@code Authorization} header): the same class name, message with the key replaced, and stack trace.
 */
final class RedactedFailure extends Exception {

	private static final long serialVersionUID = 1L;

	RedactedFailure(Throwable original, String redactedMessage, RedactedFailure cause) {
		super(original.getClass().getName() + ": " + redactedMessage, cause, false, true);
		setStackTrace(original.getStackTrace());
	}

	RedactedFailure(Throwable original, String redactedMessage) {
		super(original.getClass().getName() + ": " + redactedMessage, null, false, true);
		setStackTrace(original.getStackTrace());
	}

}
