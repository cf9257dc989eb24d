package io.github.novu4j.benchmarks;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.events.TriggerResult;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The benchmark both JMH classes run, and what a trial runs it against: a loopback Novu and one client
 * on the transport under test, shared by all benchmark threads (one client per application, as the
 * client is meant to be used). Subclasses choose the transports, the mode and the threads.
 */
@State(Scope.Benchmark)
public abstract class LoopbackTrial {

	/** Threads of the loopback server: few, as the machine has few cores and the client is measured. */
	static final int SERVER_THREADS = 4;

	/** The request sent. */
	@Param({ "SMALL", "LARGE_10KB" })
	public Payload payload;

	private @Nullable LoopbackNovu server;

	private Transport.@Nullable Client client;

	private NovuClient novu;

	/** @return the transport under test (a {@code @Param} of the subclass) */
	protected abstract Transport transport();

	/** Starts the server and the client, with the client's default retry settings, once per trial. */
	@Setup(Level.Trial)
	public void setUp() {
		this.server = LoopbackNovu.start(SERVER_THREADS);
		this.client = transport().open(this.server.baseUrl(), RetrySettings.defaults());
		this.novu = this.client.novu();
	}

	/** Stops both, and fails the trial if no trigger reached the server (a broken set-up measures nothing). */
	@TearDown(Level.Trial)
	public void tearDown() {
		long triggers = (this.server != null) ? this.server.triggers() : 0;
		if (this.client != null) {
			this.client.close();
		}
		if (this.server != null) {
			this.server.close();
		}
		if (triggers == 0) {
			throw new IllegalStateException("No trigger reached the loopback server");
		}
	}

	/**
	 * @return Novu's answer (returned so that the JIT cannot drop the call)
	 */
	@Benchmark
	public TriggerResult trigger() {
		return this.novu.trigger(this.payload.request());
	}

}
