package io.github.novu4j.autoconfigure;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.novu4j.autoconfigure.testing.WireMockNovu;
import io.github.novu4j.client.NovuAuthenticationException;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuServerException;
import io.github.novu4j.client.NovuTransportException;
import io.github.novu4j.client.events.TriggerRequest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * On every HTTP client Spring Boot can pick ({@code spring.http.clients.imperative.factory}), the Novu
 * client's retry policy is the only one: the HTTP library's own retries are off for Novu's requests.
 */
class NovuTransportRetriesTests {

	@RegisterExtension
	static WireMockNovu novu = new WireMockNovu();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				NovuAutoConfiguration.class))
		.withPropertyValues("novu.api-key=" + TestKeys.API_KEY, "novu.base-url=" + novu.baseUrl(),
				"novu.retry.initial-interval=10ms");

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "jdk, JdkClientHttpRequestFactoryBuilder", "http-components, HttpComponentsClientHttpRequestFactoryBuilder",
			"jetty, JettyClientHttpRequestFactoryBuilder", "reactor, ReactorClientHttpRequestFactoryBuilder" })
	void withoutIdempotencyKeysAPostThatGot503IsSentExactlyOnce(String factory, String builderType) {
		novu.stubFor(post("/v1/events/trigger").willReturn(WireMockNovu.json(503,
				"{\"statusCode\":503,\"message\":\"Service Unavailable\"}")));
		this.runner.withPropertyValues("spring.http.clients.imperative.factory=" + factory, "novu.idempotency.enabled=false")
			.run((context) -> {
				assertThat(context.getBean(ClientHttpRequestFactoryBuilder.class).getClass().getSimpleName())
					.isEqualTo(builderType);
				NovuClient client = context.getBean(NovuClient.class);

				assertThatExceptionOfType(NovuServerException.class).isThrownBy(
						() -> client.trigger(TriggerRequest.builder("order-placed").toSubscriber("cust-1").build()));

				assertThat(novu.count(postRequestedFor(urlPathEqualTo("/v1/events/trigger")), 2))
					.as("the library must not resend a POST the client would not retry")
					.isEqualTo(1);
			});
	}

	/** Jetty would fail a 401 without {@code WWW-Authenticate} by itself and add its own User-Agent. */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "jdk", "http-components", "jetty", "reactor" })
	void a401IsNovusAnswerAndTheUserAgentIsTheClients(String factory) {
		novu.stubFor(post("/v1/events/trigger").willReturn(WireMockNovu.json(401,
				"{\"statusCode\":401,\"message\":\"API Key not found\",\"error\":\"Unauthorized\"}")));
		this.runner.withPropertyValues("spring.http.clients.imperative.factory=" + factory).run((context) -> {
			NovuClient client = context.getBean(NovuClient.class);

			assertThatExceptionOfType(NovuAuthenticationException.class).isThrownBy(
					() -> client.trigger(TriggerRequest.builder("order-placed").toSubscriber("cust-1").build()));

			assertThat(novu.find(postRequestedFor(urlPathEqualTo("/v1/events/trigger")))).singleElement()
				.satisfies((request) -> assertThat(request.header("User-Agent").values()).singleElement()
					.asString()
					.startsWith("novu-java/"));
		});
	}

	/**
	 * With the client's retries off, a GET whose connection is reset reaches Novu once; only the JDK
	 * client resends an idempotent request by itself when a connection closes before any answer, which it
	 * offers no per-client switch for (docs/reliability.md).
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "jdk, 2", "http-components, 1", "jetty, 1", "reactor, 1" })
	void withRetriesOffAResetGetIsNotResentByTheLibrary(String factory, int requests) {
		novu.stubFor(get(urlPathEqualTo("/v1/subscribers/cust-1"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		this.runner.withPropertyValues("spring.http.clients.imperative.factory=" + factory, "novu.retry.enabled=false")
			.run((context) -> {
				NovuClient client = context.getBean(NovuClient.class);

				assertThatExceptionOfType(NovuTransportException.class)
					.isThrownBy(() -> client.subscribers().retrieve("cust-1"));

				assertThat(novu.count(getRequestedFor(urlPathEqualTo("/v1/subscribers/cust-1")), requests + 1))
					.isEqualTo(requests);
			});
	}

	/**
	 * Which HTTP client Novu's calls use when {@code spring.http.clients.imperative.factory} is not set:
	 * Boot detects Apache HttpClient 5, then Jetty, then Reactor Netty, then the JDK client. A WebFlux
	 * application has Reactor Netty (and neither Apache nor Jetty) on its class path, so its
	 * {@code RestClient}, and Novu's, run on Reactor Netty.
	 */
	@ParameterizedTest(name = "hidden: {0}")
	@CsvSource(delimiter = '|', value = { "|HttpComponentsClientHttpRequestFactoryBuilder",
			"org.apache.hc.client5|JettyClientHttpRequestFactoryBuilder",
			"org.apache.hc.client5,org.eclipse.jetty.client|ReactorClientHttpRequestFactoryBuilder",
			"org.apache.hc.client5,org.eclipse.jetty.client,reactor.netty.http.client|JdkClientHttpRequestFactoryBuilder" })
	void withoutAFactorySetBootDetectsTheClientAndAWebFluxAppGetsReactorNetty(String hidden, String builderType) {
		ApplicationContextRunner detecting = this.runner;
		if (hidden != null) {
			detecting = detecting.withClassLoader(new FilteredClassLoader(hidden.split(",")));
		}
		detecting.run((context) -> {
			assertThat(context.getBean(ClientHttpRequestFactoryBuilder.class).getClass().getSimpleName())
				.isEqualTo(builderType);
			novu.stubFor(post("/v1/events/trigger").willReturn(WireMockNovu.json(201,
					"{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"tx-1\"}}")));
			assertThat(context.getBean(NovuClient.class)
				.trigger(TriggerRequest.builder("order-placed").toSubscriber("cust-1").build())
				.transactionId()).isEqualTo("tx-1");
		});
	}

}
