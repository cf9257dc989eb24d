package io.github.novu4j.client.events;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuException;
import io.github.novu4j.client.NovuInterruptedException;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.internal.NovuTransport;
import io.github.novu4j.client.internal.RateLimitPacer;
import org.jspecify.annotations.Nullable;

/**
 * Sends any number of trigger events at the pace Novu allows: in {@code triggerBulk} requests of at
 * most 100 events (and under Novu's body limit), a few requests at a time, results in the caller's order.
 *
 * <pre>{@code
 * List<TriggerResult> results = BulkTrigger.of(novu).concurrency(4).send(events);
 * }</pre>
 *
 * <p><b>Safe retries.</b> Each request carries its own {@code Idempotency-Key}, made once and reused on
 * every retry of that request, so a request Novu processed is never processed again: no event is sent
 * twice, and none is dropped silently (a request that finally fails is reported with its events and key).
 *
 * <p><b>Pacing.</b> Novu's rate limit is a token bucket per environment (WIRE-FORMAT §6; a bulk trigger
 * costs 100 tokens). A {@code BulkTrigger} follows the {@code RateLimit-Remaining}, {@code RateLimit-Limit}
 * and {@code RateLimit-Reset} headers of Novu's answers: when the bucket is about to run dry it waits for
 * the tokens a request needs instead of sending, and after a 429 it waits {@code Retry-After} before any
 * of its requests goes again. The pacing is adaptive, per instance, never a fixed quota: the bucket is
 * shared by every instance of an application, and only Novu's answers say what is left of it. Reuse one
 * {@code BulkTrigger} for successive sends so it keeps what it learned.
 *
 * <p>Immutable settings, thread-safe; {@link #concurrency(int)} and the other settings return a new
 * instance (with a fresh pacer).
 */
public final class BulkTrigger {

	/** Default number of requests in flight at once. */
	public static final int DEFAULT_CONCURRENCY = 2;

	/** Largest number of requests in flight at once. */
	public static final int MAX_CONCURRENCY = 16;

	/** What one {@code triggerBulk} request costs in Novu's rate limiter, whatever its size (WIRE-FORMAT §6). */
	public static final int BULK_REQUEST_COST = 100;

	/**
	 * Default largest request body: Novu's limit on {@code /v1/events/*} is 20 MB (WIRE-FORMAT §5); this
	 * keeps a margin for the envelope.
	 */
	public static final long DEFAULT_MAX_BODY_BYTES = 20L * 1000 * 1000 - 64 * 1024;

	/** Default number of times one request is sent again after Novu kept answering 429. */
	public static final int DEFAULT_RATE_LIMIT_RETRIES = 20;

	private final NovuClient novu;

	private final int concurrency;

	private final int maxEventsPerRequest;

	private final long maxBodyBytes;

	private final int rateLimitRetries;

	private final RateLimitPacer pacer = new RateLimitPacer();

	private BulkTrigger(NovuClient novu, int concurrency, int maxEventsPerRequest, long maxBodyBytes,
			int rateLimitRetries) {
		this.novu = novu;
		this.concurrency = concurrency;
		this.maxEventsPerRequest = maxEventsPerRequest;
		this.maxBodyBytes = maxBodyBytes;
		this.rateLimitRetries = rateLimitRetries;
	}

	/**
	 * @param novu the client to send with; its retry settings apply to each request
	 * @return a bulk sender with the defaults: 2 requests at a time, 100 events per request
	 */
	public static BulkTrigger of(NovuClient novu) {
		return new BulkTrigger(Objects.requireNonNull(novu, "novu"), DEFAULT_CONCURRENCY, Events.MAX_BULK_EVENTS,
				DEFAULT_MAX_BODY_BYTES, DEFAULT_RATE_LIMIT_RETRIES);
	}

