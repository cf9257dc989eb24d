package io.github.novu4j.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.novu4j.client.NovuClient;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Start-up cost of the Novu auto-configuration: the time to run (refresh) a small Spring Boot
 * application with every auto-configuration on the class path (RestClient, HTTP clients, Jackson, the
 * Novu starter), with the Novu auto-configurations and without them (excluded), alternating, in one
 * JVM. Prints the median of each and the difference.
 *
 * <p>Run it from the module's class path, not from {@code benchmarks.jar} (a shaded jar merges Spring
 * Boot's {@code META-INF} files badly); docs/benchmarks.md has the command. Arguments:
 * {@code [runs]} (default 30, after 5 warm-up runs of each), or {@code once with|without} for one
 * timed run in a fresh JVM.
 */
public final class StartupTime {

	private static final String EXCLUDE_NOVU = "spring.autoconfigure.exclude="
			+ "io.github.novu4j.autoconfigure.NovuAutoConfiguration,"
			+ "io.github.novu4j.autoconfigure.health.NovuHealthContributorAutoConfiguration,"
			+ "io.github.novu4j.autoconfigure.metrics.NovuMetricsAutoConfiguration";

	private StartupTime() {
	}

	/**
	 * @param args {@code [runs]} or {@code once with|without}
	 */
	public static void main(String[] args) {
		if (args.length == 2 && args[0].equals("once")) {
			boolean with = args[1].equals("with");
			System.out.printf("%s: %.1f ms%n", with ? "with Novu" : "without Novu", run(with) / 1e6);
			return;
		}
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 30;
		for (int i = 0; i < 5; i++) {
			run(true);
			run(false);
		}
		List<Long> with = new ArrayList<>();
		List<Long> without = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			with.add(run(true));
			without.add(run(false));
		}
		double a = median(with) / 1e6;
		double b = median(without) / 1e6;
		System.out.printf("%d runs each, medians: with Novu %.1f ms, without %.1f ms, difference %.1f ms%n", runs, a, b,
				a - b);
	}

	private static long run(boolean withNovu) {
		long start = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SmallApp.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off", "logging.level.root=warn", "novu.api-key=startup-key",
					withNovu ? "novu.enabled=true" : EXCLUDE_NOVU)
			.run()) {
			if (withNovu && context.getBean(NovuClient.class) == null) {
				throw new IllegalStateException("No NovuClient");
			}
			return System.nanoTime() - start;
		}
	}

	private static double median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	/** The small application: nothing of its own, everything auto-configured. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class SmallApp {

	}

}
