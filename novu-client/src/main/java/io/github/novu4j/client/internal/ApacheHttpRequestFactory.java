package io.github.novu4j.client.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.HttpClient;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.NullEntity;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.AbstractStreamingClientHttpRequest;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * Sends the client's requests through the Apache HttpClient 5 of a Spring
 * {@link HttpComponentsClientHttpRequestFactory} (what Spring Boot builds when httpclient5 is on the class
 * path, or what a user passes to {@code requestFactory(..)}), without Spring's adapter around it.
 *
 * <p>Loaded only when such a factory is given, so the client does not need Apache HttpClient: httpclient5 is
 * an optional dependency. What it saves against Spring's adapter, per call (docs/benchmarks.md): the request
 * headers are copied without building a case-insensitive set of their names, the answer's headers are
 * built only when asked for, and a body of known length is read into one array of that length instead of
 * 8 kB chunks and a copy.
 *
 * <p>Behaviour kept from Spring's adapter: the HTTP client, its connection pool, retries and redirect
 * settings are the factory's; each request gets the factory's request configuration (the client's own,
 * with the factory's read and connection-request timeouts) and the factory's {@code HttpContext} (its
 * context factory, if set); {@code Content-Length} and {@code Transfer-Encoding} come from the body; a
 * POST, PUT, PATCH or DELETE without a body sends an empty one. One addition: an attempt's response timeout
 * (the factory's read timeout, or the connections' socket timeout when the builder knows it) is cut to what
 * is left of its call's time budget ({@link AttemptDeadline}), as the JDK transport does.
 *
 * <p>The factory's protected {@code createHttpContext} and {@code createRequestConfig} are called
 * reflectively; where that is refused (a module system that does not open Spring's package), and for
 * subclasses of the factory (which may change how requests are made), Spring's own adapter is used as before.
 */
public final class ApacheHttpRequestFactory implements ClientHttpRequestFactory {

	private static final Logger logger = LoggerFactory.getLogger(ApacheHttpRequestFactory.class);

	/** Spring's class, by name, so callers can test for it without loading Apache HttpClient. */
	public static final String SPRING_FACTORY = "org.springframework.http.client.HttpComponentsClientHttpRequestFactory";

	/** Largest body read into an array of its announced length at once (larger ones are read in chunks). */
	private static final long MAX_PRESIZED_BODY = 16 * 1024 * 1024;

	private static final byte[] EMPTY = new byte[0];

	private final HttpComponentsClientHttpRequestFactory spring;

	private final Method createHttpContext;

	private final Method createRequestConfig;

	private final @Nullable Duration socketTimeout;

	private ApacheHttpRequestFactory(HttpComponentsClientHttpRequestFactory spring, Method createHttpContext,
			Method createRequestConfig, @Nullable Duration socketTimeout) {
		this.spring = spring;
		this.createHttpContext = createHttpContext;
		this.createRequestConfig = createRequestConfig;
		this.socketTimeout = socketTimeout;
	}

	/**
	 * @param factory a request factory whose class is {@link #SPRING_FACTORY} (or a subclass)
	 * @param socketTimeout the read timeout the factory's connections were built with (Spring Boot puts it
	 * in the connection configuration, out of sight of the request configuration), or {@code null} if
	 * unknown; it lets an attempt without a response timeout of its own be cut to the call's budget
	 * @return a factory sending through the same Apache HttpClient without Spring's adapter, or
	 * {@code factory} itself when that is not possible
	 */
	public static ClientHttpRequestFactory adapt(ClientHttpRequestFactory factory, @Nullable Duration socketTimeout) {
		if (factory.getClass() != HttpComponentsClientHttpRequestFactory.class) {
			return factory;
		}
		try {
			Method context = HttpComponentsClientHttpRequestFactory.class.getDeclaredMethod("createHttpContext",
					HttpMethod.class, URI.class);
			Method config = HttpComponentsClientHttpRequestFactory.class.getDeclaredMethod("createRequestConfig",
					Object.class);
			context.setAccessible(true);
			config.setAccessible(true);
			return new ApacheHttpRequestFactory((HttpComponentsClientHttpRequestFactory) factory, context, config,
					socketTimeout);
		}
		catch (NoSuchMethodException | RuntimeException ex) {
			logger.debug("Using Spring's Apache HttpClient adapter: {}", ex.toString());
			return factory;
		}
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		HttpClient client = this.spring.getHttpClient();
		HttpUriRequestBase request = new HttpUriRequestBase(httpMethod.name(), uri);
		HttpContext context = (HttpContext) invoke(this.createHttpContext, httpMethod, uri);
		if (context == null) {
			context = HttpClientContext.create();
		}
		if (!hasRequestConfig(context)) {
			RequestConfig config = (RequestConfig) invoke(this.createRequestConfig, client);
			if (config != null) {
				config = cutToBudget(config);
				if (context instanceof HttpClientContext clientContext) {
					clientContext.setRequestConfig(config);
				}
				else {
					context.setAttribute(HttpClientContext.REQUEST_CONFIG, config);
				}
			}
		}
		return new Request(client, request, context, httpMethod, uri);
	}

	private static boolean hasRequestConfig(HttpContext context) {
		if (context instanceof HttpClientContext clientContext) {
			RequestConfig config = clientContext.getRequestConfig();
			return config != null && !config.equals(RequestConfig.DEFAULT);
		}
		return context.getAttribute(HttpClientContext.REQUEST_CONFIG) != null;
	}

	/**
	 * @return the configuration with its response timeout cut to what is left of the attempt's budget, at
	 * least 1 ms; unchanged when neither it nor the connections have a known read timeout
	 */
	private RequestConfig cutToBudget(RequestConfig config) {
		Timeout timeout = config.getResponseTimeout();
		Duration readTimeout = (timeout != null && !timeout.isDisabled()) ? Duration.ofMillis(timeout.toMilliseconds())
				: this.socketTimeout;
		if (readTimeout == null) {
			return config;
		}
		Duration attemptTimeout = AttemptDeadline.startTimeout(readTimeout);
		if (attemptTimeout == readTimeout) {
			return config;
		}
		// Apache counts whole milliseconds; the 1 ms floor keeps a sub-millisecond rest from meaning "none".
		return RequestConfig.copy(config)
			.setResponseTimeout(Math.max(1, attemptTimeout.toMillis()), TimeUnit.MILLISECONDS)
			.build();
	}

	private @Nullable Object invoke(Method method, Object... arguments) throws IOException {
		try {
			return method.invoke(this.spring, arguments);
		}
		catch (InvocationTargetException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "ApacheHttpRequestFactory{" + this.spring + "}";
	}

	private static final class Request extends AbstractStreamingClientHttpRequest {

		private final HttpClient client;

		private final HttpUriRequestBase request;

		private final HttpContext context;

		private final HttpMethod method;

		private final URI uri;

		Request(HttpClient client, HttpUriRequestBase request, HttpContext context, HttpMethod method, URI uri) {
			this.client = client;
			this.request = request;
			this.context = context;
			this.method = method;
			this.uri = uri;
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		/** The URI as given (Apache's {@code getUri()} rebuilds one from its parts, re-encoding the path). */
		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		protected ClientHttpResponse executeInternal(HttpHeaders headers, StreamingHttpOutputMessage.@Nullable Body body)
				throws IOException {
			// The backing map itself: HttpHeaders.forEach builds a case-insensitive set of the names first.
			for (Map.Entry<String, List<String>> header : headers.asMultiValueMap().entrySet()) {
				String name = header.getKey();
				if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)
						|| HttpHeaders.TRANSFER_ENCODING.equalsIgnoreCase(name)) {
					continue; // Apache writes them from the entity
				}
				List<String> values = header.getValue();
				if (HttpHeaders.COOKIE.equalsIgnoreCase(name)) {
					this.request.addHeader(name, String.join("; ", values));
					continue;
				}
				for (String value : values) {
					this.request.addHeader(name, value);
				}
			}
			if (body != null) {
				this.request.setEntity(new BodyEntity(headers, body));
			}
			else if (!org.apache.hc.core5.http.Method.isSafe(this.request.getMethod())) {
				this.request.setEntity(NullEntity.INSTANCE);
			}
			return new Response(this.client.executeOpen(null, this.request, this.context));
		}

	}

	/** The body RestClient wrote, streamed to the connection by Apache (no copy). */
	private static final class BodyEntity extends AbstractHttpEntity {

		private final long length;

		private final StreamingHttpOutputMessage.Body body;

		BodyEntity(HttpHeaders headers, StreamingHttpOutputMessage.Body body) {
			super(headers.getFirst(HttpHeaders.CONTENT_TYPE), null, false);
			this.length = headers.getContentLength();
			this.body = body;
		}

		@Override
		public long getContentLength() {
			return this.length;
		}

		@Override
		public InputStream getContent() {
			throw new UnsupportedOperationException("The body is written, not read");
		}

		@Override
		public void writeTo(OutputStream out) throws IOException {
			this.body.writeTo(out);
		}

		@Override
		public boolean isRepeatable() {
			return this.body.repeatable();
		}

		@Override
		public boolean isStreaming() {
			return false;
		}

		@Override
		public void close() {
		}

	}

	private static final class Response implements ClientHttpResponse {

		private final ClassicHttpResponse response;

		private @Nullable HttpHeaders headers;

		Response(ClassicHttpResponse response) {
			this.response = response;
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatusCode.valueOf(this.response.getCode());
		}

		@Override
		public String getStatusText() {
			String reason = this.response.getReasonPhrase();
			return (reason != null) ? reason : "";
		}

		@Override
		public HttpHeaders getHeaders() {
			HttpHeaders result = this.headers;
			if (result == null) {
				result = new HttpHeaders();
				for (Header header : this.response.getHeaders()) {
					result.add(header.getName(), header.getValue());
				}
				this.headers = result;
			}
			return result;
		}

		@Override
		public InputStream getBody() throws IOException {
			HttpEntity entity = this.response.getEntity();
			return (entity != null) ? new BodyStream(entity.getContent(), entity.getContentLength())
					: InputStream.nullInputStream();
		}

		@Override
		public void close() {
			try {
				try {
					// Read to its end, the connection goes back to the pool; else it is closed.
					EntityUtils.consume(this.response.getEntity());
				}
				finally {
					this.response.close();
				}
			}
			catch (IOException ex) {
				// Nothing more to do: the connection is discarded.
			}
		}

	}

	/** The answer's body; read whole, a body of announced length goes into one array of that length. */
	private static final class BodyStream extends FilterInputStream {

		private final long length;

		BodyStream(InputStream in, long length) {
			super(in);
			this.length = length;
		}

		@Override
		public byte[] readAllBytes() throws IOException {
			if (this.length < 0 || this.length > MAX_PRESIZED_BODY) {
				return this.in.readAllBytes();
			}
			byte[] bytes = (this.length > 0) ? new byte[(int) this.length] : EMPTY;
			int read = this.in.readNBytes(bytes, 0, bytes.length);
			if (read < bytes.length) {
				return Arrays.copyOf(bytes, read);
			}
			int next = this.in.read();
			return (next == -1) ? bytes : concat(bytes, next);
		}

		/** A body longer than announced (Apache's content-length stream never gives one): kept whole. */
		private byte[] concat(byte[] head, int next) throws IOException {
			byte[] rest = this.in.readAllBytes();
			byte[] all = Arrays.copyOf(head, head.length + 1 + rest.length);
			all[head.length] = (byte) next;
			System.arraycopy(rest, 0, all, head.length + 1, rest.length);
			return all;
		}

	}

}
