package io.github.novu4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The smallest stand-in for Novu a benchmark needs: {@code POST /v1/events/trigger} on a loopback port
 * the OS assigns, answered as Novu answers it (201,
 * {@code {"data":{"acknowledged":true,"status":"processed","transactionId":"..."}}}), or 422
 * {@code workflow_not_found} when the workflow is {@value #UNKNOWN_WORKFLOW}; and {@code GET /v1/subscribers}
 * with a fixed bare page of 100 subscribers. Anything else
 * answers 404, and a request without {@code Authorization: ApiKey ...} 401, in Novu's error shape.
 * The body is read to its end and counted, never parsed: the server's cost must stay small and constant
 * so that the numbers measure the client.
 *
 * <p>Like Novu's Node.js servers (whose sockets have {@code noDelay} on), the server answers with
 * TCP_NODELAY on, so any Nagle stall measured is the client's. The JDK server only reads that setting
 * from a system property when its first instance is made, so the property is set here unless the JVM
 * was started with one.
 */
public final class LoopbackNovu implements AutoCloseable {

	/** JDK HTTP server setting: TCP_NODELAY on accepted connections. */
	static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

	private static final String TRIGGER_PATH = "/v1/events/trigger";

	private static final String SUBSCRIBERS_PATH = "/v1/subscribers";

	/** A trigger of this workflow is answered 422, as Novu answers a trigger of a workflow it does not know. */
	static final String UNKNOWN_WORKFLOW = "unknown-workflow";

	private static final byte[] UNKNOWN_WORKFLOW_BYTES = ("\"" + UNKNOWN_WORKFLOW + "\"").getBytes(StandardCharsets.UTF_8);

	/** Novu's 422 for a trigger of an unknown workflow (WIRE-FORMAT §2). */
	public static final String WORKFLOW_NOT_FOUND = "{\"statusCode\":422,\"message\":\"workflow_not_found\","
			+ "\"error\":\"Unprocessable Entity\",\"timestamp\":\"2026-12-01T10:00:00.000Z\","
			+ "\"path\":\"/v1/events/trigger\"}";

	/** One subscriber as {@code GET /v1/subscribers} lists it (WIRE-FORMAT §3), about 600 bytes. */
	private static final String SUBSCRIBER = "{\"_id\":\"6581c0ffee%06d\",\"subscriberId\":\"user-%d\","
			+ "\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"email\":\"ada%d@example.com\","
			+ "\"phone\":\"+441234567890\",\"avatar\":\"https://cdn.example/ada.png\",\"locale\":\"en-GB\","
			+ "\"data\":{\"plan\":\"pro\",\"seats\":%d,\"beta\":true,\"tags\":[\"a\",\"b\"]},"
			+ "\"channels\":[{\"providerId\":\"slack\",\"integrationIdentifier\":\"slack-main\","
			+ "\"_integrationId\":\"int-1\",\"credentials\":{\"webhookUrl\":\"https://hooks.slack.com/services/T0/B0/X\"}}],"
			+ "\"isOnline\":true,\"lastOnlineAt\":\"2024-12-13T10:00:00.000Z\",\"_organizationId\":\"org-1\","
			+ "\"_environmentId\":\"env-1\",\"deleted\":false,\"createdAt\":\"2024-01-01T00:00:00.000Z\","
			+ "\"updatedAt\":\"2024-12-13T10:00:00.000Z\",\"__v\":3}";

	/** Page size of the subscribers page answered. */
	public static final int PAGE_SIZE = 100;

	/** The bare page (WIRE-FORMAT §3) answered to {@code GET /v1/subscribers}, whatever the query. */
	public static final String SUBSCRIBERS_PAGE = subscribersPage(PAGE_SIZE);

	private static final byte[] SUBSCRIBERS_PAGE_BYTES = SUBSCRIBERS_PAGE.getBytes(StandardCharsets.UTF_8);

	static {
		if (System.getProperty(NO_DELAY_PROPERTY) == null) {
			System.setProperty(NO_DELAY_PROPERTY, "true");
		}
	}

	private final HttpServer server;

	private final ExecutorService executor;

	private final AtomicLong triggers = new AtomicLong();

	private final AtomicLong lastBodyBytes = new AtomicLong();

	private final Set<InetSocketAddress> clientSockets = ConcurrentHashMap.newKeySet();

	private LoopbackNovu(HttpServer server, ExecutorService executor) {
		this.server = server;
		this.executor = executor;
	}

	/**
	 * @param threads how many threads answer requests
	 * @return a started server; close it when done
	 */
	public static LoopbackNovu start(int threads) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
			ExecutorService executor = Executors.newFixedThreadPool(threads, (task) -> {
				Thread thread = new Thread(task, "loopback-novu");
				thread.setDaemon(true);
				return thread;
			});
			LoopbackNovu novu = new LoopbackNovu(server, executor);
			server.createContext("/", novu::handle);
			server.setExecutor(executor);
			server.start();
			return novu;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the loopback Novu server", ex);
		}
	}

	/** @return the base URL to give the client, {@code http://127.0.0.1:<port>} */
	public String baseUrl() {
		InetSocketAddress address = this.server.getAddress();
		return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
	}

	/** @return how many triggers were answered with 201 */
	public long triggers() {
		return this.triggers.get();
	}

	/** @return the size of the last trigger body received, in bytes */
	public long lastBodyBytes() {
		return this.lastBodyBytes.get();
	}

	/** @return how many distinct client sockets (connections) have sent a request */
	public int connections() {
		return this.clientSockets.size();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			long bodyBytes = drain(exchange.getRequestBody());
			this.clientSockets.add(exchange.getRemoteAddress());
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			if (authorization == null || !authorization.startsWith("ApiKey ")) {
				answer(exchange, 401, error(401, "Unauthorized", "API Key not found"));
			}
			else if ("GET".equals(exchange.getRequestMethod())
					&& SUBSCRIBERS_PATH.equals(exchange.getRequestURI().getPath())) {
				answer(exchange, 200, SUBSCRIBERS_PAGE_BYTES);
			}
			else if (!"POST".equals(exchange.getRequestMethod()) || !TRIGGER_PATH.equals(exchange.getRequestURI().getPath())) {
				answer(exchange, 404, error(404, "Not Found", "Cannot " + exchange.getRequestMethod() + " "
						+ exchange.getRequestURI().getPath()));
			}
			else if (bodyBytes < 0) {
				answer(exchange, 422, WORKFLOW_NOT_FOUND);
			}
			else {
				this.lastBodyBytes.set(bodyBytes);
				long n = this.triggers.incrementAndGet();
				answer(exchange, 201, "{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"txn-"
						+ n + "\"}}");
			}
		}
	}

	/**
	 * Reads a body to its end.
	 * @return its size, negated when it names the {@link #UNKNOWN_WORKFLOW} (looked for in its first bytes)
	 */
	private static long drain(InputStream body) throws IOException {
		byte[] buffer = new byte[16 * 1024];
		long total = 0;
		boolean unknownWorkflow = false;
		for (int n; (n = body.read(buffer)) != -1;) {
			if (total == 0) {
				unknownWorkflow = contains(buffer, Math.min(n, 64), UNKNOWN_WORKFLOW_BYTES);
			}
			total += n;
		}
		return unknownWorkflow ? -total : total;
	}

	private static boolean contains(byte[] haystack, int length, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static String subscribersPage(int size) {
		StringBuilder json = new StringBuilder("{\"page\":0,\"hasMore\":true,\"pageSize\":").append(size)
			.append(",\"data\":[");
		for (int i = 0; i < size; i++) {
			json.append((i > 0) ? "," : "").append(SUBSCRIBER.formatted(i, i, i, i));
		}
		return json.append("]}").toString();
	}

	private static String error(int status, String error, String message) {
		return "{\"statusCode\":" + status + ",\"error\":\"" + error + "\",\"message\":\"" + message + "\"}";
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		answer(exchange, status, json.getBytes(StandardCharsets.UTF_8));
	}

	private static void answer(HttpExchange exchange, int status, byte[] bytes) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
