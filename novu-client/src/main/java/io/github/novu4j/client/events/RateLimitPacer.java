package io.github.novu4j.client.events;

import java.time.Duration;

import io.github.novu4j.client.RateLimit;
import org.jspecify.annotations.Nullable;

/**
 * Paces requests by what Novu's rate-limit headers last said (WIRE-FORMAT §6), for one
 * {@link BulkTrigger}: an estimate of the tokens left in this environment's bucket, refilled at the rate
 * the headers imply, minus what requests in flight will spend. Adaptive, never a fixed quota: Novu's
 * bucket is shared by every instance of an application, so only its answers tell how much is left.
 */
final class RateLimitPacer {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

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
