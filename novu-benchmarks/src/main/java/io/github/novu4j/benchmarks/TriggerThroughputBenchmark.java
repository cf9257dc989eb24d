package io.github.novu4j.benchmarks;

import java.util.concurrent.TimeUnit;

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
 * Triggers per second from 8 threads sharing one client, per transport and body size: pooled HTTP/1.1
 * connections under concurrency, the setting in which the JDK client is said to fail calls. (Failures
 * themselves are counted by {@link TransportFailureCount}.)
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(8)
@Fork(value = 1, jvmArgsAppend = { "-Xms256m", "-Xmx256m" })
// 12 busy threads on 2 cores leave the JIT little CPU: throughput still climbs for about 30 s.
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class TriggerThroughputBenchmark extends LoopbackTrial {

	/** The transport under test. */
	@Param({ "JDK", "APACHE" })
	public Transport transport;

	@Override
	protected Transport transport() {
		return this.transport;
	}

}
