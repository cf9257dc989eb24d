package io.github.novu4j.client.internal;

import java.time.Duration;
import java.util.function.Function;

import io.github.novu4j.client.NovuException;
import io.github.novu4j.client.NovuInterruptedException;
import io.github.novu4j.client.NovuRateLimitException;
import io.github.novu4j.client.RateLimit;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.ResponseListener;
import org.jspecify.annotations.Nullable;

/**
 * Paces requests by what Novu's rate-limit headers last said (WIRE-FORMAT §6), for one bulk helper
 * ({@code BulkTrigger}, {@code Subscribers.importAll}): an estimate of the tokens left in this environment's bucket, refilled at the rate
 * the headers imply, minus what requests in flight will spend. Adaptive, never a fixed quota: Novu's
 * bucket is shared by every instance of an application, so only its answers tell how much is left.
 */
public final class RateLimitPacer {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	/**
	 * Sends one request at the pace Novu allows: waits until the bucket should hold the request's tokens,
	 * sends it with a response listener that takes in Novu's rate-limit headers (the caller's own listener
	 * is still called), and after a 429 that the client's own retries did not get past, waits Novu's
	 * {@code Retry-After} and sends it again, at most {@code rateLimitRetries} more times. The options are
	 * reused as given on every send, so a request keeps its idempotency key.
	 * @param <T> what the request answers
	 * @param operation the operation's name, for an interrupt's exception
	 * @param sender who sends, for an interrupt's message (e.g. {@code "Bulk trigger"})
	 * @param cost what the request costs in Novu's rate limiter
	 * @param rateLimitRetries how many more times the request is sent after a 429
	 * @param options the request's options
	 * @param send sends the request with the options it is given
	 * @return the answer
	 * @throws NovuRateLimitException if Novu still answered 429 after the retries
	 * @throws NovuInterruptedException if the thread was interrupted while waiting for tokens
	 */
	public <T> T send(String operation, String sender, long cost, int rateLimitRetries, RequestOptions options,
			Function<RequestOptions, T> send) {
		ResponseListener callers = options.responseListener();
		RequestOptions paced = copy(options).responseListener((metadata) -> {
			answered(cost, metadata.rateLimit(), System.nanoTime());
			if (callers != null) {
				callers.onResponse(metadata);
			}
		}).build();
		for (int rejections = 0;; rejections++) {
			awaitTokens(operation, sender, cost);
			try {
				return send.apply(paced);
			}
			catch (NovuRateLimitException ex) {
				rejected(cost, ex.getRetryAfter(), System.nanoTime());
				if (rejections >= rateLimitRetries) {
					throw ex;
				}
			}
			catch (NovuException ex) {
				failed(cost);
				throw ex;
			}
		}
	}

	/**
	 * @param options options to copy
	 * @return a builder holding the same options, to change some of them
	 */
	public static RequestOptions.Builder copy(RequestOptions options) {
		RequestOptions.Builder builder = RequestOptions.builder();
		if (options.idempotencyKey() != null) {
			builder.idempotencyKey(options.idempotencyKey());
		}
		if (options.retry() != null) {
			builder.retry(options.retry());
		}
		if (options.timeout() != null) {
			builder.timeout(options.timeout());
		}
		if (options.responseListener() != null) {
			builder.responseListener(options.responseListener());
		}
		options.headers().forEach(builder::header);
		return builder;
	}

	private void awaitTokens(String operation, String sender, long cost) {
		for (long wait; (wait = reserve(cost, System.nanoTime())) > 0;) {
			try {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new NovuInterruptedException(operation, sender + " was interrupted while waiting for Novu's rate limit",
						ex);
			}
		}
	}

	/** Tokens left after the last answer, minus reservations since; negative when no answer said. */
	private double tokens = -1;

	private double limit = -1;

	/** Refill rate in tokens per nanosecond; 0 when unknown. */
	private double refillPerNano;

	private long updatedNanos;

	private long inFlight;

	private long pausedUntilNanos;

	/**
	 * Reserves tokens for a request, or says how long to wait first.
	 * @param cost what the request costs
	 * @param now {@link System#nanoTime()}
	 * @return 0 if the request may go now (the tokens are then reserved), else nanoseconds to wait
	 */
	synchronized long reserve(long cost, long now) {
		if (now < this.pausedUntilNanos) {
			return this.pausedUntilNanos - now;
		}
		double available = available(now);
		if (available < 0 || available >= cost || this.refillPerNano <= 0) {
			// Unknown, enough, or no refill rate to wait for: send (a 429 will tell).
			if (available >= 0) {
				this.tokens = available - cost;
				this.updatedNanos = now;
			}
			this.inFlight += cost;
			return 0;
		}
		return Math.max(1, (long) Math.ceil((cost - available) / this.refillPerNano));
	}

	private double available(long now) {
		if (this.tokens < 0 && this.limit < 0) {
			return -1;
		}
		double refilled = Math.max(this.tokens, 0) + (now - this.updatedNanos) * this.refillPerNano;
		return (this.limit > 0) ? Math.min(this.limit, refilled) : refilled;
	}

	/**
	 * Takes in what an answer said; the request's own tokens are no longer in flight.
	 * @param cost what the answered request cost
	 * @param rateLimit the answer's headers, or {@code null}
	 * @param now {@link System#nanoTime()}
	 */
	synchronized void answered(long cost, @Nullable RateLimit rateLimit, long now) {
		this.inFlight = Math.max(0, this.inFlight - cost);
		if (rateLimit == null || rateLimit.remaining() == null) {
			return;
		}
		long remaining = rateLimit.remaining();
		// Requests still in flight have reserved tokens the server has not counted yet.
		this.tokens = Math.max(0, remaining - this.inFlight);
		this.updatedNanos = now;
		Long reportedLimit = rateLimit.limit();
		if (reportedLimit != null) {
			this.limit = reportedLimit;
		}
		Duration reset = rateLimit.reset();
		if (reset != null && !reset.isZero() && !reset.isNegative() && reportedLimit != null
				&& reportedLimit > remaining) {
			// The bucket fills up from here within the reset time: that gives the refill rate.
			this.refillPerNano = (reportedLimit - remaining) / (double) reset.toNanos();
		}
	}

	/**
	 * A request was rejected (429) or failed: its tokens are no longer in flight, and nothing is sent
	 * before the wait is over.
	 * @param cost what the request cost
	 * @param wait how long Novu asked to wait ({@code Retry-After}), or {@code null}
	 * @param now {@link System#nanoTime()}
	 */
	synchronized void rejected(long cost, @Nullable Duration wait, long now) {
		this.inFlight = Math.max(0, this.inFlight - cost);
		this.tokens = 0;
		this.updatedNanos = now;
		long pause = (wait != null && !wait.isNegative()) ? wait.toNanos() : NANOS_PER_SECOND;
		this.pausedUntilNanos = Math.max(this.pausedUntilNanos, now + pause);
	}

	/**
	 * @param cost what the failed request cost; its tokens are no longer in flight
	 */
	synchronized void failed(long cost) {
		this.inFlight = Math.max(0, this.inFlight - cost);
	}

}
