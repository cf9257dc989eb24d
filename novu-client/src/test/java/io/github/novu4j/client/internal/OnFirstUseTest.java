package io.github.novu4j.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class OnFirstUseTest {

	@Test
	void nothingIsMadeBeforeTheFirstUseAndTheValueIsMadeOnceForConcurrentFirstUses() throws Exception {
		AtomicInteger made = new AtomicInteger();
		OnFirstUse<Object> value = new OnFirstUse<>(() -> {
			made.incrementAndGet();
			return new Object();
		});
		assertThat(made).hasValue(0);
		assertThat(value.isMade()).isFalse();

		int threads = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Object>> results = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return value.get();
				}));
			}
			start.countDown();
			Object first = results.get(0).get(30, TimeUnit.SECONDS);
			for (Future<Object> result : results) {
				assertThat(result.get(30, TimeUnit.SECONDS)).isSameAs(first);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(made).hasValue(1);
		assertThat(value.isMade()).isTrue();
	}

	@Test
	void aFailureIsNotKeptTheNextUseTriesAgain() {
		AtomicInteger attempts = new AtomicInteger();
		OnFirstUse<String> value = new OnFirstUse<>(() -> {
			if (attempts.incrementAndGet() == 1) {
				throw new IllegalStateException("not yet");
			}
			return "made";
		});

		assertThatIllegalStateException().isThrownBy(value::get).withMessage("not yet");
		assertThat(value.isMade()).isFalse();
		assertThat(value.get()).isEqualTo("made");
		assertThat(value.get()).isEqualTo("made");
		assertThat(attempts).hasValue(2);
	}

	@Test
	void aMakerThatReturnsNullIsRefused() {
		OnFirstUse<String> value = new OnFirstUse<>(() -> null);

		assertThatNullPointerException().isThrownBy(value::get).withMessageContaining("made value");
	}

}
