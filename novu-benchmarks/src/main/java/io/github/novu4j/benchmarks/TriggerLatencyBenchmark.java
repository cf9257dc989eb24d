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
 * Latency of one {@code novu.trigger(..)} on one thread, small body against a 10 kB body, per transport.
 * A Nagle stall (headers and body in two packets, the second held until the server's delayed ACK) shows
 * as about 40 ms added to every 10 kB call: {@link Transport#APACHE_NAGLE} is there to show it.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = { "-Xms256m", "-Xmx256m" })
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class TriggerLatencyBenchmark extends LoopbackTrial {

	/** The transport under test. */
	@Param({ "JDK", "JDK_POOLED_EXECUTOR", "APACHE", "APACHE_NAGLE" })
	public Transport transport;

	@Override
	protected Transport transport() {
		return this.transport;
	}

}
