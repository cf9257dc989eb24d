package io.github.novu4j.client.internal;

import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.jspecify.annotations.Nullable;

/**
 * Ends the answers of the client-built JDK transport that are not complete by their attempt's deadline, with
 * one daemon thread ({@code novu-http-deadline}) for the whole JVM.
 *
 * <p>Why not a {@code ScheduledThreadPoolExecutor} task per attempt (as before): nearly every answer is
 * complete long before its deadline, yet scheduling the task made it the head of the executor's empty
 * queue and woke the timer thread, once per call (a futex wake and a context switch on a second core),
 * and cancelling it took the queue's lock again. Here an attempt appends an entry to a lock-free queue
 * and, when its answer is complete, clears it; the timer thread is woken only when an entry's deadline
 * comes before the time it already means to wake up. It wakes at the earliest deadline it knows of, and
 * at least once a {@link #SWEEP_NANOS sweep interval} while entries are pending, to drop completed ones;
 * with nothing pending it sleeps until the next attempt. A deadline is enforced no later than before.
 */
final class BodyDeadlines {

	/** How long the timer thread lets completed entries pile up, at most (it also wakes at every deadline). */
	static final long SWEEP_NANOS = TimeUnit.SECONDS.toNanos(1);

	private static final long NEVER = Long.MAX_VALUE;

	private static final BodyDeadlines INSTANCE = new BodyDeadlines();

	private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();

	/** Counts registrations, so the timer thread can tell that one arrived while it was deciding to sleep. */
	private final AtomicLong registrations = new AtomicLong();

	/** When the timer thread will next look at the entries, on the {@code System.nanoTime()} scale. */
	private volatile long wakeAt = NEVER;

	private volatile @Nullable Thread timer;

	private BodyDeadlines() {
	}

	/**
	 * @param deadlineNanos when the action must run, on the {@link System#nanoTime()} scale
	 * @param onDeadline runs then, on the timer thread, unless {@link Entry#cancel()} was called first
	 * @return the entry, to cancel once the answer is complete
	 */
	static Entry register(long deadlineNanos, Runnable onDeadline) {
		return INSTANCE.add(deadlineNanos, onDeadline);
	}

	private Entry add(long deadlineNanos, Runnable onDeadline) {
		Entry entry = new Entry(deadlineNanos, onDeadline);
		this.entries.add(entry);
		this.registrations.incrementAndGet();
		// Read after the registration is published: either the timer sees it before sleeping, or this sees
		// the time it went to sleep until.
		long wake = this.wakeAt;
		if (wake == NEVER || deadlineNanos - wake < 0) {
			wakeTimer();
		}
		return entry;
	}

	private void wakeTimer() {
		Thread thread = this.timer;
		if (thread == null) {
			synchronized (this) {
				thread = this.timer;
				if (thread == null) {
					thread = new Thread(this::run, "novu-http-deadline");
					thread.setDaemon(true);
					this.timer = thread;
					thread.start();
					return;
				}
			}
		}
		LockSupport.unpark(thread);
	}

	private void run() {
		while (true) {
			long seen = this.registrations.get();
			long now = System.nanoTime();
			long next = NEVER;
			for (Iterator<Entry> iterator = this.entries.iterator(); iterator.hasNext();) {
				Entry entry = iterator.next();
				Runnable action = entry.action;
				if (action == null) {
					iterator.remove();
				}
				else if (entry.deadlineNanos - now <= 0) {
					iterator.remove();
					entry.action = null;
					runQuietly(action);
				}
				else if (next == NEVER || entry.deadlineNanos - next < 0) {
					next = entry.deadlineNanos;
				}
			}
			if (next != NEVER && next - (now + SWEEP_NANOS) > 0) {
				next = now + SWEEP_NANOS;
			}
			this.wakeAt = next;
			if (this.registrations.get() != seen) {
				// An attempt registered while this thread was looking: look again before sleeping.
				continue;
			}
			if (next == NEVER) {
				LockSupport.park(this);
			}
			else {
				LockSupport.parkNanos(this, next - System.nanoTime());
			}
			this.wakeAt = System.nanoTime();
		}
	}

	private static void runQuietly(Runnable action) {
		try {
			action.run();
		}
		catch (RuntimeException ex) {
			// Ending an answer only completes a future and cancels a subscription; nothing to report.
		}
	}

	/** One attempt's deadline. */
	static final class Entry {

		private final long deadlineNanos;

		private volatile @Nullable Runnable action;

		Entry(long deadlineNanos, Runnable action) {
			this.deadlineNanos = deadlineNanos;
			this.action = action;
		}

		/** The answer is complete (or failed): the action will not run, and nothing of it is kept. */
		void cancel() {
			this.action = null;
		}

	}

}
