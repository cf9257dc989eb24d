package io.github.novu4j.client.internal;

import java.time.Duration;

import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.function.Resolver;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.SocketConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection pool of the Apache HttpClient 5 the builder builds for itself: the documented size, and
 * TCP_NODELAY and the read timeout on every connection (docs/http-transport.md). How it behaves on the
 * wire: {@code HttpTransportTest} and the resilience suite ({@code Transport.APACHE_DEFAULT}).
 */
class ApacheDefaultClientTest {

	private static final HttpRoute NOVU = new HttpRoute(new HttpHost("https", "api.novu.co", 443));

	@Test
	@SuppressWarnings("unchecked")
	void thePoolHas64ConnectionsForItsOneHostWithNagleOffAndTheTimeouts() {
		try (PoolingHttpClientConnectionManager pool = ApacheDefaultClient.connectionManager(Duration.ofSeconds(3),
				Duration.ofMillis(7500))) {
			assertThat(pool.getMaxTotal()).isEqualTo(64);
			assertThat(pool.getDefaultMaxPerRoute()).isEqualTo(64);
			assertThat(pool.getMaxPerRoute(NOVU)).isEqualTo(64);
			// What each new connection gets (the pool's getDefaultSocketConfig() is deprecated and says nothing).
			SocketConfig socket = ((Resolver<HttpRoute, SocketConfig>) field(pool, "socketConfigResolver")).resolve(NOVU);
			assertThat(socket.isTcpNoDelay()).isTrue();
			assertThat(socket.getSoTimeout().toMilliseconds()).isEqualTo(7500);
			ConnectionConfig connection = ((Resolver<HttpRoute, ConnectionConfig>) field(pool, "connectionConfigResolver"))
				.resolve(NOVU);
			assertThat(connection.getConnectTimeout().toMilliseconds()).isEqualTo(3000);
			assertThat(connection.getSocketTimeout().toMilliseconds()).isEqualTo(7500);
			assertThat(connection.getValidateAfterInactivity().toMilliseconds()).isEqualTo(2000);
		}
	}

	private static Object field(Object target, String name) {
		return org.assertj.core.api.Assertions.assertThat(target).extracting(name).actual();
	}

	@Test
	void nothingIsBuiltBeforeTheFirstRequest() {
		assertThat(ApacheDefaultClient.create(Duration.ofSeconds(1), Duration.ofSeconds(2)))
			.hasToString("ApacheDefaultClient{connectTimeout=PT1S, readTimeout=PT2S}")
			.extracting("delegate")
			.extracting("made")
			.isEqualTo(false);
	}

}
