package io.github.novu4j.client;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a successful response said besides its body: status, headers, the rate limit, and whether
 * Novu replayed a cached answer for the idempotency key. Delivered to {@link ResponseListener}s.
 *
 * @param operation the operation, e.g. {@code events.trigger}
 * @param statusCode the HTTP status
 * @param headers the response headers
 * @param idempotencyKey the {@code Idempotency-Key} the call sent, or {@code null}
 * @param attempts how many attempts the call made
 */
public record ResponseMetadata(String operation, int statusCode, Map<String, List<String>> headers,
		@Nullable String idempotencyKey, int attempts) {

	/**
	 * Copies the headers.
	 * @param operation the operation, e.g. {@code events.trigger}
	 * @param statusCode the HTTP status
	 * @param headers the response headers
	 * @param idempotencyKey the {@code Idempotency-Key} the call sent, or {@code null}
	 * @param attempts how many attempts the call made
	 */
	public ResponseMetadata {
		headers = Map.copyOf(headers);
	}

	/**
	 * @return whether Novu answered from its idempotency cache ({@code Idempotency-Replay: true}):
	 * the request had been processed before and was not processed again
	 */
	public boolean replayed() {
		return "true".equalsIgnoreCase(header("Idempotency-Replay"));
	}

	/** @return the rate-limit headers, or {@code null} if there were none */
	public @Nullable RateLimit rateLimit() {
		return RateLimit.fromHeaders(this.headers);
	}

	/**
	 * @param name header name, any case
	 * @return its first value, or {@code null}
	 */
	public @Nullable String header(String name) {
		return RateLimit.first(this.headers, name);
	}

}
