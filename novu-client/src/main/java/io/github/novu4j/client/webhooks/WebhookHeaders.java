package io.github.novu4j.client.webhooks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The request headers of a webhook delivery, looked up by lower-case name. Adapt whatever your server
 * gives you: {@code headers::getFirst} for Spring's {@code HttpHeaders},
 * {@code name -> request.getHeader(name)} for a servlet request, or one of the factories here.
 */
@FunctionalInterface
public interface WebhookHeaders {

	/**
	 * @param name a header name in lower case, e.g. {@code webhook-id}
	 * @return the header's (first) value, or {@code null} when absent
	 */
	@Nullable String get(String name);

	/**
	 * Headers from a map with one value per name; names are matched ignoring case.
	 * @param headers the headers
	 * @return a lookup over them
	 */
	static WebhookHeaders of(Map<String, String> headers) {
		Objects.requireNonNull(headers, "headers");
		return (name) -> {
			for (Map.Entry<String, String> header : headers.entrySet()) {
				if (header.getKey() != null && header.getKey().toLowerCase(Locale.ROOT).equals(name)) {
					return header.getValue();
				}
			}
			return null;
		};
	}

	/**
	 * Headers from a map with several values per name (as {@code java.net.http.HttpHeaders#map()} or a
	 * servlet container gives them); names are matched ignoring case, the first value wins.
	 * @param headers the headers
	 * @return a lookup over them
	 */
	static WebhookHeaders ofLists(Map<String, ? extends List<String>> headers) {
		Objects.requireNonNull(headers, "headers");
		return (name) -> {
			for (Map.Entry<String, ? extends List<String>> header : headers.entrySet()) {
				if (header.getKey() != null && header.getKey().toLowerCase(Locale.ROOT).equals(name)
						&& header.getValue() != null && !header.getValue().isEmpty()) {
					return header.getValue().get(0);
				}
			}
			return null;
		};
	}

}
