package io.github.novu4j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.github.novu4j.client.HttpTransport;
import io.github.novu4j.client.NovuClient;

/**
 * Counts how often the JDK transport's deadline timer thread ({@code novu-http-deadline}) runs, per small
 * trigger made on one thread to a {@link LoopbackNovu}: its voluntary and involuntary context switches
 * from {@code /proc/self/task/*}/status (Linux only), after 2,000 warm-up calls. Run with
 * {@code java -cp novu-benchmarks/target/benchmarks.jar io.github.novu4j.benchmarks.DeadlineTimerWakes 5000}.
 */
public final class DeadlineTimerWakes {

	private DeadlineTimerWakes() {
	}

	/**
	 * @param args the number of measured calls (default 5,000)
	 * @throws IOException if {@code /proc} cannot be read
	 */
	public static void main(String[] args) throws IOException {
		int calls = (args.length > 0) ? Integer.parseInt(args[0]) : 5_000;
		try (LoopbackNovu server = LoopbackNovu.start(LoopbackTrial.SERVER_THREADS)) {
			NovuClient novu = NovuClient.builder()
				.apiKey(Transport.API_KEY)
				.baseUrl(server.baseUrl())
				.httpTransport(HttpTransport.JDK)
				.build();
			for (int i = 0; i < 2_000; i++) {
				novu.trigger(Payload.SMALL.request());
			}
			long before = timerSwitches();
			long start = System.nanoTime();
			for (int i = 0; i < calls; i++) {
				novu.trigger(Payload.SMALL.request());
			}
			long millis = (System.nanoTime() - start) / 1_000_000;
			long switches = timerSwitches() - before;
			System.out.printf("%d calls in %d ms: %d context switches of novu-http-deadline (%.3f per call)%n", calls,
					millis, switches, switches / (double) calls);
		}
	}

	private static long timerSwitches() throws IOException {
		long total = 0;
		try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
			for (Path task : (Iterable<Path>) tasks::iterator) {
				if (Files.readString(task.resolve("comm")).trim().startsWith("novu-http-deadl")) {
					for (String line : Files.readAllLines(task.resolve("status"))) {
						if (line.contains("ctxt_switches")) {
							total += Long.parseLong(line.replaceAll("\\D", ""));
						}
					}
				}
			}
		}
		return total;
	}

}
