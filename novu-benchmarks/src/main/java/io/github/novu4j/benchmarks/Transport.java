package io.github.novu4j.benchmarks;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.github.novu4j.client.HttpTransport;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuClientBuilder;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.internal.BudgetBoundJdkRequestFactory;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * The HTTP transports compared: the client's default, and Apache HttpClient 5 (the library Spring Boot's
 * detection prefers when it is on the class path) configured as Boot configures it.
 */
public enum Transport {

	/** The client's own JDK {@code HttpClient} over HTTP/1.1 ({@code httpTransport(JDK)}). */
	JDK {
		@Override
		Client open(String baseUrl, RetrySettings retry) {
			NovuClient client = builder(baseUrl, retry).httpTransport(HttpTransport.JDK).build();
			return new Client(client, () -> {
			});
		}
	},

	/**
	 * A diagnostic, not the default: the default's JDK {@code HttpClient} given a thread pool as its executor.
	 * Spring's {@code JdkClientHttpRequest} writes every request body on that executor; without one it
	 * falls back to a {@code SimpleAsyncTaskExecutor}, which starts a new thread per request. This variant
	 * shows how much of the default's cost that thread is.
	 */
	JDK_POOLED_EXECUTOR {
		@Override
		Client open(String baseUrl, RetrySettings retry) {
			ExecutorService executor = Executors.newCachedThreadPool((task) -> {
				Thread thread = new Thread(task, "novu-http");
				thread.setDaemon(true);
				return thread;
			});
			HttpClient httpClient = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(NovuClientBuilder.DEFAULT_CONNECT_TIMEOUT)
				.followRedirects(HttpClient.Redirect.NEVER)
				.executor(executor)
				.build();
			NovuClient client = builder(baseUrl, retry)
				.requestFactory(new BudgetBoundJdkRequestFactory(httpClient, NovuClientBuilder.DEFAULT_READ_TIMEOUT))
				.build();
			return new Client(client, executor::shutdownNow);
		}
	},

	/**
	 * Apache HttpClient 5 through {@code HttpComponentsClientHttpRequestFactory}, built as Spring Boot's
	 * {@code HttpComponentsHttpClientBuilder} builds it: system properties honoured, a pooling connection
	 * manager with its defaults (5 connections per route, 25 in all; a pooled connection idle for 2 s or
	 * more is checked before reuse), TCP_NODELAY on (HttpCore's default), redirects not followed.
	 */
	APACHE {
		@Override
		Client open(String baseUrl, RetrySettings retry) {
			return apache(baseUrl, retry, true);
		}
	},

	/**
	 * A control, not a candidate: {@link #APACHE} with TCP_NODELAY off, i.e. Nagle's algorithm on. It
	 * writes a large body in a second packet, as the community SDK does, so it shows what the benchmark
	 * reports when the stall is there.
	 */
	APACHE_NAGLE {
		@Override
		Client open(String baseUrl, RetrySettings retry) {
			return apache(baseUrl, retry, false);
		}
	};

	/** The API key sent; the loopback server accepts any. */
	static final String API_KEY = "benchmark-key";

	/**
	 * @param baseUrl the server
	 * @param retry the client's retry settings
	 * @return a client on this transport; close it to release the transport's connections
	 */
	abstract Client open(String baseUrl, RetrySettings retry);

	private static NovuClientBuilder builder(String baseUrl, RetrySettings retry) {
		return NovuClient.builder().apiKey(API_KEY).baseUrl(baseUrl).retry(retry);
	}

	private static Client apache(String baseUrl, RetrySettings retry, boolean tcpNoDelay) {
		CloseableHttpClient httpClient = HttpClientBuilder.create()
			.useSystemProperties()
			.disableRedirectHandling()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.useSystemProperties()
				.setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(tcpNoDelay).build())
				// The client builder's defaults, which requestFactory(..) replaces.
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(NovuClientBuilder.DEFAULT_CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
					.setSocketTimeout((int) NovuClientBuilder.DEFAULT_READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
					.build())
				.build())
			.build();
		NovuClient client = builder(baseUrl, retry)
			.requestFactory(new HttpComponentsClientHttpRequestFactory(httpClient))
			.build();
		return new Client(client, httpClient);
	}

	/**
	 * A client and what must be closed after it.
	 *
	 * @param novu the client
	 * @param resources the transport's connections
	 */
	record Client(NovuClient novu, Closeable resources) implements AutoCloseable {

		@Override
		public void close() {
			try {
				this.resources.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
