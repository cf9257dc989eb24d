package io.github.novu4j.client.internal;

import org.jspecify.annotations.Nullable;

/**
 * Mutable state of one logical call across its attempts; confined to the calling thread.
 */
final class CallState {

	private final long startNanos = System.nanoTime();

	private int attempts;

	private @Nullable Throwable lastFailure;

	private @Nullable Integer lastStatus;

	int nextAttempt() {
		return ++this.attempts;
	}

	int attempts() {
		return this.attempts;
	}

	long elapsedMillis() {
		return (System.nanoTime() - this.startNanos) / 1_000_000;
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

}
