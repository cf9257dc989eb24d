package io.github.novu4j.test;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the local Novu plays instead of (or before) its normal answer, for testing an application's
 * error handling. Installed with {@link Faults}.
 */
public final class Fault {

	/** What a fault does. */
	public enum Kind {

		/** 429 with {@code Retry-After} and Novu's rate-limit headers and body. */
		RATE_LIMITED,

		/** A 5xx in Novu's error shape. */
		SERVER_ERROR,

		/** Waits, then answers normally. */
		DELAY,

		/** Closes the connection without an answer. */
		DROP_CONNECTION

	}

	private final Kind kind;

	private final int status;

	private final Duration duration;

	private Fault(Kind kind, int status, Duration duration) {
		this.kind = kind;
		this.status = status;
		this.duration = duration;
	}

	/**
	 * @param retryAfter the {@code Retry-After} to announce (whole seconds, at least 1)
	 * @return a 429 {@code API rate limit exceeded}
	 */
	public static Fault rateLimited(Duration retryAfter) {
		Objects.requireNonNull(retryAfter, "retryAfter");
		if (retryAfter.isNegative()) {
			throw new IllegalArgumentException("retryAfter must not be negative");
		}
		return new Fault(Kind.RATE_LIMITED, 429, retryAfter);
	}

	/**
	 * @param status the status, 500 to 599
	 * @return a server error in Novu's error shape (a 500 carries an {@code errorId})
	 */
	public static Fault serverError(int status) {
		if (status < 500 || status > 599) {
			throw new IllegalArgumentException("A server error's status is 500..599, not " + status);
		}
		return new Fault(Kind.SERVER_ERROR, status, Duration.ZERO);
	}

	/**
	 * @param delay how long to wait before answering normally
	 * @return a slow answer
	 */
	public static Fault delay(Duration delay) {
		Objects.requireNonNull(delay, "delay");
		if (delay.isNegative()) {
			throw new IllegalArgumentException("delay must not be negative");
		}
		return new Fault(Kind.DELAY, 0, delay);
	}

	/** @return a connection closed without an answer */
	public static Fault dropConnection() {
		return new Fault(Kind.DROP_CONNECTION, 0, Duration.ZERO);
	}

	/** @return what the fault does */
	public Kind kind() {
		return this.kind;
	}

	/** @return the status for {@link Kind#RATE_LIMITED} and {@link Kind#SERVER_ERROR}, otherwise 0 */
	public int status() {
		return this.status;
	}

	/** @return the {@code Retry-After} of a 429 or the delay; zero otherwise */
	public Duration duration() {
		return this.duration;
	}

	@Override
	public String toString() {
		return switch (this.kind) {
			case RATE_LIMITED -> "Fault{429, Retry-After " + this.duration.toSeconds() + "s}";
			case SERVER_ERROR -> "Fault{" + this.status + "}";
			case DELAY -> "Fault{delay " + this.duration.toMillis() + "ms}";
			case DROP_CONNECTION -> "Fault{drop connection}";
		};
	}

}
