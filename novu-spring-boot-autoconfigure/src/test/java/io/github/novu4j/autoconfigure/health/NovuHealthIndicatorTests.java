package io.github.novu4j.autoconfigure.health;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.novu4j.autoconfigure.testing.WireMockNovu;
import io.github.novu4j.client.NovuClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.novu4j.autoconfigure.testing.WireMockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health indicator over real HTTP against WireMock: what it reports, that it never retries, never
 * shows the key, and asks Novu once per cache period however many probes come.
 */
class NovuHealthIndicatorTests {

	static final String API_KEY = "nv-health-test-secret-5c1d";

	private static final String ME = "/v1/environments/me";

	@RegisterExtension
	static WireMockNovu server = new WireMockNovu();

	private final MutableClock clock = new MutableClock();

	@Test
	void upWithTheEnvironmentBaseUrlAndLatency() {
		stubMe(json(200, "{\"data\":{\"_id\":\"6615943e7ace93b0540ae377\",\"name\":\"Production\","
				+ "\"_organizationId\":\"o1\",\"identifier\":\"Xq3Tn9bL2kPz\",\"apiKeys\":[{\"key\":\"" + API_KEY
				+ "\",\"_userId\":\"u1\"}]}}"));

		Health health = indicator(server.baseUrl()).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("environment", "Production")
			.containsEntry("environmentId", "6615943e7ace93b0540ae377")
			.containsEntry("baseUrl", server.baseUrl())
			.containsEntry("checkedAt", this.clock.instant().toString())
			.containsKey("latencyMs")
			.doesNotContainKey("region");
		assertThat((long) health.getDetails().get("latencyMs")).isNotNegative();
		assertThat(requestsToMe(1)).isEqualTo(1);
		assertThat(server.find(getRequestedFor(urlEqualTo(ME)))).singleElement()
			.satisfies((request) -> assertThat(request.getHeader("Authorization")).isEqualTo("ApiKey " + API_KEY));
		assertNoKeyIn(health);
	}

	@Test
	void downWhenTheKeyIsRejected() {
		stubMe(json(401, "{\"statusCode\":401,\"message\":\"API Key not found\",\"error\":\"Unauthorized\"}"));

		Health health = indicator(server.baseUrl()).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason", "Novu rejected the API key (HTTP 401: API Key not found)")
			.containsEntry("status", 401)
			.containsEntry("baseUrl", server.baseUrl());
		assertNoKeyIn(health);
	}

