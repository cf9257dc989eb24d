package io.github.novu4j.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.novu4j.client.RateLimit;
import org.jspecify.annotations.Nullable;

/**
 * A response as received: status, headers (names as sent) and body bytes.
 *
 * @param statusCode the HTTP status
 * @param headers the response headers
 * @param body the body, empty when there was none
 */
public record RawResponse(int statusCode, Map<String, List<String>> headers, byte[] body) {

	/**
	 * @param name header name, any case
	 * @return its first value, or {@code null}
	 */
	public @Nullable String header(String name) {
		for (Map.Entry<String, List<String>> entry : this.headers.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
				return entry.getValue().get(0);
			}
		}
		return null;
	}

	/** @return the body decoded as UTF-8 */
	public String bodyAsString() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/** @return whether the status is a success (2xx) */
	public boolean isSuccess() {
		return this.statusCode >= 200 && this.statusCode < 300;
	}

	/** @return whether the status is a redirect (3xx) */
	public boolean isRedirect() {
		return this.statusCode >= 300 && this.statusCode < 400;
	}

	/** @return whether the Content-Type, if any, says JSON (a missing one counts as JSON) */
	public boolean isJsonOrUnlabelled() {
		String contentType = header("Content-Type");
		return contentType == null || contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
	}

	/** @return the rate-limit headers, if any */
	public @Nullable RateLimit rateLimit() {
		return RateLimit.fromHeaders(this.headers);
	}

}
