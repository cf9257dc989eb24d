package io.github.novu4j.client.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyDeadlinesTest {

	@Test
	void runsAnActionAtItsDeadlineAndNeverBefore() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
		AtomicLong ranAt = new AtomicLong();
		CountDownLatch ran = new CountDownLatch(1);
		BodyDeadlines.register(deadline, () -> {
			ranAt.set(System.nanoTime());
			ran.countDown();
		});

		assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
		assertThat(ranAt.get() - deadline).isGreaterThanOrEqualTo(0);
	}

	@Test
	void aCancelledEntryNeverRuns() throws InterruptedException {
		AtomicInteger cancelledRuns = new AtomicInteger();
		BodyDeadlines.Entry cancelled = BodyDeadlines.register(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50),
				cancelledRuns::incrementAndGet);
		cancelled.cancel();
		CountDownLatch later = new CountDownLatch(1);
		BodyDeadlines.register(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200), later::countDown);

		assertThat(later.await(30, TimeUnit.SECONDS)).isTrue();
		assertThat(cancelledRuns).hasValue(0);
	}

	@Test
	void aShortDeadlineRegisteredAfterALongOneIsNotDelayedByIt() throws InterruptedException {
		AtomicInteger longRuns = new AtomicInteger();
		BodyDeadlines.Entry longOne = BodyDeadlines.register(System.nanoTime() + TimeUnit.MINUTES.toNanos(10),
				longRuns::incrementAndGet);
		CountDownLatch shortOne = new CountDownLatch(1);
		long start = System.nanoTime();
		BodyDeadlines.register(start + TimeUnit.MILLISECONDS.toNanos(20), shortOne::countDown);

		assertThat(shortOne.await(30, TimeUnit.SECONDS)).isTrue();
		// Far below the sweep interval and the long deadline: the timer was woken for the short one.
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(
				TimeUnit.NANOSECONDS.toMillis(BodyDeadlines.SWEEP_NANOS) * 10);
		longOne.cancel();
		assertThat(longRuns).hasValue(0);
	}

	@Test
	void everyDeadlineRegisteredFromManyThreadsRuns() throws InterruptedException {
		int threads = 8;
		int each = 200;
		CountDownLatch all = new CountDownLatch(threads * each);
		AtomicInteger early = new AtomicInteger();
		Thread[] workers = new Thread[threads];
		for (int t = 0; t < threads; t++) {
			workers[t] = new Thread(() -> {
				for (int i = 0; i < each; i++) {
					long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(i % 50);
					BodyDeadlines.register(deadline, () -> {
						if (System.nanoTime() - deadline < 0) {
							early.incrementAndGet();
						}
						all.countDown();
					});
				}
			});
			workers[t].start();
		}
		for (Thread worker : workers) {
			worker.join();
		}

		assertThat(all.await(60, TimeUnit.SECONDS)).isTrue();
		assertThat(early).hasValue(0);
	}

}
