package io.github.novu4j.benchmarks;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.RetrySettings;
import org.jspecify.annotations.Nullable;

/**
 * What a benchmark trial runs against: a loopback Novu and one client on the transport under test,
 * shared by all benchmark threads (one client per application, as the client is meant to be used).
 */
abstract class LoopbackTrial {

	/** Threads of the loopback server: few, as the machine has few cores and the client is measured. */
	static final int SERVER_THREADS = 4;

	private @Nullable LoopbackNovu server;

	private Transport.@Nullable Client client;

	/** The client under test; set for the trial. */
	protected NovuClient novu;

	/**
	 * Starts the server and the client, with the client's default retry settings.
	 * @param transport the transport under test
	 */
	protected final void open(Transport transport) {
		this.server = LoopbackNovu.start(SERVER_THREADS);
		this.client = transport.open(this.server.baseUrl(), RetrySettings.defaults());
		this.novu = this.client.novu();
	}

	/** Stops both, and fails the trial if no trigger reached the server (a broken set-up measures nothing). */
	protected final void close() {
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

}
