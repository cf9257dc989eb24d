package io.github.novu4j.client;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.events.TriggerResult;
import io.github.novu4j.client.subscribers.ChatOauthRequest;
import io.github.novu4j.client.subscribers.ChatOauthResult;
import io.github.novu4j.client.testing.MockNovu;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The README's opt-in Apache HttpClient 5 transport, which is also what Spring Boot picks when httpclient5 is
 * on the class path: triggers go out as with the default, the OAuth redirect still reaches the caller, the
 * read timeout applies. The client sends through the factory's HttpClient with its own adapter
 * ({@code internal/ApacheHttpRequestFactory}): what Spring's adapter honoured is still honoured (the
 * factory's context factory, a subclass's hooks, an empty body for a DELETE), and the call's budget cuts an
 * attempt in flight also when the read timeout is in the connection configuration, as Spring Boot puts it.
 */
class ApacheHttpClientTest {

	@RegisterExtension
	static MockNovu mockNovu = new MockNovu();

	private static NovuClient apacheClient(Duration readTimeout) {
		// As in the README and docs/reliability.md: Apache's own retries and redirects off.
		CloseableHttpClient httpClient = HttpClients.custom().disableAutomaticRetries().disableRedirectHandling().build();
		HttpComponentsClientHttpRequestFactory apache = new HttpComponentsClientHttpRequestFactory(httpClient);
		apache.setReadTimeout(readTimeout);
		return NovuClient.builder()
			.apiKey(MockNovu.API_KEY)
			.baseUrl(mockNovu.baseUrl())
			.requestFactory(apache)
			.retry(RetrySettings.disabled())
			.build();
	}

	@Test
	void triggersOverApacheHttpClient() {
		mockNovu.stubFor(post("/v1/events/trigger").willReturn(
				json(201, "{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"tx-a\"}}")));

		TriggerResult result = apacheClient(Duration.ofSeconds(30))
			.trigger(TriggerRequest.builder("order-shipped").toSubscriber("user-42").payload(Map.of("orderId", 1)).build());

		assertThat(result.transactionId()).isEqualTo("tx-a");
		var request = mockNovu.requests().get(0);
		assertThat(request.getHeader("Authorization")).isEqualTo("ApiKey " + MockNovu.API_KEY);
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
		assertThat(request.getBodyAsString()).contains("\"name\":\"order-shipped\"");
	}

	@Test
	void theOauthRedirectReachesTheCallerUnfollowed() {
		String landing = mockNovu.baseUrl() + "/provider-authorize";
		mockNovu.stubFor(get(urlPathEqualTo("/v1/subscribers/user-42/credentials/slack/oauth"))
			.willReturn(aResponse().withStatus(302).withHeader("Location", landing)));

		ChatOauthResult result = apacheClient(Duration.ofSeconds(30)).subscribers()
			.authentication()
			.chatAccessOauth(ChatOauthRequest.of("user-42", "slack", "env-1", "hmac-1"));

		assertThat(result.status()).isEqualTo(302);
		assertThat(result.location()).isEqualTo(landing);
		assertThat(mockNovu.requests()).hasSize(1);
	}

	@Test
	void theReadTimeoutApplies() {
		mockNovu.stubFor(post("/v1/events/trigger").willReturn(json(201, "{\"data\":{}}").withFixedDelay(2000)));

		assertThatExceptionOfType(NovuTimeoutException.class).isThrownBy(() -> apacheClient(Duration.ofMillis(200))
			.trigger(TriggerRequest.builder("w").toSubscriber("s").build()));
	}

	@Test
	void aDeleteWithoutBodySendsAnEmptyOne() {
		mockNovu.stubFor(delete("/v1/topics/ops-team").willReturn(aResponse().withStatus(204)));

		apacheClient(Duration.ofSeconds(30)).topics().delete("ops-team");

		var request = mockNovu.requests().get(0);
		assertThat(request.getHeader("Content-Length")).isEqualTo("0");
		assertThat(request.getHeader("Authorization")).isEqualTo("ApiKey " + MockNovu.API_KEY);
		assertThat(request.getHeader("Accept")).contains("application/json");
	}

	@Test
	void theFactorysContextFactoryIsUsedForEveryRequest() {
		mockNovu.stubFor(post("/v1/events/trigger").willReturn(
				json(201, "{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"tx-c\"}}")));
		AtomicInteger contexts = new AtomicInteger();
		HttpComponentsClientHttpRequestFactory apache = new HttpComponentsClientHttpRequestFactory(
				HttpClients.custom().disableAutomaticRetries().disableRedirectHandling().build());
		apache.setHttpContextFactory((method, uri) -> {
			contexts.incrementAndGet();
			return HttpClientContext.create();
		});
		NovuClient client = NovuClient.builder()
			.apiKey(MockNovu.API_KEY)
			.baseUrl(mockNovu.baseUrl())
			.requestFactory(apache)
			.build();

		client.trigger(TriggerRequest.builder("w").toSubscriber("s").build());
		client.trigger(TriggerRequest.builder("w").toSubscriber("s").build());

		assertThat(contexts).hasValue(2);
	}

	@Test
	void aSubclassOfTheFactoryKeepsItsHooks() {
		mockNovu.stubFor(post("/v1/events/trigger").willReturn(
				json(201, "{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"tx-s\"}}")));
		HttpComponentsClientHttpRequestFactory apache = new HttpComponentsClientHttpRequestFactory(
				HttpClients.custom().disableAutomaticRetries().disableRedirectHandling().build()) {
			@Override
			protected void postProcessHttpRequest(ClassicHttpRequest request) {
				request.addHeader("X-Post-Processed", "yes");
			}
		};
		NovuClient client = NovuClient.builder()
			.apiKey(MockNovu.API_KEY)
			.baseUrl(mockNovu.baseUrl())
			.requestFactory(apache)
			.build();

		assertThat(client.trigger(TriggerRequest.builder("w").toSubscriber("s").build()).transactionId()).isEqualTo("tx-s");
		assertThat(mockNovu.requests().get(0).getHeader("X-Post-Processed")).isEqualTo("yes");
	}

	@Test
	void theCallsBudgetCutsAnAttemptWhoseReadTimeoutIsInTheConnectionConfiguration() {
		mockNovu.stubFor(post("/v1/events/trigger").willReturn(json(201, "{\"data\":{}}").withFixedDelay(5000)));
		// As Spring Boot builds it: the read timeout is the connections' socket timeout, and the client is
		// made from the builder's timeouts.
		NovuClient client = NovuClient.builder()
			.apiKey(MockNovu.API_KEY)
			.baseUrl(mockNovu.baseUrl())
			.readTimeout(Duration.ofSeconds(20))
			.requestFactoryFromTimeouts((connect, read) -> new HttpComponentsClientHttpRequestFactory(HttpClients.custom()
				.disableAutomaticRetries()
				.disableRedirectHandling()
				.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
					.setDefaultConnectionConfig(ConnectionConfig.custom()
						.setSocketTimeout((int) read.toMillis(), TimeUnit.MILLISECONDS)
						.build())
					.build())
				.build()))
			.build();
		long start = System.nanoTime();

		assertThatExceptionOfType(NovuTimeoutException.class)
			.isThrownBy(() -> client.trigger(TriggerRequest.builder("w").toSubscriber("s").build(),
					RequestOptions.builder().timeout(Duration.ofMillis(400)).build()))
			.withMessageContaining("time budget of 400 ms");
		// Far below the 5 s delay and the 20 s read timeout; generous for a busy machine.
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(400), Duration.ofMillis(4000));
	}

}
