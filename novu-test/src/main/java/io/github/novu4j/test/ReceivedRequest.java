package io.github.novu4j.test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A request the local Novu received.
 *
 * @param method the HTTP method, upper case
 * @param path the raw (still encoded) path
 * @param query the raw query, or {@code null}
 * @param headers the headers, names in lower case
 * @param body the body as text, empty if none
 */
public record ReceivedRequest(String method, String path, @Nullable String query, Map<String, List<String>> headers,
		String body) {

	/**
	 * Copies the headers.
	 * @param method the HTTP method
	 * @param path the raw path
	 * @param query the raw query
	 * @param headers the headers
	 * @param body the body
	 */
	public ReceivedRequest {
		headers = Map.copyOf(headers);
	}

	/**
	 * @param name a header name, in any case
	 * @return the header's first value, or {@code null}
	 */
	public @Nullable String header(String name) {
		List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	@Override
	public String toString() {
		// Not the headers: they hold the API key.
		return this.method + " " + this.path;
	}

}
