package io.github.novu4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.novu4j.client.NovuClient;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * Start-up cost of the Novu auto-configuration: the time to run (refresh) a small Spring Boot
 * application with every auto-configuration on the class path (RestClient, HTTP clients, Jackson, the
 * Novu starter), with the Novu auto-configurations and without them (excluded).
 *
 * <p>Run it from the module's class path, not from {@code benchmarks.jar} (a shaded jar merges Spring
 * Boot's {@code META-INF} files badly); docs/benchmarks.md has the commands. Arguments:
 * <ul>
 * <li>{@code [runs]} (default 30): in one JVM, 5 warm-up runs of each, then {@code runs} pairs alternating
 * with and without; prints median, quartiles and extremes of each and of the paired differences, in
 * wall time and in CPU time of the starting thread (which load from other processes disturbs far less);</li>
 * <li>{@code once with|without}: one timed run in a fresh JVM, printed as
 * {@code with|without <wall ms> <CPU ms of the starting thread> <CPU ms of the whole process>} for a driver script ({@code scripts/startup-fresh-jvms.sh}) that alternates
 * fresh JVMs;</li>
 * <li>{@code beans with|without [warm-up runs] [cpu]}: one run recorded with Spring's
 * {@link BufferingApplicationStartup} after the given number of unrecorded pairs (default 0: a cold JVM);
 * prints the 25 costliest bean instantiations, nested ones included, in wall time or, with {@code cpu},
 * in CPU time of the starting thread.</li>
 * </ul>
 */
public final class StartupTime {

	private static final String EXCLUDE_NOVU = "spring.autoconfigure.exclude="
			+ "io.github.novu4j.autoconfigure.NovuAutoConfiguration,"
			+ "io.github.novu4j.autoconfigure.health.NovuHealthContributorAutoConfiguration,"
			+ "io.github.novu4j.autoconfigure.metrics.NovuMetricsAutoConfiguration";

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private StartupTime() {
	}

