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
 * Calls per second from 64 <em>virtual</em> threads sharing one caller, small triggers: JMH 1.37 runs
 * its benchmark threads as virtual threads when the forked JVM has {@code -Djmh.executor=VIRTUAL}.
 * Needs JDK 21 or later (measured on JDK 25); on JDK 17 the fork fails at start. The socket floor is
 * left out: it has one connection.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(64)
@Fork(value = 1, jvmArgsAppend = { "-Xms256m", "-Xmx256m", "-Djmh.executor=VIRTUAL" })
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Benchmark)
public class CallVirtualThreadsBenchmark extends CallTrial {

	/** Who calls. */
	@Param({ "NOVU_JDK", "NOVU_APACHE", "RAW_JDK", "RAW_APACHE", "COMMUNITY_SDK" })
	public Contender contender;

	/** What is called. */
	@Param({ "TRIGGER_SMALL" })
	public Call call;

	/**
	 * Fails the trial unless JMH runs it on a virtual thread (the trial set-up runs on a benchmark thread).
	 * @throws Exception if the thread is not virtual
	 */
	@Override
	protected void checkThread() throws Exception {
		Object virtual;
		try {
			virtual = Thread.class.getMethod("isVirtual").invoke(Thread.currentThread());
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException("Virtual threads need JDK 21 or later; this is " + Runtime.version(), ex);
		}
		if (!Boolean.TRUE.equals(virtual)) {
			throw new IllegalStateException("Not on a virtual thread: " + Thread.currentThread()
					+ " (is -Djmh.executor=VIRTUAL in the fork's JVM options?)");
		}
	}

	@Override
	protected Contender contender() {
		return this.contender;
	}

	@Override
	protected Call kind() {
		return this.call;
	}

}
