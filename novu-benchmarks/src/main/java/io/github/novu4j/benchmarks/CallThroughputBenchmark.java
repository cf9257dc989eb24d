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
 * Calls per second from 8 platform threads sharing one caller (one client per application), small
 * triggers. The socket floor is left out: it has one connection.
 *
 * <p>Warm-up is long (30 s, as {@link TriggerThroughputBenchmark}'s): with 8 busy threads on a small machine
 * the JIT's compiler threads get little CPU, and the client's longer call path was still being compiled after
 * 10 s (0.37× the raw Apache floor then, 0.92× once compiled; docs/benchmarks.md).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(8)
@Fork(value = 1, jvmArgsAppend = { "-Xms256m", "-Xmx256m" })
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Benchmark)
public class CallThroughputBenchmark extends CallTrial {

	/** Who calls. */
	@Param({ "NOVU_JDK", "NOVU_APACHE", "NOVU_DEFAULT", "RAW_JDK", "RAW_APACHE", "COMMUNITY_SDK" })
	public Contender contender;

	/** What is called. */
	@Param({ "TRIGGER_SMALL" })
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
