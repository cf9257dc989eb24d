package io.github.novu4j.client.events;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A local {@code POST /v1/events/trigger/bulk} and {@code POST /v1/subscribers/bulk} that behave as
 * Novu's do where bulk sends meet limits (WIRE-FORMAT §5-7): at most 100 events per request, each with a
 * payload (500 subscribers per bulk create); a token bucket (a request
 * costs 100 tokens) answering 429 with {@code Retry-After} when dry and {@code RateLimit-*} headers on
 * every answer; and idempotency keys (a key seen before gets the stored answer with
 * {@code Idempotency-Replay: true}, and its events are not processed again).
 *
 * <p>It counts how often each event was processed: every event carries {@code "n": <number>} in its
 * payload; a subscriber's number is its {@code subscriberId} ({@code "s-<number>"}). One bucket serves
 * both routes.
 */
public final class TokenBucketNovu implements AutoCloseable {

	static final int COST = 100;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final HttpServer server;

	private final ExecutorService executor;

	private final long capacity;

	private final double refillPerNano;

	private double tokens;

	private long updatedNanos = System.nanoTime();

	private final Map<Integer, AtomicInteger> processed = new ConcurrentHashMap<>();

	private final Map<String, String> answers = new ConcurrentHashMap<>();

	private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong rejected = new AtomicLong();

	private final AtomicLong replays = new AtomicLong();

	private final AtomicLong largestBody = new AtomicLong();

	private final AtomicInteger largestBatch = new AtomicInteger();

	private volatile IntPredicate failAfterProcessing = (request) -> false;

	private volatile IntPredicate rejectEvent = (n) -> false;

