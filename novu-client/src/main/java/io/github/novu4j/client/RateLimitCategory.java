package io.github.novu4j.client;

import java.util.Locale;

/**
 * The bucket of Novu's rate limiter a route draws from (WIRE-FORMAT §6): each has its own
 * {@code RateLimit-Remaining}.
 */
public enum RateLimitCategory {

	/** {@code /v1/events/*}: triggers, bulk triggers, broadcasts, cancellations. */
	TRIGGER,

	/** {@code /v1/subscribers/*} and {@code /v1/topics/*}. */
	CONFIGURATION,

	/** Every other route. */
	GLOBAL;

	/**
	 * @param path a request path or path template, e.g. {@code /v1/subscribers/{subscriberId}}
	 * @return the category Novu counts it in
	 */
	public static RateLimitCategory of(String path) {
		if (isUnder(path, "/v1/events")) {
			return TRIGGER;
		}
		if (isUnder(path, "/v1/subscribers") || isUnder(path, "/v1/topics")) {
			return CONFIGURATION;
		}
		return GLOBAL;
	}

	private static boolean isUnder(String path, String prefix) {
		return path.startsWith(prefix)
				&& (path.length() == prefix.length() || "/?".indexOf(path.charAt(prefix.length())) >= 0);
	}

	/** @return the lower-case name used as a tag value, e.g. {@code trigger} */
	public String tagValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
