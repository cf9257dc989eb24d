package io.github.novu4j.client;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception the Novu client throws. Unchecked, so callers handle only what they care
 * about: {@link NovuApiException} and its subclasses for answers from Novu, {@link NovuTransportException}
 * when no answer arrived. Messages name the operation and the reason, never the API key.
 */
public class NovuException extends RuntimeException {

	/** The operation that failed, e.g. {@code events.trigger}. */
	private final @Nullable String operation;

	/**
	 * Creates an exception that names no operation and has no cause.
	 * @param message what went wrong
	 */
	public NovuException(String message) {
		this(null, message, null);
	}

	/**
	 * @param operation the operation that failed, e.g. {@code events.trigger}, or {@code null} if unknown
	 * @param message the message, naming the operation and the reason
	 * @param cause the underlying failure, or {@code null}
	 */
	public NovuException(@Nullable String operation, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.operation = operation;
	}

	/**
	 * The operation that failed, in the client's resource notation (e.g. {@code events.trigger},
	 * {@code subscribers.preferences.updateGlobal}); {@code null} for failures outside an operation.
	 * @return the operation name or {@code null}
	 */
	public @Nullable String getOperation() {
		return this.operation;
	}

}