	/**
	 * @param capacity tokens the bucket holds
	 * @param refillPerSecond tokens added per second
	 */
	public TokenBucketNovu(long capacity, long refillPerSecond) {
		this.capacity = capacity;
		this.tokens = capacity;
		this.refillPerNano = refillPerSecond / 1e9;
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.executor = Executors.newFixedThreadPool(8);
		this.server.setExecutor(this.executor);
		this.server.createContext("/v1/events/trigger/bulk", (exchange) -> handle(exchange, EVENTS));
		this.server.createContext("/v1/subscribers/bulk", (exchange) -> handle(exchange, SUBSCRIBERS));
		this.server.start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** @param requestNumbers requests (counted from 1) processed, then answered 503 as if Novu failed before answering */
	public void failAfterProcessing(IntPredicate requestNumbers) {
		this.failAfterProcessing = requestNumbers;
	}

	/** @param eventNumbers events whose request is refused with 422 (not processed) */
	void rejectEvents(IntPredicate eventNumbers) {
		this.rejectEvent = eventNumbers;
	}

	/** @return how many times each event number was processed */
	public Map<Integer, AtomicInteger> processed() {
		return this.processed;
	}

	/**
	 * Asserts that events (or subscribers) 0 to {@code count - 1} were each processed exactly once, and no other.
	 * @param count how many were sent
	 */
	public void assertEachProcessedOnce(int count) {
		assertThat(this.processed).hasSize(count);
		for (int n = 0; n < count; n++) {
			assertThat(this.processed.get(n)).as("item %d", n).isNotNull();
			assertThat(this.processed.get(n).get()).as("times item %d was processed", n).isEqualTo(1);
		}
	}

	public long requests() {
		return this.requests.get();
	}

	public long rejected() {
		return this.rejected.get();
	}

	public long replays() {
		return this.replays.get();
	}

	long largestBody() {
		return this.largestBody.get();
	}

	int largestBatch() {
		return this.largestBatch.get();
	}

	/** @return the bucket's ceiling in events per second, with full requests */
	double ceilingEventsPerSecond() {
		return this.refillPerNano * 1e9 / COST * 100;
	}

	/** What a bulk route takes and answers. */
	private record Route(String items, int maxItems, boolean payloadRequired,
			ToIntFunction<JsonNode> number, String answerHead, String answerTail,
			IntFunction<String> answerItem) {
	}

	private static final Route EVENTS = new Route("events", 100, true,
			(event) -> event.path("payload").path("n").asInt(), "{\"data\":[", "]}",
			(n) -> "{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"tx-" + n + "\"}");

	private static final Route SUBSCRIBERS = new Route("subscribers", 500, false,
			(subscriber) -> Integer.parseInt(subscriber.path("subscriberId").asString().substring(2)),
			"{\"data\":{\"created\":[", "],\"updated\":[],\"failed\":[]}}",
			(n) -> "{\"subscriberId\":\"s-" + n + "\"}");

	private void handle(HttpExchange exchange, Route route) throws IOException {
		try (exchange) {
			byte[] body = exchange.getRequestBody().readAllBytes();
			int number = (int) this.requests.incrementAndGet();
			this.largestBody.accumulateAndGet(body.length, Math::max);
			String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
			long remaining;
			synchronized (this) {
				refill();
				if (this.tokens < COST) {
					this.rejected.incrementAndGet();
					long retryAfter = (long) Math.ceil((COST - this.tokens) / this.refillPerNano / 1e9);
					exchange.getResponseHeaders().set("Retry-After", Long.toString(retryAfter));
					rateLimitHeaders(exchange, (long) this.tokens);
					answer(exchange, 429, "{\"statusCode\":429,\"message\":\"API rate limit exceeded\"}");
					return;
				}
				this.tokens -= COST;
				remaining = (long) this.tokens;
			}
			rateLimitHeaders(exchange, remaining);
			String stored = (key != null) ? this.answers.get(key) : null;
			if (stored != null) {
				this.replays.incrementAndGet();
				exchange.getResponseHeaders().set("Idempotency-Replay", "true");
				answer(exchange, 201, stored);
				return;
			}
			JsonNode events = MAPPER.readTree(body).path(route.items());
			this.largestBatch.accumulateAndGet(events.size(), Math::max);
			if (events.size() < 1 || events.size() > route.maxItems()) {
				answer(exchange, 422, "{\"statusCode\":422,\"message\":\"" + route.items() + " must contain 1 to "
						+ route.maxItems() + " elements\"}");
				return;
			}
			for (JsonNode event : events) {
				if ((route.payloadRequired() && !event.has("payload")) || this.rejectEvent.test(route.number().applyAsInt(event))) {
					answer(exchange, 422, "{\"statusCode\":422,\"message\":\"Validation Error\"}");
					return;
				}
			}
			StringBuilder answer = new StringBuilder(route.answerHead());
			for (JsonNode event : events) {
				int n = route.number().applyAsInt(event);
				this.processed.computeIfAbsent(n, (k) -> new AtomicInteger()).incrementAndGet();
				answer.append((answer.length() > route.answerHead().length()) ? "," : "").append(route.answerItem().apply(n));
			}
			String json = answer.append(route.answerTail()).toString();
			if (key != null) {
				this.answers.put(key, json);
			}
			if (key != null && this.failAfterProcessing.test(number) && this.failedOnce.add(key)) {
				answer(exchange, 503, "{\"statusCode\":503,\"message\":\"Service Unavailable\"}");
				return;
			}
			answer(exchange, 201, json);
		}
	}

	private void refill() {
		long now = System.nanoTime();
		this.tokens = Math.min(this.capacity, this.tokens + (now - this.updatedNanos) * this.refillPerNano);
		this.updatedNanos = now;
	}

	private void rateLimitHeaders(HttpExchange exchange, long remaining) {
		long reset = (long) Math.ceil((this.capacity - remaining) / this.refillPerNano / 1e9);
		exchange.getResponseHeaders().set("RateLimit-Limit", Long.toString(this.capacity));
		exchange.getResponseHeaders().set("RateLimit-Remaining", Long.toString(remaining));
		exchange.getResponseHeaders().set("RateLimit-Reset", Long.toString(reset));
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
