package io.github.novu4j.autoconfigure;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuConnectionException;
import io.github.novu4j.client.NovuServerException;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.events.TriggerRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@code novu.retry.*} and {@code novu.idempotency.enabled}: they bind, reach the client and change what
 * goes over the wire.
 */
class NovuRetryPropertiesTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(WireMockConfiguration.options().dynamicPort().http2PlainDisabled(true))
		.build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				NovuAutoConfiguration.class))
		.withPropertyValues("novu.api-key=" + TestKeys.API_KEY, "novu.base-url=" + server.baseUrl());

	@BeforeEach
	void unavailable() {
		server.stubFor(post("/v1/events/trigger").willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"statusCode\":503,\"message\":\"Service Unavailable\"}")));
	}

	@Test
	void everyRetryPropertyBinds() {
		this.runner
			.withPropertyValues("novu.retry.enabled=false", "novu.retry.max-attempts=7", "novu.retry.initial-interval=250ms",
					"novu.retry.max-interval=5s", "novu.retry.multiplier=1.5", "novu.retry.max-elapsed-time=2m",
					"novu.retry.retry-connection-errors=false", "novu.idempotency.enabled=false")
			.run((context) -> {
				NovuProperties properties = context.getBean(NovuProperties.class);
				assertThat(NovuAutoConfiguration.retrySettings(properties.getRetry()))
					.isEqualTo(new RetrySettings(false, 7, Duration.ofMillis(250), Duration.ofSeconds(5), 1.5,
							Duration.ofMinutes(2), false));
				assertThat(properties.getIdempotency().isEnabled()).isFalse();
				assertThat(properties.toString()).contains("maxAttempts=7").contains("Idempotency{enabled=false}");
			});
	}

	@Test
	void retrySettingsReachTheClient() {
		this.runner.withPropertyValues("novu.retry.max-attempts=3", "novu.retry.initial-interval=40ms",
				"novu.retry.multiplier=1").run((context) -> {
					long start = System.nanoTime();

					NovuServerException failure = catchThrowableOfType(NovuServerException.class,
							() -> trigger(context.getBean(NovuClient.class)));

					assertThat(requests()).hasSize(3);
					assertThat(failure.getSuppressed()).hasSize(2);
					// Two waits of 20-40 ms each.
					assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(40),
							Duration.ofSeconds(3));
					String key = requests().get(0).getHeader("Idempotency-Key");
					assertThat(key).isNotBlank();
					assertThat(requests()).allSatisfy(
							(request) -> assertThat(request.getHeader("Idempotency-Key")).isEqualTo(key));
				});
	}

	@Test
	void retriesCanBeTurnedOff() {
		this.runner.withPropertyValues("novu.retry.enabled=false").run((context) -> {
			catchThrowableOfType(NovuServerException.class, () -> trigger(context.getBean(NovuClient.class)));

			assertThat(requests()).hasSize(1);
		});
	}

	@Test
	void theBudgetStopsRetries() {
		this.runner
			.withPropertyValues("novu.retry.max-attempts=100", "novu.retry.initial-interval=200ms",
					"novu.retry.multiplier=1", "novu.retry.max-elapsed-time=500ms")
			.run((context) -> {
				long start = System.nanoTime();

				catchThrowableOfType(NovuServerException.class, () -> trigger(context.getBean(NovuClient.class)));

				// Waits of 100-200 ms within 500 ms.
				assertThat(requests().size()).isBetween(2, 6);
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500 + 2000));
			});
	}

	@Test
	void withoutIdempotencyKeysAPostIsNotRetriedAfterNovuMayHaveProcessedIt() {
		this.runner.withPropertyValues("novu.idempotency.enabled=false", "novu.retry.initial-interval=10ms")
			.run((context) -> {
				catchThrowableOfType(NovuServerException.class, () -> trigger(context.getBean(NovuClient.class)));

				assertThat(requests()).singleElement()
					.satisfies((request) -> assertThat(request.containsHeader("Idempotency-Key")).isFalse());
			});
	}

	@Test
	void connectionErrorsAreRetriedUnlessTurnedOff() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		ApplicationContextRunner unreachable = this.runner.withPropertyValues(
				"novu.base-url=http://127.0.0.1:" + closedPort, "novu.retry.initial-interval=10ms");

		unreachable.run((context) -> assertThat(catchThrowableOfType(NovuConnectionException.class,
				() -> trigger(context.getBean(NovuClient.class)))
			.getSuppressed()).hasSize(3));
		unreachable.withPropertyValues("novu.retry.retry-connection-errors=false")
			.run((context) -> assertThat(catchThrowableOfType(NovuConnectionException.class,
					() -> trigger(context.getBean(NovuClient.class)))
				.getSuppressed()).isEmpty());
	}

	@Test
	void anInvalidValueStopsStartupNamingIt() {
		this.runner.withPropertyValues("novu.retry.max-attempts=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(NovuConfigurationException.class)
				.hasMessageContaining("Invalid value '0' for property 'novu.retry.max-attempts'"));
	}

	private static void trigger(NovuClient novu) {
		novu.trigger(TriggerRequest.builder("order-placed").toSubscriber("cust-1").payload(Map.of("orderId", 7)).build());
	}

	private static List<LoggedRequest> requests() {
		return server.findAll(postRequestedFor(urlEqualTo("/v1/events/trigger")));
	}

}
