package io.github.novu4j.client.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.AbstractBufferingClientHttpRequest;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * The client's JDK HTTP transport (the builder's default without Apache HttpClient 5): the JDK
 * {@code HttpClient}, driven from the calling thread.
 *
 * <p>Spring's {@code JdkClientHttpRequestFactory} streams every request body through a pipe that a
 * second thread (its executor) writes, and hands the response body back through a queue: two more thread
 * hand-offs per call than the JDK client needs, which cost milliseconds on a busy machine
 * (docs/benchmarks.md). Novu's bodies are small JSON documents the client has already serialized, so
 * this factory buffers the request body, sends it with {@code BodyPublishers.ofByteArray}, receives the
 * answer with {@code BodyHandlers.ofByteArray} with {@code HttpClient.send} on the caller's thread.
 *
 * <p>Timeouts: an attempt waits at most the read timeout, cut to what is left of its call's time budget
 * ({@link AttemptDeadline}), for the whole answer. The JDK client's request timeout covers the wait for
 * the headers only, so a body that stalls after its headers is cut by a deadline of this factory: at the
 * same instant, the body's subscription is cancelled and the attempt fails with an
 * {@link HttpTimeoutException}. Interrupting the waiting thread cancels the exchange and keeps the
 * thread's interrupt flag.
 *
 * <p>The JDK client (and its selector thread) is built on the first request, not before, so creating a
 * Novu client costs nothing until it is used.
 */
public final class JdkHttpRequestFactory implements ClientHttpRequestFactory {

	/** Headers the JDK client sets itself and refuses from callers. */
	private static final String[] DISALLOWED_HEADERS = { "Connection", "Content-Length", "Expect", "Host", "Upgrade" };

	/** The JDK client, made on the first request. */
	private final OnFirstUse<HttpClient> httpClient;

	private final Duration readTimeout;

	/**
	 * @param httpClientFactory makes the JDK client, called once, on the first request
	 * @param readTimeout the longest wait for the whole answer of one attempt
	 */
	public JdkHttpRequestFactory(Supplier<HttpClient> httpClientFactory, Duration readTimeout) {
		this.httpClient = new OnFirstUse<>(Objects.requireNonNull(httpClientFactory, "httpClientFactory"));
		this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) {
		// Recorded so a timeout names the limit that ran out (the read timeout of N ms, or the budget).
		Duration timeout = AttemptDeadline.startTimeout(this.readTimeout);
		return new Request(httpClient(), uri, httpMethod, timeout);
	}

	private HttpClient httpClient() {
		return this.httpClient.get();
	}

