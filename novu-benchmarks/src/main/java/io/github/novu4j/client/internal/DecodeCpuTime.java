package io.github.novu4j.client.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The CPU time of this thread per decode, for each {@link DecodeBenchmark} method: on a loaded machine the
 * wall time of a JMH run mostly measures waiting for a core, CPU time much less so. Run it with
 * {@code java -cp benchmarks.jar io.github.novu4j.client.internal.DecodeCpuTime [rounds]}; each round
 * decodes every body 2,000 times after a warm-up of 10,000, and the best round per method is printed.
 */
public final class DecodeCpuTime {

	private static final int WARM_UP = 10_000;

	private static final int PER_ROUND = 2_000;

	private DecodeCpuTime() {
	}

	/**
	 * @param args the number of rounds, 5 unless given
	 */
	public static void main(String[] args) {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 5;
		DecodeBenchmark benchmark = new DecodeBenchmark();
		Map<String, Supplier<Object>> decoders = new LinkedHashMap<>();
		decoders.put("clientPage", benchmark::clientPage);
		decoders.put("clientPageDataFirst", benchmark::clientPageDataFirst);
		decoders.put("jacksonPage", benchmark::jacksonPage);
		decoders.put("jacksonMap", benchmark::jacksonMap);
		decoders.put("jacksonTree", benchmark::jacksonTree);
		decoders.put("clientError", benchmark::clientError);
		decoders.put("jacksonErrorTree", benchmark::jacksonErrorTree);
		decoders.put("jacksonErrorMap", benchmark::jacksonErrorMap);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Object sink = null;
		for (Map.Entry<String, Supplier<Object>> decoder : decoders.entrySet()) {
			for (int i = 0; i < WARM_UP; i++) {
				sink = decoder.getValue().get();
			}
		}
		for (Map.Entry<String, Supplier<Object>> decoder : decoders.entrySet()) {
			long best = Long.MAX_VALUE;
			for (int round = 0; round < rounds; round++) {
				long start = threads.getCurrentThreadCpuTime();
				for (int i = 0; i < PER_ROUND; i++) {
					sink = decoder.getValue().get();
				}
				best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
			}
			System.out.printf("%-20s %9.2f µs CPU per decode (best of %d rounds)%n", decoder.getKey(),
					best / 1_000.0 / PER_ROUND, rounds);
		}
		if (sink == null) {
			throw new IllegalStateException("nothing decoded");
		}
	}

}
