package io.github.novu4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import co.novu.api.common.SubscriberRequest;
import co.novu.api.events.requests.TriggerEventRequest;
import co.novu.common.base.Novu;
import co.novu.common.base.NovuConfig;
import co.novu.common.rest.NovuNetworkException;
import io.github.novu4j.client.HttpTransport;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuClientBuilder;
import io.github.novu4j.client.NovuValidationException;
import io.github.novu4j.client.events.Recipient;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.internal.NovuJson;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who makes the calls compared: this client on each transport, a raw floor per transport (the same
 * HTTP library, JSON built by hand, the answer's bytes read and not parsed), raw + Jackson (the request
 * record written, the answer read into a {@code Map}), the community SDK {@code co.novu:novu-java} as a
 * peer, and a socket-level floor that sends precomputed bytes and reads the answer into a reused buffer
 * (what is left is the in-process server's share, subtracted from allocation figures).
 *
 * <p>Every contender sends what the client sends on the wire: {@code Authorization}, JSON content type,
 * and a new {@code Idempotency-Key} per POST (the community SDK sends none: it has no such feature).
 */
public enum Contender {

	/**
	 * This client on its own JDK {@code HttpClient}, asked for explicitly (with httpclient5 on the class path,
	 * as here, the builder would pick Apache by itself).
	 */
	NOVU_JDK {
		@Override
		Caller open(String baseUrl) {
			return new NovuCaller(NovuClient.builder()
				.apiKey(Transport.API_KEY)
				.baseUrl(baseUrl)
				.httpTransport(HttpTransport.JDK)
				.build(), () -> {
				});
		}
	},

	/**
	 * This client as a plain-Java user builds it, {@code NovuClient.builder().apiKey(..).baseUrl(..).build()}:
	 * with httpclient5 on the class path the builder picks Apache HttpClient 5 and builds it itself (fails
	 * if it did not).
	 */
	NOVU_DEFAULT {
		@Override
		Caller open(String baseUrl) {
			NovuClientBuilder builder = NovuClient.builder().apiKey(Transport.API_KEY).baseUrl(baseUrl);
			if (builder.resolveHttpTransport() != HttpTransport.APACHE_HTTP_CLIENT_5) {
				throw new IllegalStateException("The builder did not pick Apache HttpClient 5: "
						+ builder.resolveHttpTransport());
			}
			return new NovuCaller(builder.build(), () -> {
			});
		}
	},

	/** This client on Apache HttpClient 5, its own retries off (the client's retry policy is the only one). */
	NOVU_APACHE {
		@Override
		Caller open(String baseUrl) {
			CloseableHttpClient apache = apache();
			HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(apache);
			return new NovuCaller(NovuClient.builder().apiKey(Transport.API_KEY).baseUrl(baseUrl).requestFactory(factory)
				.build(), apache::close);
		}
	},

	/**
	 * The JDK {@code HttpClient} alone: {@code send()} of hand-built JSON, answer bytes not parsed. A call that
	 * fails with an {@code IOException} other than a timeout is sent once more (the JDK 17 client's pool race;
	 * the client does the same by its retry policy), and the count is printed when the caller closes.
	 */
	RAW_JDK {
		@Override
		Caller open(String baseUrl) {
			return new JdkCaller(baseUrl, false);
		}
	},

	/** Apache HttpClient 5 alone, classic API, hand-built JSON, answer bytes not parsed. */
	RAW_APACHE {
		@Override
		Caller open(String baseUrl) {
			return new ApacheCaller(baseUrl, false);
		}
	},

	/** {@link #RAW_JDK} plus Jackson: the request record written, the answer read into a {@code Map}. */
	RAW_JACKSON_JDK {
		@Override
		Caller open(String baseUrl) {
			return new JdkCaller(baseUrl, true);
		}
	},

	/** {@link #RAW_APACHE} plus Jackson, as {@link #RAW_JACKSON_JDK}. */
	RAW_JACKSON_APACHE {
		@Override
		Caller open(String baseUrl) {
			return new ApacheCaller(baseUrl, true);
		}
	},

	/** The community SDK {@code co.novu:novu-java} 1.6.0 (Retrofit, OkHttp, Gson). */
	COMMUNITY_SDK {
		@Override
		Caller open(String baseUrl) {
			return new CommunityCaller(baseUrl);
		}
	},

	/**
	 * A socket, precomputed request bytes, the answer read into a reused buffer: nearly nothing on the
	 * client side, so its allocation per call is the in-process server's.
	 */
	SOCKET_FLOOR {
		@Override
		Caller open(String baseUrl) {
			return new SocketCaller(baseUrl);
		}
	};

	/**
	 * @param baseUrl the loopback server
	 * @return a caller on this contender; close it after the trial
	 */
	abstract Caller open(String baseUrl);

	/** Path of a trigger. */
	static final String TRIGGER = "/v1/events/trigger";

	/** Path and query of the page of 100 subscribers. */
	static final String PAGE = "/v1/subscribers?page=0&limit=" + LoopbackNovu.PAGE_SIZE;

	/** The small request to an unknown workflow, answered 422. */
	static final TriggerRequest UNKNOWN = TriggerRequest.builder(LoopbackNovu.UNKNOWN_WORKFLOW)
		.to(Recipient.subscriber("user-42"))
		.payload(Payload.SMALL.payload())
		.build();

	static CloseableHttpClient apache() {
		return HttpClientBuilder.create()
			.disableRedirectHandling()
			// The client retries by its own policy: Apache's would resend some requests a second time.
			.disableAutomaticRetries()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(5, TimeUnit.SECONDS)
					.setSocketTimeout(30, TimeUnit.SECONDS)
					.build())
				// One connection per benchmark thread at most (8), so the pool does not queue them.
				.setMaxConnPerRoute(16)
				.setMaxConnTotal(16)
				.build())
			.build();
	}

	/** One kind of call. */
	public enum Call {

		/** A trigger with a payload of under 200 bytes of JSON. */
		TRIGGER_SMALL,

		/** A trigger with a payload of about 10 kB of JSON. */
		TRIGGER_10KB,

		/** {@code GET /v1/subscribers?page=0&limit=100}: a bare page of 100 subscribers, about 60 kB. */
		SUBSCRIBERS_PAGE,

		/** A trigger of an unknown workflow: 422 {@code workflow_not_found}, an exception for SDKs. */
		ERROR_422

	}

	/** Makes calls; thread-safe unless said otherwise. */
	interface Caller extends AutoCloseable {

		/**
		 * @param call what to call
		 * @return something from the answer, so the JIT cannot drop the call
		 * @throws Exception if the call failed unexpectedly
		 */
		Object call(Call call) throws Exception;

		@Override
		void close();

	}

	/** Closes a resource, unchecked. */
	@FunctionalInterface
	interface Resource {

		void close() throws IOException;

	}

	private static void closeQuietly(Resource resource) {
		try {
			resource.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class NovuCaller implements Caller {

		private final NovuClient novu;

		private final Resource resource;

		NovuCaller(NovuClient novu, Resource resource) {
			this.novu = novu;
			this.resource = resource;
		}

		@Override
		public Object call(Call call) {
			return switch (call) {
				case TRIGGER_SMALL -> this.novu.trigger(Payload.SMALL.request());
				case TRIGGER_10KB -> this.novu.trigger(Payload.LARGE_10KB.request());
				case SUBSCRIBERS_PAGE -> this.novu.subscribers().list(0, LoopbackNovu.PAGE_SIZE).firstPage();
				case ERROR_422 -> {
					try {
						yield this.novu.trigger(UNKNOWN);
					}
					catch (NovuValidationException expected) {
						yield expected;
					}
				}
			};
		}

		@Override
		public void close() {
			closeQuietly(this.resource);
		}

	}

	/** Hand-built JSON of a trigger, as a raw caller writes it. */
	static byte[] handBuiltTrigger(String workflow, Map<String, Object> payload) {
		StringBuilder json = new StringBuilder(256).append("{\"name\":\"").append(workflow)
			.append("\",\"to\":[{\"subscriberId\":\"user-42\"}],\"payload\":");
		writeJson(json, payload);
		return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void writeJson(StringBuilder json, Object value) {
		if (value instanceof Map<?, ?> map) {
			json.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				json.append(first ? "\"" : ",\"").append(entry.getKey()).append("\":");
				writeJson(json, entry.getValue());
				first = false;
			}
			json.append('}');
		}
		else if (value instanceof List<?> list) {
			json.append('[');
			for (int i = 0; i < list.size(); i++) {
				json.append((i > 0) ? "," : "");
				writeJson(json, list.get(i));
			}
			json.append(']');
		}
		else if (value instanceof Number || value instanceof Boolean) {
			json.append(value);
		}
		else {
			// The payloads hold no character that needs escaping.
			json.append('"').append(value).append('"');
		}
	}

	private abstract static class RawCaller implements Caller {

		private static final JsonMapper MAPPER = NovuJson.mapper();

		private final boolean jackson;

		RawCaller(boolean jackson) {
			this.jackson = jackson;
		}

		@Override
		public Object call(Call call) throws IOException, InterruptedException {
			byte[] answer = switch (call) {
				case TRIGGER_SMALL -> post(TRIGGER, body(Payload.SMALL.request(), Payload.SMALL.payload()));
				case TRIGGER_10KB -> post(TRIGGER, body(Payload.LARGE_10KB.request(), Payload.LARGE_10KB.payload()));
				case SUBSCRIBERS_PAGE -> get(PAGE);
				case ERROR_422 -> post(TRIGGER, body(UNKNOWN, Payload.SMALL.payload()));
			};
			return this.jackson ? MAPPER.readValue(answer, Map.class) : answer;
		}

		private byte[] body(TriggerRequest request, Map<String, Object> payload) {
			return this.jackson ? MAPPER.writeValueAsBytes(request) : handBuiltTrigger(request.name(), payload);
		}

		abstract byte[] post(String path, byte[] body) throws IOException, InterruptedException;

		abstract byte[] get(String path) throws IOException, InterruptedException;

	}

	private static final class JdkCaller extends RawCaller {

		private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		private final AtomicLong resent = new AtomicLong();

		private final String baseUrl;

		JdkCaller(String baseUrl, boolean jackson) {
			super(jackson);
			this.baseUrl = baseUrl;
		}

		@Override
		byte[] post(String path, byte[] body) throws IOException, InterruptedException {
			return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
				.header("Content-Type", "application/json")
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
		}

		@Override
		byte[] get(String path) throws IOException, InterruptedException {
			return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET());
		}

		private byte[] send(HttpRequest.Builder request) throws IOException, InterruptedException {
			HttpRequest built = request.header("Authorization", "ApiKey " + Transport.API_KEY)
				.header("Accept", "application/json")
				.build();
			try {
				return this.http.send(built, HttpResponse.BodyHandlers.ofByteArray()).body();
			}
			catch (HttpTimeoutException ex) {
				throw ex;
			}
			catch (IOException ex) {
				// JDK 17's connection pool can close a connection it has just handed out ("HTTP/1.1 header
				// parser received no bytes", cause "connection closed locally"), and the JDK client resends
				// no POST itself: a caller has to, once, as the client does (docs/benchmarks.md, session 4).
				this.resent.incrementAndGet();
				return this.http.send(built, HttpResponse.BodyHandlers.ofByteArray()).body();
			}
		}

		@Override
		public void close() {
			// The JDK client ends with its last reference (close() is JDK 21+).
			long resent = this.resent.get();
			if (resent > 0) {
				System.out.println("RAW_JDK: " + resent + " call(s) sent again after a closed connection");
			}
		}

	}

	private static final class ApacheCaller extends RawCaller {

		private final CloseableHttpClient http = apache();

		private final String baseUrl;

		ApacheCaller(String baseUrl, boolean jackson) {
			super(jackson);
			this.baseUrl = baseUrl;
		}

		@Override
		byte[] post(String path, byte[] body) throws IOException {
			HttpPost post = new HttpPost(this.baseUrl + path);
			post.setHeader("Idempotency-Key", UUID.randomUUID().toString());
			post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
			return send(post);
		}

		@Override
		byte[] get(String path) throws IOException {
			return send(new HttpGet(this.baseUrl + path));
		}

		private byte[] send(HttpUriRequestBase request) throws IOException {
			request.setHeader("Authorization", "ApiKey " + Transport.API_KEY);
			request.setHeader("Accept", "application/json");
			return this.http.execute(request, (response) -> EntityUtils.toByteArray(response.getEntity()));
		}

		@Override
		public void close() {
			closeQuietly(this.http::close);
		}

	}

	private static final class CommunityCaller implements Caller {

		private final Novu novu;

		CommunityCaller(String baseUrl) {
			NovuConfig config = new NovuConfig(Transport.API_KEY);
			config.setBaseUrl(baseUrl + "/v1/");
			this.novu = new Novu(config);
		}

		@Override
		public Object call(Call call) throws IOException, NovuNetworkException {
			return switch (call) {
				case TRIGGER_SMALL -> this.novu.triggerEvent(request("order-shipped", Payload.SMALL.payload()));
				case TRIGGER_10KB -> this.novu.triggerEvent(request("order-shipped", Payload.LARGE_10KB.payload()));
				case SUBSCRIBERS_PAGE -> this.novu.getSubscribers(0, LoopbackNovu.PAGE_SIZE);
				case ERROR_422 -> {
					try {
						yield this.novu.triggerEvent(request(LoopbackNovu.UNKNOWN_WORKFLOW, Payload.SMALL.payload()));
					}
					catch (NovuNetworkException expected) {
						yield expected;
					}
				}
			};
		}

		private static TriggerEventRequest request(String workflow, Map<String, Object> payload) {
			SubscriberRequest subscriber = new SubscriberRequest();
			subscriber.setSubscriberId("user-42");
			TriggerEventRequest request = new TriggerEventRequest();
			request.setName(workflow);
			request.setTo(subscriber);
			request.setPayload(payload);
			return request;
		}

		@Override
		public void close() {
			// OkHttp's pool and dispatcher threads are daemons that end when idle.
		}

	}

	/** Not thread-safe: one socket, one call at a time. */
	private static final class SocketCaller implements Caller {

		private final Socket socket;

		private final InputStream in;

		private final OutputStream out;

		private final Map<Call, byte[]> requests;

		private final byte[] buffer = new byte[256 * 1024];

		SocketCaller(String baseUrl) {
			URI uri = URI.create(baseUrl);
			try {
				this.socket = new Socket();
				this.socket.setTcpNoDelay(true);
				this.socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
				this.in = this.socket.getInputStream();
				this.out = this.socket.getOutputStream();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			String host = uri.getHost() + ":" + uri.getPort();
			this.requests = Map.of(Call.TRIGGER_SMALL, post(host, handBuiltTrigger("order-shipped", Payload.SMALL.payload())),
					Call.TRIGGER_10KB, post(host, handBuiltTrigger("order-shipped", Payload.LARGE_10KB.payload())),
					Call.ERROR_422, post(host, handBuiltTrigger(LoopbackNovu.UNKNOWN_WORKFLOW, Payload.SMALL.payload())),
					Call.SUBSCRIBERS_PAGE, ("GET " + PAGE + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: ApiKey "
							+ Transport.API_KEY + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		}

		private static byte[] post(String host, byte[] body) {
			byte[] head = ("POST " + TRIGGER + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: ApiKey "
					+ Transport.API_KEY + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
					+ "Idempotency-Key: 00000000-0000-0000-0000-000000000000\r\nContent-Length: " + body.length
					+ "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
			byte[] request = new byte[head.length + body.length];
			System.arraycopy(head, 0, request, 0, head.length);
			System.arraycopy(body, 0, request, head.length, body.length);
			return request;
		}

		@Override
		public synchronized Object call(Call call) throws IOException {
			this.out.write(this.requests.get(call));
			this.out.flush();
			int read = 0;
			int headerEnd = -1;
			int contentLength = -1;
			while (headerEnd < 0 || read < headerEnd + contentLength) {
				int n = this.in.read(this.buffer, read, this.buffer.length - read);
				if (n < 0) {
					throw new IOException("Connection closed after " + read + " bytes");
				}
				read += n;
				if (headerEnd < 0) {
					headerEnd = headerEnd(read);
					if (headerEnd >= 0) {
						contentLength = contentLength(headerEnd);
					}
				}
			}
			return read;
		}

		private int headerEnd(int length) {
			for (int i = 3; i < length; i++) {
				if (this.buffer[i] == '\n' && this.buffer[i - 1] == '\r' && this.buffer[i - 2] == '\n') {
					return i + 1;
				}
			}
			return -1;
		}

		/** Finds {@code Content-length: n} (the JDK server's spelling, compared without case). */
		private int contentLength(int headerEnd) {
			byte[] name = "\ncontent-length:".getBytes(StandardCharsets.US_ASCII);
			outer: for (int i = 0; i + name.length < headerEnd; i++) {
				for (int j = 0; j < name.length; j++) {
					if (Character.toLowerCase(this.buffer[i + j]) != name[j]) {
						continue outer;
					}
				}
				int value = 0;
				for (int k = i + name.length; k < headerEnd && this.buffer[k] != '\r'; k++) {
					if (this.buffer[k] >= '0' && this.buffer[k] <= '9') {
						value = value * 10 + (this.buffer[k] - '0');
					}
				}
				return value;
			}
			throw new IllegalStateException("No Content-Length in the answer");
		}

		@Override
		public void close() {
			closeQuietly(this.socket::close);
		}

	}

}
