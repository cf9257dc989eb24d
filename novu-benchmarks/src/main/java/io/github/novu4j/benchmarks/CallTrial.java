package io.github.novu4j.benchmarks;

import io.github.novu4j.benchmarks.Contender.Call;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A loopback Novu and one caller of a {@link Contender}, shared by all benchmark threads; subclasses
 * choose the contenders, calls, mode and threads.
 */
@State(Scope.Benchmark)
public abstract class CallTrial {

	private @Nullable LoopbackNovu server;

	private Contender.@Nullable Caller caller;

	/** @return who calls (a {@code @Param} of the subclass) */
	protected abstract Contender contender();

	/** @return what is called (a {@code @Param} of the subclass) */
	protected abstract Call kind();

	/**
	 * Starts the server and the caller, and makes one call so that a broken set-up fails at once.
	 * @throws Exception if the first call fails
	 */
	@Setup(Level.Trial)
	public void setUp() throws Exception {
		checkThread();
		this.server = LoopbackNovu.start(LoopbackTrial.SERVER_THREADS);
		this.caller = contender().open(this.server.baseUrl());
		this.caller.call(kind());
	}

	/**
	 * Checks the thread the trial runs on; nothing by default.
	 * @throws Exception if it is not the thread the benchmark means to measure
	 */
	protected void checkThread() throws Exception {
	}

	/** Stops both. */
	@TearDown(Level.Trial)
	public void tearDown() {
		if (this.caller != null) {
			this.caller.close();
		}
		if (this.server != null) {
			this.server.close();
		}
	}

	/**
	 * @return something from the answer (returned so that the JIT cannot drop the call)
	 * @throws Exception if the call failed unexpectedly
	 */
	@Benchmark
	public Object call() throws Exception {
		return this.caller.call(kind());
	}

}
