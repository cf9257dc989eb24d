package io.github.novu4j.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import io.github.novu4j.client.RetrySettings;

/**
 * Counts the calls each transport fails, from 8 threads sharing one client on pooled HTTP/1.1
 * connections to the loopback Novu. Bounded in calls and in time, loopback only. Two loads:
 * <ul>
 * <li><b>steady</b>: the threads trigger back to back, so pooled connections are never idle;</li>
 * <li><b>idle-close</b>: the server closes a keep-alive connection once it has been idle for
 * {@value #IDLE_SECONDS} s (as Novu's servers and load balancers close idle connections), and all threads
 * pause together for about that long between bursts of calls, so the client reuses its pooled connections
 * right around the moment the server closes them: the race behind the JDK's "HTTP/1.1 header parser
 * received no bytes".
 * {@value #IDLE_SECONDS} s is more than Apache HttpClient's 2 s after which it checks an idle connection
 * before reuse, so both clients meet the race with their default defences.</li>
 * </ul>
 * Each load runs with retries off (every transport failure reaches the caller) and, for idle-close, once
 * more with the client's default retries (what a user sees). Prints a Markdown table.
 *
 * <p>Run: {@code java -cp novu-benchmarks/target/benchmarks.jar io.github.novu4j.benchmarks.TransportFailureCount
 * [steadyCalls] [idleRounds]}; defaults 20000 and 10.
 */
public final class TransportFailureCount {

	static final int THREADS = 8;

	/** The server's keep-alive idle timeout, in seconds (the JDK server's unit). */
	static final int IDLE_SECONDS = 3;

	/** How often the server looks for idle connections to close, in milliseconds. */
	static final int IDLE_CHECK_MILLIS = 20;

	/** Calls per burst in the idle-close load. */
	static final int BURST = 4;

	/** No load runs longer than this, whatever its call count. */
	static final Duration LOAD_LIMIT = Duration.ofSeconds(90);

	private TransportFailureCount() {
	}

	/**
	 * @param args optional: calls of the steady load per transport (default 20000), rounds per thread of
	 * the idle-close load (default 10)
	 * @throws Exception if a load cannot run
	 */
	public static void main(String[] args) throws Exception {
		int steadyCalls = (args.length > 0) ? Integer.parseInt(args[0]) : 20_000;
		int idleRounds = (args.length > 1) ? Integer.parseInt(args[1]) : 10;
		// The JDK server reads these once, when its first instance is made: before any server starts.
		System.setProperty("sun.net.httpserver.idleInterval", Integer.toString(IDLE_SECONDS));
		System.setProperty("sun.net.httpserver.clockTick", Integer.toString(IDLE_CHECK_MILLIS));

		List<Result> results = new ArrayList<>();
		for (Transport transport : List.of(Transport.JDK, Transport.APACHE)) {
			results.add(run("steady", transport, RetrySettings.disabled(), steadyLoad(steadyCalls)));
		}
		for (RetrySettings retry : List.of(RetrySettings.disabled(), RetrySettings.defaults())) {
			for (Transport transport : List.of(Transport.JDK, Transport.APACHE)) {
				results.add(run("idle-close", transport, retry, idleCloseLoad(idleRounds)));
			}
		}
		System.out.println();
		System.out.println("| load | transport | retries | calls | failed | failures per 10,000 calls | connections opened | seconds | failures |");
		System.out.println("|---|---|---|---:|---:|---:|---:|---:|---|");
		for (Result result : results) {
			System.out.println(result.row());
		}
	}

	/** What each of the threads does in a load. */
	@FunctionalInterface
	interface Load {

		/**
		 * @param call makes one trigger and counts its outcome
		 * @param deadline when the load must stop, in {@link System#nanoTime()}
		 * @throws InterruptedException if stopped
		 */
		void run(Runnable call, long deadline) throws InterruptedException;

	}

	private static Load steadyLoad(int calls) {
		AtomicInteger left = new AtomicInteger(calls);
		return (call, deadline) -> {
			while (left.getAndDecrement() > 0 && System.nanoTime() < deadline) {
				call.run();
			}
		};
	}

