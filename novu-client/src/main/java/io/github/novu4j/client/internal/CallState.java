package io.github.novu4j.client.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Mutable state of one logical call across its attempts, and its time budget; confined to the calling
 * thread.
 */
final class CallState {

	/** Longer budgets are treated as this one (about 292 years), so nanosecond arithmetic cannot overflow. */
	private static final long MAX_BUDGET_NANOS = Long.MAX_VALUE / 2;

	private final long startNanos = System.nanoTime();

	private final Duration budget;

	private final long deadlineNanos;

	private int attempts;

	private @Nullable Throwable lastFailure;

	private @Nullable Integer lastStatus;

	CallState(Duration budget) {
		this.budget = budget;
		this.deadlineNanos = this.startNanos + saturatedNanos(budget);
	}

	static long saturatedNanos(Duration duration) {
		return (duration.compareTo(Duration.ofNanos(MAX_BUDGET_NANOS)) >= 0) ? MAX_BUDGET_NANOS
				: Math.max(0, duration.toNanos());
	}

	int nextAttempt() {
		return ++this.attempts;
	}

	int attempts() {
		return this.attempts;
	}

	long elapsedMillis() {
		return (System.nanoTime() - this.startNanos) / 1_000_000;
	}

	/** @return the time budget of the whole call */
	Duration budget() {
		return this.budget;
	}

	/** @return when the budget runs out, on the {@link System#nanoTime()} scale */
	long deadlineNanos() {
		return this.deadlineNanos;
	}

	/** @return what is left of the budget, zero or negative once it ran out */
	long remainingNanos() {
		return this.deadlineNanos - System.nanoTime();
	}

	boolean budgetExhausted() {
		return remainingNanos() <= 0;
	}

	@Nullable Throwable lastFailure() {
		return this.lastFailure;
	}

	void failed(Throwable failure, @Nullable Integer status) {
		this.lastFailure = failure;
		this.lastStatus = status;
	}

	void succeeded(int status) {
		this.lastStatus = status;
	}

	@Nullable Integer lastStatus() {
		return this.lastStatus;
	}

	/** @return whether the last attempt got a 2xx answer that could not be read (Novu did the work) */
	boolean lastAnswerWasUnreadableSuccess() {
		return this.lastFailure != null && this.lastStatus != null && this.lastStatus >= 200 && this.lastStatus < 300;
	}

}
