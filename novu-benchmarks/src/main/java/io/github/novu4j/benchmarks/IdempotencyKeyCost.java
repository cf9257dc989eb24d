package io.github.novu4j.benchmarks;

import java.util.UUID;
import java.util.function.Supplier;

import io.github.novu4j.client.internal.NovuTransport;

/**
 * Wall time per idempotency key, {@code UUID.randomUUID()} against the client's keys, on 1 and 8 threads
 * (a plain loop, three rounds; read the later rounds). Run with the benchmarks jar on the class path:
 * {@code java -cp novu-benchmarks/target/benchmarks.jar io.github.novu4j.benchmarks.IdempotencyKeyCost}.
 */
public final class IdempotencyKeyCost {

	private static volatile Object sink = "";

	private IdempotencyKeyCost() {
	}

	/**
	 * @param args unused
	 * @throws InterruptedException if interrupted
	 */
	public static void main(String[] args) throws InterruptedException {
		Supplier<String> uuid = () -> UUID.randomUUID().toString();
		Supplier<String> client = NovuTransport::randomIdempotencyKey;
		for (int round = 1; round <= 3; round++) {
			System.out.printf("round %d: 1 thread: UUID %.0f ns, client %.0f ns; 8 threads: UUID %.0f ns, client %.0f ns"
					+ " (wall time per key)%n", round, nanosPerKey(uuid, 1, 500_000), nanosPerKey(client, 1, 500_000),
					nanosPerKey(uuid, 8, 100_000), nanosPerKey(client, 8, 100_000));
		}
	}

	private static double nanosPerKey(Supplier<String> keys, int threads, int perThread) throws InterruptedException {
		Thread[] workers = new Thread[threads];
		long start = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			workers[t] = new Thread(() -> {
				for (int i = 0; i < perThread; i++) {
					sink = keys.get();
				}
			});
			workers[t].start();
		}
		for (Thread worker : workers) {
			worker.join();
		}
		return (System.nanoTime() - start) / (double) (threads * perThread);
	}

}
