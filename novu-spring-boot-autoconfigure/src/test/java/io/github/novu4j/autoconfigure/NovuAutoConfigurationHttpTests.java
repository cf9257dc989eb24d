package io.github.novu4j.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuTimeoutException;
import io.github.novu4j.client.ResponseMetadata;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.events.TriggerResult;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The auto-configured client over real HTTP, against WireMock on a port the OS assigns: the key, the base
 * URL, the timeouts and Boot's HTTP client settings really reach the wire.
 */
class NovuAutoConfigurationHttpTests {

	private static final String TRIGGERED = "{\"data\":{\"acknowledged\":true,\"status\":\"processed\","
			+ "\"transactionId\":\"tx-boot-1\"}}";

	private static WireMockServer server;

	/** Only our auto-configuration, pointed at WireMock. */
	private final ApplicationContextRunner novuOnly = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(NovuAutoConfiguration.class))
		.withPropertyValues("novu.api-key=" + TestKeys.API_KEY, "novu.base-url=" + server.baseUrl());

	/** With Boot's HTTP client and RestClient support, as an application has them. */
	private final ApplicationContextRunner runner = this.novuOnly.withConfiguration(AutoConfigurations.of(
			HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
			RestClientAutoConfiguration.class));

	@BeforeAll
	static void startServer() {
		server = new WireMockServer(WireMockConfiguration.options().dynamicPort().http2PlainDisabled(true));
		server.start();
	}

	@AfterAll
	static void stopServer() {
		server.stop();
	}

	@BeforeEach
	void resetServer() {
		server.resetAll();
		server.stubFor(post("/v1/events/trigger").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(TRIGGERED)));
	}

	@Test
	void triggersWithTheKeyAtTheConfiguredBaseUrl() {
		this.runner.run((context) -> {
			NovuClient novu = context.getBean(NovuClient.class);

			TriggerResult result = trigger(novu);

			assertThat(novu).hasToString("NovuClient{baseUrl=" + server.baseUrl() + "}");
			assertThat(result.transactionId()).isEqualTo("tx-boot-1");
			LoggedRequest request = onlyRequest();
			assertThat(request.getMethod().getName()).isEqualTo("POST");
			assertThat(request.getUrl()).isEqualTo("/v1/events/trigger");
			assertThat(request.getHeader("Authorization")).isEqualTo("ApiKey " + TestKeys.API_KEY);
			assertThat(request.getHeader("User-Agent")).startsWith("novu-java/");
			assertThat(request.getBodyAsString()).contains("\"name\":\"order-placed\"").contains("\"to\":[\"cust-1\"]");
		});
	}

	@Test
	void readTimeoutReachesBootsHttpClient() {
		assertReadTimeoutApplies(this.runner);
	}

	@Test
	void readTimeoutReachesTheClientsOwnHttpClientWithoutBootsHttpClientSupport() {
		assertReadTimeoutApplies(
				this.novuOnly.withClassLoader(new FilteredClassLoader("org.springframework.boot.http.client")));
	}

	@Test
	void readTimeoutSetByACustomizerReachesBootsHttpClient() {
		server.stubFor(post("/v1/events/trigger").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(TRIGGERED)
			.withFixedDelay(3000)));
		this.runner.withPropertyValues("novu.read-timeout=30s")
			.withBean(NovuClientCustomizer.class, () -> (builder) -> builder.retry(RetrySettings.disabled())
				.readTimeout(Duration.ofMillis(300)))
			.run((context) -> {
				NovuClient novu = context.getBean(NovuClient.class);
				long start = System.nanoTime();

				assertThatExceptionOfType(NovuTimeoutException.class).isThrownBy(() -> trigger(novu));

				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
			});
	}

	@Test
	void worksWithoutBootsRestClientSupport() {
		this.novuOnly.withClassLoader(new FilteredClassLoader("org.springframework.boot.http.client",
					"org.springframework.boot.restclient"))
			.run((context) -> {
				assertThat(trigger(context.getBean(NovuClient.class)).transactionId()).isEqualTo("tx-boot-1");
				assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("ApiKey " + TestKeys.API_KEY);
			});
	}

	@Test
	void bootsRequestFactoryBuilderAndHttpClientSettingsMakeTheHttpClient() {
		SslBundle sslBundle = SslBundle.of(SslStoreBundle.NONE);
		AtomicReference<HttpClientSettings> used = new AtomicReference<>();
		AtomicInteger requests = new AtomicInteger();
		ClientHttpRequestFactoryBuilder<ClientHttpRequestFactory> capturing = (settings) -> {
			used.set(settings);
			return countingFactory(requests);
		};
		this.runner.withPropertyValues("novu.connect-timeout=2s", "novu.read-timeout=3s")
			.withBean(ClientHttpRequestFactoryBuilder.class, () -> capturing)
			.withBean(HttpClientSettings.class, () -> HttpClientSettings.ofSslBundle(sslBundle))
			.run((context) -> {
				trigger(context.getBean(NovuClient.class));

				assertThat(requests).hasValue(1);
				assertThat(used.get().connectTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(used.get().readTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(used.get().redirects()).isEqualTo(HttpRedirects.DONT_FOLLOW);
				assertThat(used.get().sslBundle()).isSameAs(sslBundle);
			});
	}

	@Test
	void bootsRestClientBuilderAndHttpClientAreMadeOnTheFirstCallNotAtStartup() {
		AtomicInteger httpClientsMade = new AtomicInteger();
		AtomicInteger restClientBuildersMade = new AtomicInteger();
		AtomicInteger requests = new AtomicInteger();
		ClientHttpRequestFactoryBuilder<ClientHttpRequestFactory> counting = (settings) -> {
			httpClientsMade.incrementAndGet();
			return countingFactory(requests);
		};
		this.runner.withBean(ClientHttpRequestFactoryBuilder.class, () -> counting)
			.withBean(RestClientCustomizer.class, () -> (builder) -> {
				restClientBuildersMade.incrementAndGet();
				builder.defaultHeader("X-Boot-Customizer", "applied");
			})
			.run((context) -> {
				NovuClient novu = context.getBean(NovuClient.class);

				assertThat(httpClientsMade).as("HTTP clients made at startup").hasValue(0);
				assertThat(restClientBuildersMade).as("RestClient.Builder beans made at startup").hasValue(0);

				trigger(novu);
				trigger(novu);

				// Boot's own RestClient.Builder makes one for itself (which the client replaces), then Novu's.
				assertThat(httpClientsMade).as("HTTP clients made by two calls").hasValue(2);
				assertThat(restClientBuildersMade).as("RestClient.Builder beans made by two calls").hasValue(1);
				assertThat(requests).hasValue(2);
				assertThat(server.findAll(WireMock.anyRequestedFor(WireMock.anyUrl())))
					.allSatisfy((request) -> assertThat(request.getHeader("X-Boot-Customizer")).isEqualTo("applied"));
			});
	}

	@Test
	void callsAreObservedAsHttpClientRequestsAndNovuOperations() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.runner
			.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
					RestClientObservationAutoConfiguration.class))
			.withBean(TestObservationRegistry.class, () -> registry)
			.run((context) -> {
				trigger(context.getBean(NovuClient.class));

				assertThat(registry).hasObservationWithNameEqualTo("http.client.requests")
					.that()
					.hasLowCardinalityKeyValue("uri", "/v1/events/trigger")
					.hasLowCardinalityKeyValue("status", "201");
				assertThat(registry).hasObservationWithNameEqualTo("novu.client.operation")
					.that()
					.hasLowCardinalityKeyValue("operation", "events.trigger");
			});
	}

	@Test
	void customizerChangesTheRealClient() {
		List<ResponseMetadata> responses = new ArrayList<>();
		this.runner.withBean(NovuClientCustomizer.class, () -> (builder) -> builder.responseListener(responses::add))
			.run((context) -> {
				trigger(context.getBean(NovuClient.class));

				assertThat(responses).singleElement()
					.satisfies((metadata) -> assertThat(metadata.operation()).isEqualTo("events.trigger"));
			});
	}

	private static void assertReadTimeoutApplies(ApplicationContextRunner runner) {
		server.stubFor(post("/v1/events/trigger").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(TRIGGERED)
			.withFixedDelay(3000)));
		runner.withPropertyValues("novu.read-timeout=300ms")
			.withBean(NovuClientCustomizer.class, () -> (builder) -> builder.retry(RetrySettings.disabled()))
			.run((context) -> {
				NovuClient novu = context.getBean(NovuClient.class);
				long start = System.nanoTime();

				assertThatExceptionOfType(NovuTimeoutException.class).isThrownBy(() -> trigger(novu));

				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
			});
	}

	private static TriggerResult trigger(NovuClient novu) {
		return novu.trigger(TriggerRequest.builder("order-placed").toSubscriber("cust-1").build());
	}

	private static LoggedRequest onlyRequest() {
		List<LoggedRequest> requests = server.findAll(WireMock.anyRequestedFor(WireMock.anyUrl()));
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

	private static ClientHttpRequestFactory countingFactory(AtomicInteger requests) {
		SimpleClientHttpRequestFactory delegate = new SimpleClientHttpRequestFactory();
		return new ClientHttpRequestFactory() {
			@Override
			public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
				requests.incrementAndGet();
				return delegate.createRequest(uri, httpMethod);
			}
		};
	}

}
