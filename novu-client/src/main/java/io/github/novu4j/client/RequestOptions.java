package io.github.novu4j.client;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Options for one call, accepted by every operation: an idempotency key, retry settings, a time budget,
 * extra headers and a response listener. Immutable; {@link #none()} changes nothing.
 *
 * <pre>{@code
 * novu.trigger(request, RequestOptions.builder().idempotencyKey("order-1234-shipped").build());
 * novu.subscribers().retrieve("user-42", RequestOptions.builder().noRetry().build());
 * }</pre>
 */
public final class RequestOptions {

	/** Longest idempotency key Novu accepts. */
	public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

	private static final Set<String> RESERVED_HEADERS = Set.of("authorization", "idempotency-key", "content-type",
			"content-length", "host", "user-agent");

	private static final RequestOptions NONE = new RequestOptions(new Builder());

	private final @Nullable String idempotencyKey;

	private final @Nullable RetrySettings retry;

	private final @Nullable Duration timeout;

	private final Map<String, String> headers;

	private final @Nullable ResponseListener responseListener;

	private RequestOptions(Builder builder) {
		this.idempotencyKey = builder.idempotencyKey;
		this.retry = builder.retry;
		this.timeout = builder.timeout;
		this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
		this.responseListener = builder.responseListener;
	}

	/** @return options that change nothing */
	public static RequestOptions none() {
		return NONE;
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the caller's idempotency key, or {@code null} to let the client make one */
	public @Nullable String idempotencyKey() {
		return this.idempotencyKey;
	}

	/** @return retry settings for this call, or {@code null} for the client's */
	public @Nullable RetrySettings retry() {
		return this.retry;
	}

	/**
	 * @return the time budget of this call (all attempts and the waits between them), or {@code null} for
	 * the retry settings' {@link RetrySettings#maxElapsedTime()}
	 */
	public @Nullable Duration timeout() {
		return this.timeout;
	}

	/** @return extra request headers */
	public Map<String, String> headers() {
		return this.headers;
	}

	/** @return a listener for this call's response metadata, or {@code null} */
	public @Nullable ResponseListener responseListener() {
		return this.responseListener;
	}

	/**
	 * Checks a key before anything is sent: Novu rejects keys over 255 characters, and a header value
	 * cannot carry control or non-ASCII characters.
	 */
	static String checkIdempotencyKey(@Nullable String key) {
		Objects.requireNonNull(key, "idempotencyKey");
		if (key.isBlank()) {
			throw new IllegalArgumentException("idempotencyKey must not be blank");
		}
		if (key.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
			throw new IllegalArgumentException("idempotencyKey must be at most " + MAX_IDEMPOTENCY_KEY_LENGTH
					+ " characters, was " + key.length());
		}
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (c < 0x20 || c > 0x7E) {
				throw new IllegalArgumentException("idempotencyKey must be printable ASCII; character " + i
						+ " is U+" + String.format("%04X", (int) c));
			}
		}
		return key;
	}

	@Override
	public String toString() {
		return "RequestOptions{idempotencyKey=" + this.idempotencyKey + ", retry=" + this.retry + ", timeout="
				+ this.timeout + ", headers=" + this.headers.keySet() + "}";
	}

	/** Builder of {@link RequestOptions}. */
	public static final class Builder {

		private @Nullable String idempotencyKey;

		private @Nullable RetrySettings retry;

		private @Nullable Duration timeout;

		private final Map<String, String> headers = new LinkedHashMap<>();

		private @Nullable ResponseListener responseListener;

		private Builder() {
		}

		/**
		 * Sends this {@code Idempotency-Key} (POST and PATCH; other methods send none) on every attempt of
		 * the call, so Novu processes it at most once in 24 hours, e.g. {@code order-1234-shipped}. Sent
		 * even when the client's automatic keys are off.
		 * @param idempotencyKey 1 to 255 printable ASCII characters
		 * @return this builder
		 * @throws IllegalArgumentException if the key is blank, too long, or has other characters
		 */
		public Builder idempotencyKey(String idempotencyKey) {
			this.idempotencyKey = checkIdempotencyKey(idempotencyKey);
			return this;
		}

		/**
		 * @param retry retry settings for this call
		 * @return this builder
		 */
		public Builder retry(RetrySettings retry) {
			this.retry = Objects.requireNonNull(retry, "retry");
			return this;
		}

		/**
		 * Makes exactly one attempt.
		 * @return this builder
		 */
		public Builder noRetry() {
			this.retry = RetrySettings.disabled();
			return this;
		}

		/**
		 * Sets the time budget of this call: all attempts and the waits between them, replacing
		 * {@link RetrySettings#maxElapsedTime()}. When it runs out the call stops and throws its last
		 * failure; no retry starts that would not fit. With the default HTTP client an attempt in flight is
		 * cut off too ({@link NovuTimeoutException}); a custom request factory bounds each attempt by its
		 * own read timeout.
		 * @param timeout the budget, positive
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			Objects.requireNonNull(timeout, "timeout");
			if (timeout.isNegative() || timeout.isZero()) {
				throw new IllegalArgumentException("timeout must be positive, was " + timeout);
			}
			this.timeout = timeout;
			return this;
		}

		/**
		 * Adds a request header. The headers the client owns (authorization, idempotency key, content
		 * type and length, host, user agent) cannot be set here.
		 * @param name header name
		 * @param value header value
		 * @return this builder
		 */
		public Builder header(String name, String value) {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(value, "value");
			if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				throw new IllegalArgumentException("Header '" + name + "' is set by the client and cannot be overridden"
						+ (name.equalsIgnoreCase("idempotency-key") ? "; use idempotencyKey(..)" : ""));
			}
			this.headers.put(name, value);
			return this;
		}

		/**
		 * @param responseListener receives this call's response metadata
		 * @return this builder
		 */
		public Builder responseListener(ResponseListener responseListener) {
			this.responseListener = Objects.requireNonNull(responseListener, "responseListener");
			return this;
		}

		/** @return the options */
		public RequestOptions build() {
			return new RequestOptions(this);
		}

	}

}
