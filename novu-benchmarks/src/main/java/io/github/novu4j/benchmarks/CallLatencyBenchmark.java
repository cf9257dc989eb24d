package io.github.novu4j.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.novu4j.benchmarks.Contender.Call;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time (and, with {@code -prof gc}, allocation) per call on one thread: every {@link Contender} on every
 * {@link Call}, in one run, so that ratios to the raw floors come from the same conditions. Short by
 * default (the machine is shared): 1 fork, 3 × 1 s warm-up, 3 × 2 s measured.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = { "-Xms256m", "-Xmx256m" })
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 2)
@State(Scope.Benchmark)
public class CallLatencyBenchmark extends CallTrial {

	/** Who calls. */
	@Param({ "NOVU_JDK", "NOVU_APACHE", "NOVU_DEFAULT", "RAW_JDK", "RAW_APACHE", "RAW_JACKSON_JDK", "RAW_JACKSON_APACHE",
			"COMMUNITY_SDK", "SOCKET_FLOOR" })
	public Contender contender;

	/** What is called. */
	@Param({ "TRIGGER_SMALL", "TRIGGER_10KB", "SUBSCRIBERS_PAGE", "ERROR_422" })
	public Call call;

	@Override
	protected Contender contender() {
		return this.contender;
	}

	@Override
	protected Call kind() {
		return this.call;
	}

}