	/**
	 * @param concurrency requests in flight at once, 1 to {@value #MAX_CONCURRENCY}; default
	 * {@value #DEFAULT_CONCURRENCY}. More does not beat the rate limit: it only helps when the limit is
	 * far above what one request at a time reaches
	 * @return a sender with this setting
	 */
	public BulkTrigger concurrency(int concurrency) {
		if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
			throw new IllegalArgumentException("concurrency must be 1 to " + MAX_CONCURRENCY + ", was " + concurrency);
		}
		return new BulkTrigger(this.novu, concurrency, this.maxEventsPerRequest, this.maxBodyBytes,
				this.rateLimitRetries);
	}

	/**
	 * @param maxEventsPerRequest events per {@code triggerBulk} request, 1 to 100; default 100 (a request
	 * costs the same 100 tokens whatever its size, so fewer only spends the rate limit faster)
	 * @return a sender with this setting
	 */
	public BulkTrigger maxEventsPerRequest(int maxEventsPerRequest) {
		if (maxEventsPerRequest < 1 || maxEventsPerRequest > Events.MAX_BULK_EVENTS) {
			throw new IllegalArgumentException("maxEventsPerRequest must be 1 to " + Events.MAX_BULK_EVENTS + ", was "
					+ maxEventsPerRequest);
		}
		return new BulkTrigger(this.novu, this.concurrency, maxEventsPerRequest, this.maxBodyBytes,
				this.rateLimitRetries);
	}

	/**
	 * @param maxBodyBytes largest JSON body of one request; default a little under Novu's 20 MB
	 * @return a sender with this setting
	 */
	public BulkTrigger maxBodyBytes(long maxBodyBytes) {
		if (maxBodyBytes < 1024) {
			throw new IllegalArgumentException("maxBodyBytes must be at least 1024, was " + maxBodyBytes);
		}
		return new BulkTrigger(this.novu, this.concurrency, this.maxEventsPerRequest, maxBodyBytes,
				this.rateLimitRetries);
	}

	/**
	 * @param rateLimitRetries how many more times one request is sent after the client's own retries
	 * ended on a 429, each after Novu's {@code Retry-After}; default {@value #DEFAULT_RATE_LIMIT_RETRIES}
	 * @return a sender with this setting
	 */
	public BulkTrigger rateLimitRetries(int rateLimitRetries) {
		if (rateLimitRetries < 0) {
			throw new IllegalArgumentException("rateLimitRetries must not be negative, was " + rateLimitRetries);
		}
		return new BulkTrigger(this.novu, this.concurrency, this.maxEventsPerRequest, this.maxBodyBytes,
				rateLimitRetries);
	}

	/**
	 * Sends the events. Every event is checked before anything is sent.
	 * @param events the events, each with a payload (Novu fails bulk events without one)
	 * @return one result per event, in the order given
	 * @throws IllegalArgumentException if an event has no payload or alone exceeds the body limit
	 * @throws BulkTriggerException if a request failed for good: it says which events Novu confirmed and
	 * which requests failed, with their idempotency keys (resending one with its key within 24 hours
	 * cannot notify twice)
	 */
	public List<TriggerResult> send(List<TriggerRequest> events) {
		Objects.requireNonNull(events, "events");
		List<Batch> batches = split(events);
		@Nullable TriggerResult[] results = new TriggerResult[events.size()];
		List<BulkTriggerException.FailedRequest> failures = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger next = new AtomicInteger();
		AtomicBoolean stop = new AtomicBoolean();
		Runnable worker = () -> {
			for (int i; !stop.get() && (i = next.getAndIncrement()) < batches.size();) {
				Batch batch = batches.get(i);
				try {
					List<TriggerResult> answer = sendBatch(batch, events);
					for (int j = 0; j < answer.size(); j++) {
						results[batch.from() + j] = answer.get(j);
					}
				}
				catch (NovuException ex) {
					failures.add(new BulkTriggerException.FailedRequest(batch.from(), batch.to(), batch.idempotencyKey(), ex));
					stop.set(true);
				}
			}
		};
		int workers = Math.min(this.concurrency, batches.size());
		if (workers <= 1) {
			worker.run();
		}
		else {
			runOnThreads(worker, workers, stop);
		}
		if (!failures.isEmpty()) {
			List<BulkTriggerException.FailedRequest> failed = new ArrayList<>(failures);
			failed.sort((a, b) -> Integer.compare(a.fromIndex(), b.fromIndex()));
			throw new BulkTriggerException(Arrays.asList(results), failed);
		}
		return List.of(results);
	}

	private static void runOnThreads(Runnable worker, int workers, AtomicBoolean stop) {
		ExecutorService executor = Executors.newFixedThreadPool(workers - 1, (task) -> {
			Thread thread = new Thread(task, "novu-bulk-trigger");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 1; i < workers; i++) {
				running.add(executor.submit(worker));
			}
			worker.run();
			for (Future<?> future : running) {
				try {
					future.get();
				}
				catch (InterruptedException ex) {
					stop.set(true);
					executor.shutdownNow();
					Thread.currentThread().interrupt();
					throw new NovuInterruptedException("events.triggerBulk",
							"Bulk trigger was interrupted while requests were in flight", ex);
				}
				catch (ExecutionException ex) {
					throw new IllegalStateException("Bulk trigger worker failed", ex.getCause());
				}
			}
		}
		finally {
			executor.shutdown();
		}
	}

	/** One request's worth of events, with its idempotency key. */
	private record Batch(int from, int to, String idempotencyKey) {
	}

	private List<Batch> split(List<TriggerRequest> events) {
		List<Batch> batches = new ArrayList<>();
		// {"events":[ ... ]} and the commas between events.
		long envelope = 12;
		int from = 0;
		long bytes = envelope;
		for (int i = 0; i < events.size(); i++) {
			TriggerRequest event = Objects.requireNonNull(events.get(i), "events[" + i + "]");
			if (event.payload() == null) {
				throw new IllegalArgumentException("events[" + i + "] ('" + event.name()
						+ "') has no payload; Novu fails bulk events without one (use an empty map)");
			}
			long size = jsonSize(event) + 1;
			if (envelope + size > this.maxBodyBytes) {
				throw new IllegalArgumentException("events[" + i + "] ('" + event.name() + "') is " + size
						+ " bytes of JSON, more than one request may carry (" + this.maxBodyBytes + ")");
			}
			if (i - from == this.maxEventsPerRequest || bytes + size > this.maxBodyBytes) {
				batches.add(new Batch(from, i, NovuTransport.randomIdempotencyKey()));
				from = i;
				bytes = envelope;
			}
			bytes += size;
		}
		if (from < events.size()) {
			batches.add(new Batch(from, events.size(), NovuTransport.randomIdempotencyKey()));
		}
		return batches;
	}

	private static long jsonSize(TriggerRequest event) {
		CountingSink sink = new CountingSink();
		NovuJson.mapper().writeValue(sink, event);
		return sink.count;
	}

	private List<TriggerResult> sendBatch(Batch batch, List<TriggerRequest> events) {
		List<TriggerRequest> chunk = events.subList(batch.from(), batch.to());
		RequestOptions options = RequestOptions.builder().idempotencyKey(batch.idempotencyKey()).build();
		return this.pacer.send("events.triggerBulk", "Bulk trigger", BULK_REQUEST_COST, this.rateLimitRetries, options,
				(paced) -> {
					List<TriggerResult> answer = this.novu.triggerBulk(chunk, paced);
					if (answer.size() != chunk.size()) {
						throw new NovuException("events.triggerBulk", "events.triggerBulk answered " + answer.size()
								+ " results for " + chunk.size() + " events", null);
					}
					return answer;
				});
	}

	@Override
	public String toString() {
		return "BulkTrigger{concurrency=" + this.concurrency + ", maxEventsPerRequest=" + this.maxEventsPerRequest
				+ ", maxBodyBytes=" + this.maxBodyBytes + "}";
	}

	/** Counts the bytes written to it, and keeps none. */
	private static final class CountingSink extends OutputStream {

		private long count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.count += len;
		}

	}

}
