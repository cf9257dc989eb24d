package io.github.novu4j.client.resilience;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Runs a call on a thread of its own, so a test can interrupt it and then see how it ended, including
 * the thread's interrupt flag afterwards.
 */
final class CallerThread {

	private final Thread thread;

	private final CompletableFuture<Ending> ending = new CompletableFuture<>();

	private volatile long interruptedAtNanos;

	private CallerThread(Supplier<?> call, boolean interruptFirst) {
		this.thread = new Thread(() -> {
			if (interruptFirst) {
				Thread.currentThread().interrupt();
			}
			long start = System.nanoTime();
			Object result = null;
			RuntimeException failure = null;
			try {
				result = call.get();
			}
			catch (RuntimeException ex) {
				failure = ex;
			}
			long end = System.nanoTime();
			// Read the flag before anything could clear it; the thread ends right after.
			boolean stillInterrupted = Thread.currentThread().isInterrupted();
			long sinceInterrupt = (this.interruptedAtNanos != 0) ? end - this.interruptedAtNanos : 0;
			this.ending.complete(new Ending(result, failure, stillInterrupted, (end - start) / 1_000_000,
					sinceInterrupt / 1_000_000));
		}, "novu-caller");
		this.thread.setDaemon(true);
	}

	static CallerThread start(Supplier<?> call) {
		CallerThread caller = new CallerThread(call, false);
		caller.thread.start();
		return caller;
	}

	static CallerThread startInterrupted(Supplier<?> call) {
		CallerThread caller = new CallerThread(call, true);
		caller.thread.start();
		return caller;
	}

	/**
	 * Waits until the call sleeps in a back-off (a {@code Thread.sleep} frame on the caller's stack).
	 * @param timeout how long to wait at most
	 * @throws InterruptedException if the test thread is interrupted
	 */
	void awaitBackOff(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			for (StackTraceElement frame : this.thread.getStackTrace()) {
				if (frame.getClassName().equals("java.lang.Thread") && frame.getMethodName().startsWith("sleep")) {
					return;
				}
			}
			Thread.sleep(5);
		}
		throw new AssertionError("The call did not start a back-off within " + timeout);
	}

	void interrupt() {
		this.interruptedAtNanos = System.nanoTime();
		this.thread.interrupt();
	}

	Ending awaitEnd(Duration timeout) throws Exception {
		return this.ending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * How the call ended.
	 *
	 * @param result its result
	 * @param failure its exception
	 * @param stillInterrupted whether the thread's interrupt flag was set after the call
	 * @param elapsedMillis how long the call took
	 * @param millisAfterInterrupt how long the call went on after {@link #interrupt()}
	 */
	record Ending(@Nullable Object result, @Nullable RuntimeException failure, boolean stillInterrupted,
			long elapsedMillis, long millisAfterInterrupt) {
	}

}
