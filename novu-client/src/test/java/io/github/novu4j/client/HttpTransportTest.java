package io.github.novu4j.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.subscribers.ChatOauthRequest;
import io.github.novu4j.client.subscribers.ChatOauthResult;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which HTTP client the builder builds for itself ({@link HttpTransport}): with httpclient5 on the class path
 * (as here) it picks Apache HttpClient 5, a user can still ask for the JDK client, and a request factory of
 * the user's wins. On both transports the client's retry policy is the only one (a retried POST keeps its
 * key, nothing is resent by the library), redirects are not followed, and no cookie comes back. Without
 * httpclient5 on the class path: {@code internal/WithoutApacheTest}.
 */
class HttpTransportTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	private static final String ACCEPTED = "{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"tx-1\"}}";

	@Test
	void byDefaultTheBuilderPicksApacheHttpClientWhenItIsOnTheClassPath() {
		assertThat(NovuClient.builder().resolveHttpTransport()).isEqualTo(HttpTransport.APACHE_HTTP_CLIENT_5);
		assertThat(NovuClient.builder().httpTransport(HttpTransport.DETECT).resolveHttpTransport())
			.isEqualTo(HttpTransport.APACHE_HTTP_CLIENT_5);
	}

	@Test
	void theJdkClientCanBeAskedForWithApacheOnTheClassPath() {
		assertThat(NovuClient.builder().httpTransport(HttpTransport.JDK).resolveHttpTransport())
			.isEqualTo(HttpTransport.JDK);
	}

	@Test
	void aRequestFactoryOfTheUsersWins() {
		assertThat(NovuClient.builder()
			.httpTransport(HttpTransport.JDK)
			.requestFactory(new SimpleClientHttpRequestFactory())
			.resolveHttpTransport()).isNull();
		assertThat(NovuClient.builder()
			.requestFactoryFromTimeouts((connect, read) -> new SimpleClientHttpRequestFactory())
			.resolveHttpTransport()).isNull();
	}

	@Test
	void aNullChoiceIsRefused() {
		assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> NovuClient.builder().httpTransport(null))
			.withMessage("httpTransport");
	}

	@ParameterizedTest
	@EnumSource(value = HttpTransport.class, names = { "DETECT", "JDK" })
	void oneDebugLineNamesTheTransportPickedAndNeverTheKey(HttpTransport asked) {
		Logger logger = (Logger) LoggerFactory.getLogger(NovuClientBuilder.class);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		try {
			novu.client((builder) -> builder.httpTransport(asked));
		}
		finally {
			logger.detachAppender(appender);
		}
		HttpTransport picked = (asked == HttpTransport.JDK) ? HttpTransport.JDK : HttpTransport.APACHE_HTTP_CLIENT_5;
		assertThat(appender.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
			assertThat(event.getFormattedMessage()).isEqualTo("Novu client HTTP transport: " + picked + " (httpTransport " + asked + ")")
				.doesNotContain(MockNovu.API_KEY);
		});
	}

	@ParameterizedTest
	@EnumSource(value = HttpTransport.class, names = { "APACHE_HTTP_CLIENT_5", "JDK" })
	void aRetriedPostKeepsItsKeyAndOnlyTheClientsPolicyRetries(HttpTransport transport) {
		novu.stubFor(post("/v1/events/trigger").willReturn(
				json(503, "{\"statusCode\":503,\"message\":\"Service Unavailable\"}").withHeader("Retry-After", "0")));
		NovuClient client = novu.client((builder) -> builder.httpTransport(transport)
			.retry(RetrySettings.builder().maxAttempts(3).initialInterval(Duration.ofMillis(1)).build()));

		assertThatExceptionOfType(NovuServerException.class)
			.isThrownBy(() -> client.trigger(TriggerRequest.builder("w").toSubscriber("s").payload(Map.of("a", 1)).build()));

		List<String> keys = novu.requests().stream().map((request) -> request.getHeader("Idempotency-Key")).toList();
		assertThat(keys).hasSize(3).doesNotContainNull().containsOnly(keys.get(0));
	}

	@ParameterizedTest
	@EnumSource(value = HttpTransport.class, names = { "APACHE_HTTP_CLIENT_5", "JDK" })
	void redirectsAreNotFollowedAndCookiesNotKept(HttpTransport transport) {
		String landing = novu.baseUrl() + "/provider-authorize";
		novu.stubFor(get(urlPathEqualTo("/v1/subscribers/user-42/credentials/slack/oauth"))
			.willReturn(aResponse().withStatus(302).withHeader("Location", landing).withHeader("Set-Cookie", "session=abc; Path=/")));
		novu.stubFor(post("/v1/events/trigger").willReturn(json(201, ACCEPTED)));
		NovuClient client = novu.client((builder) -> builder.httpTransport(transport));

		ChatOauthResult result = client.subscribers()
			.authentication()
			.chatAccessOauth(ChatOauthRequest.of("user-42", "slack", "env-1", "hmac-1"));
		client.trigger(TriggerRequest.builder("w").toSubscriber("s").build());

		assertThat(result.status()).isEqualTo(302);
		assertThat(result.location()).isEqualTo(landing);
		assertThat(novu.requests()).hasSize(2);
		assertThat(novu.requests().get(1).getHeader("Cookie")).isNull();
		assertThat(novu.requests().get(1).getHeader("Accept-Encoding")).as("no compression asked for").isNull();
	}

	@Test
	void aDefaultBuiltClientReallySendsThroughApacheHttpClient() {
		novu.stubFor(post("/v1/events/trigger").willReturn(json(201, ACCEPTED)));

		novu.client().trigger(TriggerRequest.builder("w").toSubscriber("s").build());
		novu.client((builder) -> builder.httpTransport(HttpTransport.JDK))
			.trigger(TriggerRequest.builder("w").toSubscriber("s").build());

		// Apache's classic client announces keep-alive; the JDK client sends no Connection header.
		assertThat(novu.requests()).extracting((request) -> request.getHeader("Connection"))
			.containsExactly("keep-alive", null);
	}

	@Test
	void askingForApacheWorksAndTheReadTimeoutApplies() {
		novu.stubFor(post("/v1/events/trigger").willReturn(json(201, ACCEPTED).withFixedDelay(2000)));
		NovuClient client = novu.client((builder) -> builder.httpTransport(HttpTransport.APACHE_HTTP_CLIENT_5)
			.readTimeout(Duration.ofMillis(300))
			.retry(RetrySettings.disabled()));

		assertThatExceptionOfType(NovuTimeoutException.class)
			.isThrownBy(() -> client.trigger(TriggerRequest.builder("w").toSubscriber("s").build()))
			.withMessageContaining("read timeout of 300 ms");
	}

}
