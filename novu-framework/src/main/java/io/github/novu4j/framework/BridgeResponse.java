package io.github.novu4j.framework;

import java.util.Map;
import java.util.Objects;

/**
 * The bridge's answer: an HTTP status, the headers to send and a JSON body.
 *
 * @param status the HTTP status code
 * @param headers the response headers (content type, CORS and {@code novu-framework-*}), in a stable order
 * @param body the JSON body
 */
public record BridgeResponse(int status, Map<String, String> headers, String body) {

	/**
	 * Checks and copies the parts.
	 *
	 * @param status the HTTP status code
	 * @param headers the response headers
	 * @param body the JSON body
	 */
	public BridgeResponse {
		Objects.requireNonNull(headers, "headers");
		Objects.requireNonNull(body, "body");
		headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
	}
}
