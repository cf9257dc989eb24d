package io.github.novu4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import io.github.novu4j.benchmarks.Contender.Call;

/**
 * What one call costs the calling thread alone: bytes it allocates and CPU time it uses, per call,
 * averaged over many calls after a warm-up. Both are read from the JVM's per-thread counters
 * ({@code com.sun.management.ThreadMXBean}), so the in-process server's threads are left out without a
 * socket floor, and neither depends much on how busy the machine is (allocation not at all), unlike
 * JMH's times on a shared 2-core machine. Apache HttpClient's classic API does its I/O on the calling
 * thread, so for the Apache contenders this is the whole client side; the JDK client reads answers on
 * its own threads, which this leaves out.
 *
 * <p>Arguments: {@code contenders calls [warm-up calls] [measured calls]}, lists comma-separated, e.g.
 * {@code NOVU_APACHE,RAW_APACHE TRIGGER_SMALL,SUBSCRIBERS_PAGE 4000 3000}. Run it from
 * {@code benchmarks.jar}; docs/benchmarks.md has the command.
 */
public final class CallerThreadCost {

	private CallerThreadCost() {
	}

	/**
	 * @param args contenders, calls, then optionally the warm-up and measured call counts
	 * @throws Exception if a call fails
	 */
	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			throw new IllegalArgumentException("usage: contenders calls [warm-up calls] [measured calls]");
		}
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
			.getThreadMXBean();
		int warmUp = (args.length > 2) ? Integer.parseInt(args[2]) : 4000;
		int measured = (args.length > 3) ? Integer.parseInt(args[3]) : 3000;
		long thread = Thread.currentThread().getId();
		System.out.println("| contender | call | allocated by the caller (kB/call) | caller CPU (µs/call) | wall (µs/call) |");
		System.out.println("|---|---|--:|--:|--:|");
		try (LoopbackNovu server = LoopbackNovu.start(LoopbackTrial.SERVER_THREADS)) {
			for (String contenderName : args[0].split(",")) {
				for (String callName : args[1].split(",")) {
					Contender contender = Contender.valueOf(contenderName);
					Call call = Call.valueOf(callName);
					try (Contender.Caller caller = contender.open(server.baseUrl())) {
						for (int i = 0; i < warmUp; i++) {
							caller.call(call);
						}
						long bytes = threads.getThreadAllocatedBytes(thread);
						long cpu = threads.getCurrentThreadCpuTime();
						long start = System.nanoTime();
						for (int i = 0; i < measured; i++) {
							caller.call(call);
						}
						long wall = System.nanoTime() - start;
						cpu = threads.getCurrentThreadCpuTime() - cpu;
						bytes = threads.getThreadAllocatedBytes(thread) - bytes;
						System.out.println(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f |", contender, call,
								bytes / 1024.0 / measured, cpu / 1000.0 / measured, wall / 1000.0 / measured));
					}
				}
			}
		}
	}

}
