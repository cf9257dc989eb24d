package io.github.novu4j.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.novu4j.client.events.TriggerResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Triggers per second from 8 threads sharing one client, per transport and body size: pooled HTTP/1.1
 * connections under concurrency, the setting in which the JDK client is said to fail calls.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(8)
@Fork(value = 1, jvmArgsAppend = { "-Xms256m", "-Xmx256m" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class TriggerThroughputBenchmark extends LoopbackTrial {

	/** The transport under test. */
	@Param({ "JDK", "JDK_POOLED_EXECUTOR", "APACHE" })
	public Transport transport;

	/** The request sent. */
	@Param({ "SMALL", "LARGE_10KB" })
	public Payload payload;

	/** Starts the loopback server and the client once per trial. */
	@Setup(Level.Trial)
	public void setUp() {
		open(this.transport);
	}

	/** Stops them. */
	@TearDown(Level.Trial)
	public void tearDown() {
		close();
	}

	/**
	 * @return Novu's answer (returned so that the JIT cannot drop the call)
	 */
	@Benchmark
	public TriggerResult trigger() {
		return this.novu.trigger(this.payload.request());
	}

}
