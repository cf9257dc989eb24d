package io.github.novu4j.client.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.github.novu4j.client.NovuAuthenticationException;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuConnectionException;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.events.Recipient;
import io.github.novu4j.client.events.SubscriberRecipient;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.subscribers.ChannelCredentials;
import io.github.novu4j.client.subscribers.SubscriberChannel;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Captures what the client logs at TRACE (everything) and proves that the API key and credential values
 * never appear, while the attempt lines and bodies do.
 */
class NovuTransportLoggingTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	private static final String WEBHOOK_SECRET = "https://hooks.slack.example/services/T0/B0/w3bh00kS3cret";

	private static final String DEVICE_TOKEN = "fcm-device-token-9d8c7b";

	private static final String OTHER_KEY = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

	private static final String PROVIDER_SECRET = "SG.sendgrid-secret-value";

	private final Logger logger = (Logger) LoggerFactory.getLogger(NovuTransport.class);

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private Level previousLevel;

	@BeforeEach
	void captureLogs() {
		this.previousLevel = this.logger.getLevel();
		this.logger.setLevel(Level.TRACE);
		this.appender.start();
		this.logger.addAppender(this.appender);
	}

	@AfterEach
	void restoreLogs() {
		this.logger.detachAppender(this.appender);
		this.logger.setLevel(this.previousLevel);
	}

	@Test
	void everyAttemptIsOneDebugLineAndBodiesAreTracedWithSecretsRedacted() {
		novu.stubFor(post("/v1/events/trigger").willReturn(json(201,
				"{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"tx-77\"}}")));
		novu.stubFor(get("/v1/environments").willReturn(json(200, "{\"data\":[{\"_id\":\"e1\",\"name\":\"Production\","
				+ "\"apiKeys\":[{\"key\":\"" + MockNovu.API_KEY + "\",\"_userId\":\"u1\"},{\"key\":\"" + OTHER_KEY
				+ "\",\"_userId\":\"u2\"}],\"credentials\":{\"apiKey\":\"" + PROVIDER_SECRET + "\"}}]}")));
		NovuClient client = novu.client();

		client.trigger(TriggerRequest.builder("order-shipped")
			.to(Recipient.subscriber(SubscriberRecipient.builder("user-42")
				.channel(new SubscriberChannel("slack", null, ChannelCredentials.webhook(WEBHOOK_SECRET)))
				.channel(new SubscriberChannel("fcm", null, ChannelCredentials.deviceTokens(List.of(DEVICE_TOKEN))))
				.build()))
			.payload(Map.of("orderId", 1234, "note", "key is " + MockNovu.API_KEY))
			.build(), RequestOptions.builder().idempotencyKey("order-1234").build());
		client.environments().list();

		assertThat(messages(Level.DEBUG)).satisfiesExactly(
				(line) -> assertThat(line).matches("Novu events\\.trigger POST /v1/events/trigger -> 201 in \\d+ ms "
						+ "\\(attempt 1, idempotency key order-1234\\)"),
				(line) -> assertThat(line).matches("Novu environments\\.list GET /v1/environments -> 200 in \\d+ ms "
						+ "\\(attempt 1, idempotency key null\\)"));
		List<String> trace = messages(Level.TRACE);
		assertThat(trace).hasSize(3);
		assertThat(trace.get(0)).startsWith("Novu events.trigger POST /v1/events/trigger request body (attempt 1): {")
			.contains("\"name\":\"order-shipped\"", "\"orderId\":1234", "\"providerId\":\"slack\"",
					"\"webhookUrl\":\"<redacted>\"", "\"deviceTokens\":[\"<redacted>\"]", "\"note\":\"key is <redacted>\"");
		assertThat(trace.get(1)).isEqualTo("Novu events.trigger POST /v1/events/trigger -> 201 response body: "
				+ "{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"tx-77\"}}");
		assertThat(trace.get(2)).startsWith("Novu environments.list GET /v1/environments -> 200 response body: {")
			.contains("\"name\":\"Production\"", "\"key\":\"<redacted>\"", "\"apiKey\":\"<redacted>\"");
		assertNoSecretWasLogged();
	}

	@Test
	void failedAttemptsAndErrorBodiesAreLoggedWithoutTheKey() {
		// A 401 body that echoes the key (the real server does not, a proxy might): the safety net replaces it.
		novu.stubFor(get("/v1/environments/me").willReturn(json(401,
				"{\"statusCode\":401,\"message\":\"API Key " + MockNovu.API_KEY + " not found\",\"error\":\"Unauthorized\"}")));

		assertThatExceptionOfType(NovuAuthenticationException.class).isThrownBy(() -> novu.client().environments().retrieve());

		assertThat(messages(Level.DEBUG)).singleElement().asString().matches(
				"Novu environments.retrieve GET /v1/environments/me -> 401 in \\d+ ms \\(attempt 1, idempotency key null\\)");
		assertThat(messages(Level.TRACE)).singleElement().asString()
			.endsWith("-> 401 response body: {\"statusCode\":401,\"message\":\"API Key <redacted> not found\","
					+ "\"error\":\"Unauthorized\"}");
		assertNoSecretWasLogged();
	}

	@Test
	void anUnreachableNovuIsOneDebugLinePerAttemptNamingTheFailure() {
		NovuClient client = novu.client((builder) -> builder.baseUrl("http://127.0.0.1:1"));

		assertThatExceptionOfType(NovuConnectionException.class)
			.isThrownBy(() -> client.environments().retrieve(RequestOptions.builder()
				.retry(RetrySettings.builder()
					.maxAttempts(2)
					.initialInterval(Duration.ofMillis(1))
					.build())
				.build()));

		assertThat(messages(Level.DEBUG)).hasSize(2)
			.allMatch((line) -> line.startsWith("Novu environments.retrieve GET /v1/environments/me -> NovuConnectionException in "))
			.anyMatch((line) -> line.endsWith("(attempt 2, idempotency key null)"));
		assertNoSecretWasLogged();
	}

	private List<String> messages(Level level) {
		return this.appender.list.stream()
			.filter((event) -> event.getLevel() == level)
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
	}

	private void assertNoSecretWasLogged() {
		assertThat(this.appender.list).isNotEmpty().allSatisfy((event) -> {
			String logged = event.getFormattedMessage()
					+ ((event.getThrowableProxy() != null) ? ThrowableProxyUtil.asString(event.getThrowableProxy()) : "");
			assertThat(logged).doesNotContain(MockNovu.API_KEY, WEBHOOK_SECRET, DEVICE_TOKEN, OTHER_KEY, PROVIDER_SECRET);
		});
	}

}
