package io.github.novu4j.client.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.github.novu4j.client.RequestOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyKeysTest {

	@Test
	void keysAreVersion4UuidsTheClientAccepts() {
		for (int i = 0; i < 1000; i++) {
			String key = NovuTransport.randomIdempotencyKey();
			UUID uuid = UUID.fromString(key);
			assertThat(uuid.version()).isEqualTo(4);
			assertThat(uuid.variant()).isEqualTo(2);
			assertThat(uuid.toString()).isEqualTo(key);
			assertThat(RequestOptions.builder().idempotencyKey(key).build().idempotencyKey()).isEqualTo(key);
		}
	}

	@Test
	void noKeyRepeatsAcrossThreads() throws InterruptedException {
		Set<String> keys = ConcurrentHashMap.newKeySet();
		int threads = 8;
		int each = 25_000;
		Thread[] workers = new Thread[threads];
		for (int t = 0; t < threads; t++) {
			workers[t] = new Thread(() -> {
				for (int i = 0; i < each; i++) {
					keys.add(IdempotencyKeys.next());
				}
			});
			workers[t].start();
		}
		for (Thread worker : workers) {
			worker.join();
		}

		assertThat(keys).hasSize(threads * each);
	}

	@Test
	void theScrambleIsABijectionOf62BitNumbers() {
		Set<Long> seen = new HashSet<>();
		for (long counter = 0; counter < 1 << 18; counter++) {
			long scrambled = IdempotencyKeys.scramble(counter);
			assertThat(scrambled).isBetween(0L, (1L << 62) - 1);
			seen.add(scrambled);
		}
		for (long counter : List.of((1L << 62) - 1, (1L << 61), (1L << 40) + 7)) {
			seen.add(IdempotencyKeys.scramble(counter));
		}
		assertThat(seen).hasSize((1 << 18) + 3);
		// Consecutive keys differ in more than their last digits.
		assertThat(Long.bitCount(IdempotencyKeys.scramble(1) ^ IdempotencyKeys.scramble(2))).isGreaterThan(8);
	}

}
