package io.github.novu4j.client;

import java.time.Duration;
import java.util.Map;

import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.events.TriggerResult;
import io.github.novu4j.client.subscribers.ChatOauthRequest;
import io.github.novu4j.client.subscribers.ChatOauthResult;
import io.github.novu4j.client.testing.MockNovu;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The README's opt-in Apache HttpClient 5 transport (docs/benchmarks.md: 5 to 7 times cheaper per call than
 * the JDK client): triggers go out as with the default, the OAuth redirect still reaches the caller, and
 * the read timeout applies.
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

}