	/**
	 * @param args {@code [runs]}, {@code once with|without} or {@code beans with [warm-up runs]}
	 */
	public static void main(String[] args) {
		if (args.length == 2 && args[0].equals("once")) {
			boolean with = args[1].equals("with");
			long cpu = THREADS.getCurrentThreadCpuTime();
			long wall = run(with, ApplicationStartup.DEFAULT);
			cpu = THREADS.getCurrentThreadCpuTime() - cpu;
			// The whole process's CPU time so far: JVM start, JIT compiler and GC threads included.
			long process = (ManagementFactory
				.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) ? os.getProcessCpuTime()
						: -1_000_000;
			System.out.printf(Locale.ROOT, "%s %.1f %.1f %.1f%n", with ? "with" : "without", wall / 1e6, cpu / 1e6,
					process / 1e6);
			return;
		}
		if (args.length >= 2 && args[0].equals("beans")) {
			int warmUp = (args.length > 2) ? Integer.parseInt(args[2]) : 0;
			for (int i = 0; i < warmUp; i++) {
				run(true, ApplicationStartup.DEFAULT);
				run(false, ApplicationStartup.DEFAULT);
			}
			beans(args[1].equals("with"), args.length > 3 && args[3].equals("cpu"));
			return;
		}
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 30;
		for (int i = 0; i < 5; i++) {
			run(true, ApplicationStartup.DEFAULT);
			run(false, ApplicationStartup.DEFAULT);
		}
		List<Long> with = new ArrayList<>();
		List<Long> without = new ArrayList<>();
		List<Long> differences = new ArrayList<>();
		List<Long> withCpu = new ArrayList<>();
		List<Long> withoutCpu = new ArrayList<>();
		List<Long> cpuDifferences = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			// Alternate which goes first, so neither always runs right after the other.
			long[] a;
			long[] b;
			if (i % 2 == 0) {
				a = timed(true);
				b = timed(false);
			}
			else {
				b = timed(false);
				a = timed(true);
			}
			with.add(a[0]);
			without.add(b[0]);
			differences.add(a[0] - b[0]);
			withCpu.add(a[1]);
			withoutCpu.add(b[1]);
			cpuDifferences.add(a[1] - b[1]);
		}
		System.out.printf(Locale.ROOT, "%d runs each, wall time (ms):%n  with Novu %s%n  without  %s%n"
				+ "  paired difference %s%n", runs, spread(with), spread(without), spread(differences));
		System.out.printf(Locale.ROOT, "CPU time of the starting thread (ms):%n  with Novu %s%n  without  %s%n"
				+ "  paired difference %s%n", spread(withCpu), spread(withoutCpu), spread(cpuDifferences));
	}

	/** @return wall time and the calling thread's CPU time of one run, in nanoseconds */
	private static long[] timed(boolean withNovu) {
		long cpu = THREADS.getCurrentThreadCpuTime();
		long wall = run(withNovu, ApplicationStartup.DEFAULT);
		return new long[] { wall, THREADS.getCurrentThreadCpuTime() - cpu };
	}

	private static void beans(boolean withNovu, boolean cpu) {
		BufferingApplicationStartup startup = cpu ? cpuTimeStartup() : new BufferingApplicationStartup(100_000);
		long total = run(withNovu, startup);
		StartupTimeline timeline = startup.getBufferedTimeline();
		Map<String, Double> byBean = new LinkedHashMap<>();
		double refresh = 0;
		for (StartupTimeline.TimelineEvent event : timeline.getEvents()) {
			StartupStep step = event.getStartupStep();
			double ms = event.getDuration().toNanos() / 1e6;
			if (step.getName().equals("spring.context.refresh")) {
				refresh = ms;
			}
			if (step.getName().equals("spring.beans.instantiate")) {
				for (StartupStep.Tag tag : step.getTags()) {
					if (tag.getKey().equals("beanName")) {
						byBean.merge(tag.getValue(), ms, Double::sum);
					}
				}
			}
		}
		System.out.printf(Locale.ROOT, "%s Novu: run %.1f ms wall, context refresh %.1f ms %s, %d bean instantiations%n",
				withNovu ? "with" : "without", total / 1e6, refresh, cpu ? "CPU" : "wall", byBean.size());
		byBean.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
			.limit(25)
			.forEach((e) -> System.out.printf(Locale.ROOT, "  %8.2f ms  %s%n", e.getValue(), e.getKey()));
	}

	/**
	 * Spring Boot's recorder, timing steps with the CPU time of the thread that starts and ends them (all
	 * steps of this application run on the starting thread), through its package-private constructor.
	 */
	private static BufferingApplicationStartup cpuTimeStartup() {
		Clock cpuClock = new Clock() {
			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return Instant.ofEpochSecond(0, THREADS.getCurrentThreadCpuTime());
			}
		};
		try {
			Constructor<BufferingApplicationStartup> constructor = BufferingApplicationStartup.class
				.getDeclaredConstructor(int.class, Clock.class);
			constructor.setAccessible(true);
			return constructor.newInstance(100_000, cpuClock);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("BufferingApplicationStartup(int, Clock) not found", ex);
		}
	}

	private static long run(boolean withNovu, ApplicationStartup applicationStartup) {
		long start = System.nanoTime();
		SpringApplicationBuilder builder = new SpringApplicationBuilder(SmallApp.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off", "logging.level.root=warn", "novu.api-key=startup-key",
					withNovu ? "novu.enabled=true" : EXCLUDE_NOVU);
		builder.application().setApplicationStartup(applicationStartup);
		try (ConfigurableApplicationContext context = builder.run()) {
			if (withNovu && context.getBean(NovuClient.class) == null) {
				throw new IllegalStateException("No NovuClient");
			}
			return System.nanoTime() - start;
		}
	}

	private static String spread(List<Long> values) {
		return String.format(Locale.ROOT, "median %.1f [p25 %.1f, p75 %.1f; min %.1f, max %.1f]",
				percentile(values, 50) / 1e6, percentile(values, 25) / 1e6, percentile(values, 75) / 1e6,
				percentile(values, 0) / 1e6, percentile(values, 100) / 1e6);
	}

	/** Nearest-rank percentile (0 is the minimum, 100 the maximum). */
	private static double percentile(List<Long> values, int p) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.round(p / 100.0 * (sorted.size() - 1));
		return sorted.get(index);
	}

	/** The small application: nothing of its own, everything auto-configured. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class SmallApp {

	}

}
