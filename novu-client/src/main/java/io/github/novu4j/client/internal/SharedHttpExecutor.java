package io.github.novu4j.client.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor of the JDK {@code HttpClient} the builder makes, for the client's own asynchronous
 * tasks (the calling thread waits in {@code send()}, see {@link JdkHttpRequestFactory}). Shared by every
 * client built on the JDK transport; its daemon threads end after a minute idle, so it needs
 * no shutdown.
 */
public final class SharedHttpExecutor {

	private static final ExecutorService EXECUTOR = create();

	private SharedHttpExecutor() {
	}

	/** @return the shared executor */
	public static ExecutorService get() {
		return EXECUTOR;
	}

	private static ExecutorService create() {
		AtomicInteger threads = new AtomicInteger();
		return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
				(task) -> {
					Thread thread = new Thread(task, "novu-http-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
	}

}
