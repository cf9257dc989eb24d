package io.github.novu4j.framework;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * One HTTP request to the bridge endpoint, as the web server received it.
 *
 * @param method the HTTP method ({@code GET}, {@code POST}, {@code OPTIONS}, ...), any case
 * @param query the query parameters (first value of each); {@code action} selects what the bridge does
 * @param headers the request headers (first value of each); names are matched case-insensitively
 * @param body the raw request body exactly as received (the signature covers these characters), empty when none
 */
public record BridgeRequest(String method, Map<String, String> query, Map<String, String> headers, String body) {

	/**
	 * Checks and copies the parts; header names are kept case-insensitively.
	 *
	 * @param method the HTTP method
	 * @param query the query parameters
	 * @param headers the request headers
	 * @param body the raw body
	 */
	public BridgeRequest {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(query, "query");
		Objects.requireNonNull(headers, "headers");
		Objects.requireNonNull(body, "body");
		method = method.toUpperCase(Locale.ROOT);
		query = Map.copyOf(query);
		TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.forEach((name, value) -> caseInsensitive.putIfAbsent(name, value));
		headers = java.util.Collections.unmodifiableMap(caseInsensitive);
	}

	/**
	 * A GET request with the given query parameters and headers.
	 *
	 * @param query the query parameters
	 * @param headers the request headers
	 * @return the request
	 */
	public static BridgeRequest get(Map<String, String> query, Map<String, String> headers) {
		return new BridgeRequest("GET", query, headers, "");
	}

	/**
	 * A POST request with the given query parameters, headers and raw body.
	 *
	 * @param query the query parameters
	 * @param headers the request headers
	 * @param body the raw JSON body
	 * @return the request
	 */
	public static BridgeRequest post(Map<String, String> query, Map<String, String> headers, String body) {
		return new BridgeRequest("POST", query, headers, body);
	}

	/**
	 * One header's value, the name matched case-insensitively.
	 *
	 * @param name the header name
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable String header(String name) {
		return headers.get(name);
	}
}
