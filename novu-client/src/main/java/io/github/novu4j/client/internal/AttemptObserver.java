package io.github.novu4j.client.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.novu4j.client.observation.AttemptEvent;
import io.github.novu4j.client.observation.NovuClientListener;
import io.github.novu4j.client.observation.RetryEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the transport reports around each HTTP attempt: the DEBUG line, the TRACE bodies (redacted),
 * and the events of {@link NovuClientListener}s (retries, rate limits). Kept apart from the retry loop,
 * which only calls {@link #beforeAttempt} and {@link #afterAttempt}.
 */
final class AttemptObserver {

	// The transport's logger, so one category switches all of the client's request logging.
	private static final Logger logger = LoggerFactory.getLogger(NovuTransport.class);

	private final String host;

	private final List<NovuClientListener> listeners;

	private final LogRedaction redaction;

	AttemptObserver(String host, List<NovuClientListener> listeners, LogRedaction redaction) {
		this.host = host;
		this.listeners = List.copyOf(listeners);
		this.redaction = redaction;
	}

	/**
	 * @param call the call
	 * @param attempt the attempt about to start, 1 for the first
	 * @param body the request body, or {@code null}
	 * @param previousFailure the failure that made this attempt a retry, or {@code null}
	 */
	void beforeAttempt(ApiCall call, int attempt, byte @Nullable [] body, @Nullable Throwable previousFailure) {
		if (attempt > 1 && previousFailure != null && !this.listeners.isEmpty()) {
			RetryEvent event = new RetryEvent(call.operation(), call.method().name(), call.pathTemplate(), this.host,
					attempt, previousFailure);
			for (NovuClientListener listener : this.listeners) {
				try {
					listener.onRetry(event);
				}
				catch (RuntimeException ex) {
					logger.warn("Novu client listener {} failed on a retry of {}", listener, call.operation(), ex);
				}
			}
		}
		if (body != null && logger.isTraceEnabled()) {
			logger.trace("Novu {} {} {} request body (attempt {}): {}", call.operation(), call.method(),
					call.pathTemplate(), attempt, this.redaction.body(body, "application/json"));
		}
	}

	/**
	 * @param call the call
	 * @param attempt the attempt that ended
	 * @param idempotencyKey the key it sent, or {@code null}
	 * @param startNanos when it started ({@link System#nanoTime()})
	 * @param response the answer, or {@code null} if none arrived
	 * @param failure why no answer arrived, or {@code null}
	 */
	void afterAttempt(ApiCall call, int attempt, @Nullable String idempotencyKey, long startNanos,
			@Nullable RawResponse response, @Nullable Throwable failure) {
		boolean debug = logger.isDebugEnabled();
		if (!debug && this.listeners.isEmpty() && !logger.isTraceEnabled()) {
			// Nothing reports this attempt (the default): no duration or status to box.
			return;
		}
		Duration duration = Duration.ofNanos(System.nanoTime() - startNanos);
		Integer status = (response != null) ? response.statusCode() : null;
		if (debug) {
			logger.debug("Novu {} {} {} -> {} in {} ms (attempt {}, idempotency key {})", call.operation(),
					call.method(), call.pathTemplate(),
					(status != null) ? status : ((failure != null) ? failure.getClass().getSimpleName() : "?"),
					duration.toMillis(), attempt, idempotencyKey);
		}
		if (response != null && logger.isTraceEnabled()) {
			logger.trace("Novu {} {} {} -> {} response body: {}", call.operation(), call.method(),
					call.pathTemplate(), status, this.redaction.body(response.body(), response.header("Content-Type")));
		}
		if (this.listeners.isEmpty()) {
			return;
		}
		AttemptEvent event = new AttemptEvent(call.operation(), call.method().name(), call.pathTemplate(), this.host,
				attempt, status, duration, (response != null) ? response.headers() : Map.of(), failure);
		for (NovuClientListener listener : this.listeners) {
			try {
				listener.onAttempt(event);
			}
			catch (RuntimeException ex) {
				logger.warn("Novu client listener {} failed on an attempt of {}", listener, call.operation(), ex);
			}
		}
	}

}