	@Test
	void downWhenForbidden() {
		stubMe(json(403, "{\"statusCode\":403,\"message\":\"Forbidden resource\",\"error\":\"Forbidden\"}"));

		Health health = indicator(server.baseUrl()).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason",
				"Novu rejected the API key (HTTP 403: Forbidden resource)");
	}

	@Test
	void downWhenNovuIsUnreachable() throws IOException {
		int port = closedPort();

		Health health = indicator("http://127.0.0.1:" + port).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason", "Novu is unreachable")
			.containsEntry("host", "127.0.0.1:" + port);
		// The plain builder picks Apache HttpClient 5 here (on the test class path), whose ConnectException is
		// an HttpHostConnectException; the JDK client's is a ConnectException.
		assertThat(health.getDetails().get("cause")).asString().containsPattern("^(HttpHost)?ConnectException: ");
	}

	@Test
	void downOnAServerErrorWithoutRetrying() {
		stubMe(json(503, "{\"statusCode\":503,\"message\":\"Service Unavailable\",\"errorId\":\"err-42\"}"));

		Health health = indicator(server.baseUrl()).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason", "Novu answered HTTP 503: Service Unavailable")
			.containsEntry("status", 503)
			.containsEntry("errorId", "err-42");
		assertThat(requestsToMe(1)).isEqualTo(1);
	}

	@Test
	void unknownWhenRateLimited() {
		stubMe(json(429, "{\"statusCode\":429,\"message\":\"API rate limit exceeded\"}").withHeader("Retry-After", "1"));

		Health health = indicator(server.baseUrl()).health();

		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(requestsToMe(1)).isEqualTo(1);
	}

	@Test
	void downWhenNovuDoesNotAnswerWithinTheTimeout() {
		stubMe(json(200, "{\"data\":{\"_id\":\"e\",\"name\":\"Dev\"}}").withFixedDelay(3000));
		NovuHealthIndicator indicator = new NovuHealthIndicator(client(server.baseUrl()), server.baseUrl(), null,
				Duration.ofMillis(200), Duration.ofSeconds(30), this.clock, NovuHealthIndicatorTests::daemon);

		long start = System.nanoTime();
		Health health = indicator.health();

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason", "Novu did not answer within 200 ms");
	}

	@Test
	void answersAreCachedForTheConfiguredTime() {
		stubMe(json(200, "{\"data\":{\"_id\":\"e\",\"name\":\"Dev\"}}"));
		NovuHealthIndicator indicator = indicator(server.baseUrl());
		Health first = indicator.health();

		for (int i = 0; i < 25; i++) {
			this.clock.advance(Duration.ofSeconds(1));
			// The very same answer: no new check was made.
			assertThat(indicator.health()).isSameAs(first);
		}
		assertThat(requestsToMe(1)).isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(5));
		Health second = indicator.health();

		assertThat(second.getStatus()).isEqualTo(Status.UP);
		assertThat(second.getDetails()).containsEntry("checkedAt", "2026-01-15T10:00:30Z");
		assertThat(requestsToMe(2)).isEqualTo(2);
	}

	@Test
	void concurrentProbesShareOneInFlightCheck() throws Exception {
		stubMe(json(200, "{\"data\":{\"_id\":\"e\",\"name\":\"Dev\"}}").withFixedDelay(300));
		NovuHealthIndicator indicator = indicator(server.baseUrl());
		int probes = 8;
		CountDownLatch ready = new CountDownLatch(probes);
		ExecutorService threads = Executors.newFixedThreadPool(probes);
		try {
			List<Future<Health>> results = new ArrayList<>();
			for (int i = 0; i < probes; i++) {
				results.add(threads.submit(() -> {
					ready.countDown();
					ready.await();
					return indicator.health();
				}));
			}
			Health first = results.get(0).get();
			assertThat(first.getStatus()).isEqualTo(Status.UP);
			for (Future<Health> result : results) {
				assertThat(result.get()).isSameAs(first);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(requestsToMe(1)).isEqualTo(1);
	}

	private NovuHealthIndicator indicator(String baseUrl) {
		return new NovuHealthIndicator(client(baseUrl), baseUrl, null, Duration.ofSeconds(5), Duration.ofSeconds(30),
				this.clock, NovuHealthIndicatorTests::daemon);
	}

	private static NovuClient client(String baseUrl) {
		return NovuClient.builder().apiKey(API_KEY).baseUrl(baseUrl).build();
	}

	private static int requestsToMe(int expected) {
		return server.count(getRequestedFor(urlEqualTo(ME)), expected);
	}

	private static void stubMe(ResponseDefinitionBuilder response) {
		server.stubFor(get(ME).willReturn(response));
	}

	private static void assertNoKeyIn(Health health) {
		assertThat(health.toString()).doesNotContain(API_KEY);
		assertThat(health.getDetails().values()).allSatisfy((value) -> assertThat(String.valueOf(value)).doesNotContain(API_KEY));
	}

	private static void daemon(Runnable runnable) {
		Thread thread = new Thread(runnable, "test-novu-health");
		thread.setDaemon(true);
		thread.start();
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** A clock the test moves by hand, so cache expiry needs no sleeping. */
	static final class MutableClock extends Clock {

		private volatile Instant now = Instant.parse("2026-01-15T10:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
