package io.github.novu4j.client.webhooks;

import java.util.Objects;

import io.github.novu4j.client.NovuException;

/**
 * A webhook delivery (or a webhook secret) that did not pass verification. {@link #getReason()} says
 * why, so an endpoint can answer 400 or 401 and count rejections by reason. The message never contains
 * a secret, a signature or the body.
 */
public class NovuWebhookVerificationException extends NovuException {

	/** Why verification failed. */
	public enum Reason {

		/** A {@code webhook-id}, {@code webhook-timestamp} or {@code webhook-signature} header is missing or empty. */
		MISSING_HEADER(false),

		/** The {@code webhook-timestamp} header is not a number of seconds. */
		MALFORMED_HEADER(false),

		/** No signature in {@code webhook-signature} matches the body under any configured secret. */
		BAD_SIGNATURE(true),

		/** The {@code webhook-timestamp} is older than the tolerance allows (a replay, or a very late retry). */
		STALE_TIMESTAMP(true),

		/** The {@code webhook-timestamp} is further in the future than the tolerance allows. */
		FUTURE_TIMESTAMP(true),

		/** A configured secret is not {@code whsec_} followed by base64 (thrown when the verifier or signer is built). */
		MALFORMED_SECRET(false),

		/** The body verified but is not a JSON object with a {@code type}, or its {@code data} does not fit the type. */
		MALFORMED_PAYLOAD(false);

		private final boolean authentication;

		Reason(boolean authentication) {
			this.authentication = authentication;
		}

		/**
		 * Whether the sender could not be authenticated (answer 401) rather than sending a request that
		 * is malformed (answer 400).
		 * @return {@code true} for {@link #BAD_SIGNATURE}, {@link #STALE_TIMESTAMP} and {@link #FUTURE_TIMESTAMP}
		 */
		public boolean isAuthenticationFailure() {
			return this.authentication;
		}

	}

	/** Why the delivery was rejected. */
	private final Reason reason;

	/**
	 * @param reason why verification failed
	 * @param message what failed, without any secret, signature or body
	 */
	public NovuWebhookVerificationException(Reason reason, String message) {
		this(reason, message, null);
	}

	/**
	 * @param reason why verification failed
	 * @param message what failed, without any secret, signature or body
	 * @param cause the underlying failure (e.g. a JSON error), or {@code null}
	 */
	public NovuWebhookVerificationException(Reason reason, String message, @org.jspecify.annotations.Nullable Throwable cause) {
		super(null, Objects.requireNonNull(reason, "reason") + ": " + message, cause);
		this.reason = reason;
	}

	/** @return why verification failed */
	public Reason getReason() {
		return this.reason;
	}

}
