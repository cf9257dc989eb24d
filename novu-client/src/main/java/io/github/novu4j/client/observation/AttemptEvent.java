package io.github.novu4j.client.observation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.novu4j.client.RateLimit;
import io.github.novu4j.client.RateLimitCategory;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP attempt of a Novu operation has ended, with an answer (any status) or without one.
 * Delivered to {@link NovuClientListener#onAttempt}.
 *
 * @param operation the operation, e.g. {@code events.trigger}
 * @param method the HTTP method
 * @param uriTemplate the path template, e.g. {@code /v1/subscribers/{subscriberId}}; never an id
 * @param host the Novu host, e.g. {@code eu.api.novu.co}
 * @param attempt the attempt number, 1 for the first
 * @param statusCode the HTTP status, or {@code null} when no answer arrived
 * @param duration how long the attempt took
 * @param headers the response headers; empty when no answer arrived
 * @param failure why no answer arrived (connection refused, timeout, ...), or {@code null}
 */
public record AttemptEvent(String operation, String method, String uriTemplate, String host, int attempt,
		@Nullable Integer statusCode, Duration duration, Map<String, List<String>> headers,
		@Nullable Throwable failure) {

	/**
	 * Copies the headers.
	 * @param operation the operation, e.g. {@code events.trigger}
	 * @param method the HTTP method
	 * @param uriTemplate the path template, e.g. {@code /v1/subscribers/{subscriberId}}; never an id
	 * @param host the Novu host, e.g. {@code eu.api.novu.co}
	 * @param attempt the attempt number, 1 for the first
	 * @param statusCode the HTTP status, or {@code null} when no answer arrived
	 * @param duration how long the attempt took
	 * @param headers the response headers; empty when no answer arrived
	 * @param failure why no answer arrived (connection refused, timeout, ...), or {@code null}
	 */
	public AttemptEvent {
		headers = Map.copyOf(headers);
	}

	/** @return the rate-limit headers of the answer, or {@code null} if it had none */
	public @Nullable RateLimit rateLimit() {
		return RateLimit.fromHeaders(this.headers);
	}

	/** @return the rate-limit bucket the route draws from */
	public RateLimitCategory rateLimitCategory() {
		return RateLimitCategory.of(this.uriTemplate);
	}

}
