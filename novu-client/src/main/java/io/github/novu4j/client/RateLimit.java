package io.github.novu4j.client;

import java.time.Duration;
import java.util.Map;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Novu's rate-limit headers of one response ({@code RateLimit-Limit}, {@code RateLimit-Remaining},
 * {@code RateLimit-Reset} in seconds, {@code RateLimit-Policy}); any of them may be absent.
 *
 * @param limit requests allowed in the window
 * @param remaining requests left in the window
 * @param reset time until the window resets
 * @param policy the policy text, e.g. {@code 60;w=5}
 */
public record RateLimit(@Nullable Long limit, @Nullable Long remaining, @Nullable Duration reset,
		@Nullable String policy) {

	/**
	 * Reads the rate-limit headers of a response.
	 * @param headers response headers, names in any case
	 * @return the rate limit, or {@code null} when the response carried none of the headers
	 */
	public static @Nullable RateLimit fromHeaders(Map<String, List<String>> headers) {
		String limit = first(headers, "RateLimit-Limit");
		String remaining = first(headers, "RateLimit-Remaining");
		String reset = first(headers, "RateLimit-Reset");
		String policy = first(headers, "RateLimit-Policy");
		if (limit == null && remaining == null && reset == null && policy == null) {
			return null;
		}
		Long resetSeconds = parseLong(reset);
		return new RateLimit(parseLong(limit), parseLong(remaining),
				(resetSeconds != null) ? Duration.ofSeconds(resetSeconds) : null, policy);
	}

	static @Nullable String first(Map<String, List<String>> headers, String name) {
		for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
				return entry.getValue().get(0);
			}
		}
		return null;
	}

	private static @Nullable Long parseLong(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