	/**
	 * Compared without changing the name's case: a lower-cased copy of every header name was a new string per
	 * header and call.
	 * @param name a header name
	 * @return whether the JDK client sets this header itself and refuses it from callers
	 */
	static boolean isDisallowed(String name) {
		for (String disallowed : DISALLOWED_HEADERS) {
			if (disallowed.equalsIgnoreCase(name)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String toString() {
		return "JdkHttpRequestFactory{readTimeout=" + this.readTimeout + "}";
	}

	private static final class Request extends AbstractBufferingClientHttpRequest {

		private final HttpClient httpClient;

		private final URI uri;

		private final HttpMethod method;

		private final Duration timeout;

		Request(HttpClient httpClient, URI uri, HttpMethod method, Duration timeout) {
			this.httpClient = httpClient;
			this.uri = uri;
			this.method = method;
			this.timeout = timeout;
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		protected ClientHttpResponse executeInternal(HttpHeaders headers, byte[] body) throws IOException {
			HttpRequest.Builder builder = HttpRequest.newBuilder(this.uri).timeout(this.timeout);
			headers.forEach((name, values) -> {
				if (!isDisallowed(name)) {
					for (String value : values) {
						builder.header(name, value);
					}
				}
			});
			builder.method(this.method.name(), (body.length > 0) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody());
			return new Response(send(this.httpClient, builder.build(), this.timeout));
		}

	}

	/**
	 * Sends one request of the transport without RestClient (no interceptor, initializer or HTTP
	 * observation needs to see it): the same request, timeout and deadline as through
	 * {@link #createRequest}, without Spring's header maps, body buffer and response wrapper.
	 * @param uri the absolute URI
	 * @param method the method
	 * @param headers writes the request headers, each name once ({@code setHeader}: a later value of a name
	 * replaces an earlier one, as {@code HttpHeaders.set} did)
	 * @param body the body, or {@code null} for none
	 * @return the answer, its headers in the order and case the JDK client gives them
	 * @throws IOException if the exchange failed, timed out ({@link HttpTimeoutException}) or was interrupted
	 */
	RawResponse exchange(URI uri, HttpMethod method, Consumer<BiConsumer<String, String>> headers, byte @Nullable [] body)
			throws IOException {
		Duration timeout = AttemptDeadline.startTimeout(this.readTimeout);
		HttpClient client = httpClient();
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout);
		headers.accept((name, value) -> {
			if (!isDisallowed(name)) {
				builder.setHeader(name, value);
			}
		});
		builder.method(method.name(), (body != null && body.length > 0) ? HttpRequest.BodyPublishers.ofByteArray(body)
				: HttpRequest.BodyPublishers.noBody());
		HttpResponse<byte[]> response = send(client, builder.build(), timeout);
		byte[] bytes = response.body();
		// What RestClient's path made of the same answer: the JDK's (immutable) header lists, in its order.
		return new RawResponse(response.statusCode(), new LinkedHashMap<>(response.headers().map()),
				(bytes != null) ? bytes : new byte[0]);
	}

	private static HttpResponse<byte[]> send(HttpClient client, HttpRequest request, Duration timeout)
			throws IOException {
		DeadlineBody answer = new DeadlineBody(timeout);
		BodyDeadlines.Entry deadline = BodyDeadlines.register(System.nanoTime() + CallState.saturatedNanos(timeout),
				answer);
		try {
			// send(), not sendAsync(): the public sendAsync() completes through the common pool, one
			// more thread hand-off per call.
			return client.send(request, (info) -> answer);
		}
		catch (InterruptedException ex) {
			// send() has cancelled the exchange; keep the flag so the caller sees the interrupt.
			Thread.currentThread().interrupt();
			throw new IOException("Request was interrupted", ex);
		}
		finally {
			deadline.cancel();
		}
	}

	/**
	 * Collects the answer's bytes like {@code BodySubscribers.ofByteArray()}, and can be ended at the
	 * attempt's deadline: its result then fails with an {@link HttpTimeoutException} and the subscription is
	 * cancelled, which ends the waiting {@code send()}.
	 */
	private static final class DeadlineBody implements HttpResponse.BodySubscriber<byte[]>, Runnable {

		private final Duration timeout;

		private final HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();

		private final CompletableFuture<byte[]> result = new CompletableFuture<>();

		private volatile Flow.@Nullable Subscription subscription;

		DeadlineBody(Duration timeout) {
			this.timeout = timeout;
			this.bytes.getBody().whenComplete((body, failure) -> {
				if (failure != null) {
					this.result.completeExceptionally(failure);
				}
				else {
					this.result.complete(body);
				}
			});
		}

		/** At the deadline: fails the result and cancels the subscription, unless the answer is complete. */
		@Override
		public void run() {
			if (this.result.completeExceptionally(
					new HttpTimeoutException("No complete answer within " + this.timeout.toMillis() + " ms"))) {
				Flow.Subscription current = this.subscription;
				if (current != null) {
					current.cancel();
				}
			}
		}

		@Override
		public CompletionStage<byte[]> getBody() {
			return this.result;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			this.bytes.onSubscribe(subscription);
			if (this.result.isCompletedExceptionally()) {
				subscription.cancel();
			}
		}

		@Override
		public void onNext(List<ByteBuffer> item) {
			this.bytes.onNext(item);
		}

		@Override
		public void onError(Throwable throwable) {
			this.bytes.onError(throwable);
		}

		@Override
		public void onComplete() {
			this.bytes.onComplete();
		}

	}

	/** The answer's bytes; read whole, they are handed over as they are, not copied (a 60 kB page less). */
	private static final class BodyStream extends ByteArrayInputStream {

		BodyStream(byte[] body) {
			super(body);
		}

		@Override
		public synchronized byte[] readAllBytes() {
			if (this.pos == 0 && this.count == this.buf.length) {
				this.pos = this.count;
				return this.buf;
			}
			return super.readAllBytes();
		}

	}

	private static final class Response implements ClientHttpResponse {

		private final HttpResponse<byte[]> response;

		private @Nullable HttpHeaders headers;

		Response(HttpResponse<byte[]> response) {
			this.response = response;
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatusCode.valueOf(this.response.statusCode());
		}

		@Override
		public String getStatusText() {
			return "";
		}

		@Override
		public HttpHeaders getHeaders() {
			HttpHeaders result = this.headers;
			if (result == null) {
				result = new HttpHeaders();
				for (Map.Entry<String, List<String>> header : this.response.headers().map().entrySet()) {
					result.addAll(header.getKey(), header.getValue());
				}
				this.headers = result;
			}
			return result;
		}

		@Override
		public InputStream getBody() {
			byte[] body = this.response.body();
			return new BodyStream((body != null) ? body : new byte[0]);
		}

		@Override
		public void close() {
			// The body is in memory and the connection back in the JDK client's pool.
		}

	}

}
