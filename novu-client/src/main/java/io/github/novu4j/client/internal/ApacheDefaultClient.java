package io.github.novu4j.client.internal;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.TimeValue;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * The Apache HttpClient 5 that {@code NovuClientBuilder} builds for itself when it picks that transport:
 * set up so that it behaves as the client's JDK transport does, only faster.
 *
 * <ul>
 * <li>Apache's automatic retries off ({@code disableAutomaticRetries()}), so the Novu client's retry
 * policy is the only one and a retried POST is sent again only by it, with the same {@code Idempotency-Key}.
 * <li>Redirects not followed (Novu's chat OAuth call answers 302, which the caller must see), no cookie
 * store, no authentication cache, no response compression (no {@code Accept-Encoding} is sent, as with the
 * JDK client).
 * <li>Connect timeout: the builder's, for opening a connection, and also for waiting for a pooled one
 * when all are busy. Read timeout: the builder's, as the response timeout of each request and the socket
 * timeout of each connection, cut per attempt to what is left of its call's budget
 * ({@link ApacheHttpRequestFactory}).
 * <li>One pool of {@value #MAX_CONNECTIONS} connections (a client talks to one host, so per route and in
 * all), TCP_NODELAY on, a connection idle for more than {@value #VALIDATE_AFTER_IDLE_SECONDS} s checked
 * before it is reused.
 * <li>The JVM's default proxy selector and default TLS context and settings (system properties such as
 * {@code https.proxyHost} and {@code javax.net.ssl.trustStore}), as the JDK client uses them.
 * </ul>
 *
 * <p>Built on the first request, not before, so a client that is never used loads no Apache class and
 * opens nothing. It starts no thread of its own (no idle-connection evictor), so, like the JDK client,
 * it needs no shutdown. Only loaded once Apache HttpClient 5 was found on the class path.
 */
public final class ApacheDefaultClient implements ClientHttpRequestFactory {

	/** Connections in the pool, per route and in all. */
	public static final int MAX_CONNECTIONS = 64;

	/** A pooled connection idle for longer than this is checked before it is reused. */
	public static final int VALIDATE_AFTER_IDLE_SECONDS = 2;

	private final Duration connectTimeout;

	private final Duration readTimeout;

	/** Spring's factory over the Apache client with the client's adapter, made on the first request. */
	private final OnFirstUse<ClientHttpRequestFactory> delegate;

	private ApacheDefaultClient(Duration connectTimeout, Duration readTimeout) {
		this.connectTimeout = connectTimeout;
		this.readTimeout = readTimeout;
		this.delegate = new OnFirstUse<>(() -> ApacheHttpRequestFactory.adapt(
				new HttpComponentsClientHttpRequestFactory(httpClient(connectTimeout, readTimeout)), readTimeout));
	}

	/**
	 * @param connectTimeout the builder's connect timeout
	 * @param readTimeout the builder's read timeout
	 * @return a request factory that builds its Apache HttpClient on its first request
	 */
	public static ClientHttpRequestFactory create(Duration connectTimeout, Duration readTimeout) {
		return new ApacheDefaultClient(Objects.requireNonNull(connectTimeout, "connectTimeout"),
				Objects.requireNonNull(readTimeout, "readTimeout"));
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		return this.delegate.get().createRequest(uri, httpMethod);
	}

	/**
	 * @param connectTimeout connect timeout, and the longest wait for a pooled connection
	 * @param readTimeout response and socket timeout
	 * @return the Apache HttpClient, set up as this class describes
	 */
	static CloseableHttpClient httpClient(Duration connectTimeout, Duration readTimeout) {
		long connect = connectTimeout.toMillis();
		return HttpClients.custom()
			.setConnectionManager(connectionManager(connectTimeout, readTimeout))
			.setDefaultRequestConfig(RequestConfig.custom()
				.setConnectionRequestTimeout(connect, TimeUnit.MILLISECONDS)
				.setResponseTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
				.build())
			.setProxySelector(ProxySelector.getDefault())
			.disableAutomaticRetries()
			.disableRedirectHandling()
			.disableCookieManagement()
			.disableAuthCaching()
			.disableContentCompression()
			.build();
	}

	/**
	 * @param connectTimeout connect timeout
	 * @param readTimeout socket timeout
	 * @return the pool of connections, set up as this class describes
	 */
	static PoolingHttpClientConnectionManager connectionManager(Duration connectTimeout, Duration readTimeout) {
		long connect = connectTimeout.toMillis();
		long read = readTimeout.toMillis();
		return PoolingHttpClientConnectionManagerBuilder.create()
			.setTlsSocketStrategy(DefaultClientTlsStrategy.createSystemDefault())
			.setDefaultSocketConfig(SocketConfig.custom()
				.setTcpNoDelay(true)
				.setSoTimeout((int) Math.min(read, Integer.MAX_VALUE), TimeUnit.MILLISECONDS)
				.build())
			.setDefaultConnectionConfig(ConnectionConfig.custom()
				.setConnectTimeout(connect, TimeUnit.MILLISECONDS)
				.setSocketTimeout((int) Math.min(read, Integer.MAX_VALUE), TimeUnit.MILLISECONDS)
				.setValidateAfterInactivity(TimeValue.ofSeconds(VALIDATE_AFTER_IDLE_SECONDS))
				.build())
			.setMaxConnPerRoute(MAX_CONNECTIONS)
			.setMaxConnTotal(MAX_CONNECTIONS)
			.build();
	}

	@Override
	public String toString() {
		return "ApacheDefaultClient{connectTimeout=" + this.connectTimeout + ", readTimeout=" + this.readTimeout + "}";
	}

}