	private static Load idleCloseLoad(int rounds) {
		long idleMillis = TimeUnit.SECONDS.toMillis(IDLE_SECONDS);
		AtomicLong pause = new AtomicLong();
		// All threads go quiet together and come back together, so that every pooled connection has been
		// idle for the same time when it is reused: around the moment the server closes it, from just
		// before the idle timeout to two of the server's checks after (a new moment each round).
		CyclicBarrier quiet = new CyclicBarrier(THREADS, () -> pause
			.set(ThreadLocalRandom.current().nextLong(idleMillis - 10, idleMillis + 2L * IDLE_CHECK_MILLIS + 10)));
		return (call, deadline) -> {
			for (int round = 0; round < rounds; round++) {
				for (int i = 0; i < BURST; i++) {
					call.run();
				}
				if (round == rounds - 1 || System.nanoTime() > deadline) {
					return;
				}
				try {
					quiet.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
				}
				catch (BrokenBarrierException | TimeoutException ex) {
					// Another thread ran out of time: the load is over.
					return;
				}
				Thread.sleep(pause.get());
			}
		};
	}

	private static Result run(String name, Transport transport, RetrySettings retry, Load load) throws Exception {
		System.err.printf(Locale.ROOT, "%s, %s, retries %s ...%n", name, transport, retry.enabled() ? "on" : "off");
		LongAdder calls = new LongAdder();
		Map<String, LongAdder> failures = new ConcurrentHashMap<>();
		long start = System.nanoTime();
		long deadline = start + LOAD_LIMIT.toNanos();
		try (LoopbackNovu server = LoopbackNovu.start(LoopbackTrial.SERVER_THREADS);
				Transport.Client client = transport.open(server.baseUrl(), retry)) {
			String serverAddress = server.baseUrl().substring("http://".length());
			Runnable call = () -> {
				calls.increment();
				try {
					client.novu().trigger(Payload.SMALL.request());
				}
				catch (RuntimeException ex) {
					failures.computeIfAbsent(describe(ex, serverAddress), (key) -> new LongAdder()).increment();
				}
			};
			ExecutorService threads = Executors.newFixedThreadPool(THREADS);
			try {
				List<Future<?>> done = new ArrayList<>();
				for (int i = 0; i < THREADS; i++) {
					done.add(threads.submit(() -> {
						load.run(call, deadline);
						return null;
					}));
				}
				for (Future<?> future : done) {
					future.get();
				}
			}
			finally {
				threads.shutdownNow();
			}
			Map<String, Long> counted = new TreeMap<>();
			failures.forEach((key, count) -> counted.put(key, count.sum()));
			return new Result(name, transport, retry.enabled(), calls.sum(), counted, server.connections(),
					Duration.ofNanos(System.nanoTime() - start));
		}
	}

	/**
	 * @return the failure's type and its causes (types and messages) below Spring's wrapper, with the
	 * server's address replaced so that equal failures on different ports count together
	 */
	static String describe(Throwable failure, String serverAddress) {
		StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable cause = failure.getCause(); cause != null && seen.add(cause); cause = cause.getCause()) {
			if (!cause.getClass().getName().startsWith("org.springframework.")) {
				text.append(" ← ").append(cause.getClass().getName()).append(": ").append(cause.getMessage());
			}
		}
		return text.toString().replace(serverAddress, "<server>").replace("|", "/");
	}

	/**
	 * What one load did.
	 *
	 * @param load the load's name
	 * @param transport the transport
	 * @param retries whether the client's retries were on
	 * @param calls calls made
	 * @param failures failed calls by description
	 * @param connections connections the server saw
	 * @param elapsed how long the load ran
	 */
	record Result(String load, Transport transport, boolean retries, long calls, Map<String, Long> failures,
			int connections, Duration elapsed) {

		long failed() {
			return this.failures.values().stream().mapToLong(Long::longValue).sum();
		}

		String row() {
			String causes = this.failures.isEmpty() ? "none"
					: String.join("; ", this.failures.entrySet()
						.stream()
						.map((entry) -> entry.getValue() + " × " + entry.getKey())
						.toList());
			return String.join(" | ", Arrays.asList("", this.load, this.transport.name(), this.retries ? "default" : "off",
					Long.toString(this.calls), Long.toString(failed()),
					String.format(Locale.ROOT, "%.1f", (this.calls == 0) ? 0.0 : failed() * 10_000.0 / this.calls),
					Integer.toString(this.connections),
					String.format(Locale.ROOT, "%.1f", this.elapsed.toMillis() / 1000.0), causes, "")).trim();
		}

	}

}
