package io.github.novu4j.client;

import java.util.Map;

import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every error shape of WIRE-FORMAT §2 becomes the right exception, with everything Novu said, and never the key.
 */
class ErrorResponsesTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	private static final TriggerRequest TRIGGER = TriggerRequest.builder("w").toSubscriber("s").payload(Map.of()).build();

	private NovuApiException triggerFailure(int status, String body) {
		novu.stubFor(post("/v1/events/trigger").willReturn(json(status, body)));
		NovuClient client = novu.client((builder) -> builder.retry(RetrySettings.disabled()));
		NovuApiException failure = catchThrowableOfType(NovuApiException.class, () -> client.trigger(TRIGGER));
		assertThat(failure).as("an exception").isNotNull();
		assertThat(failure.getMessage()).doesNotContain(MockNovu.API_KEY);
		assertThat(failure.toString()).doesNotContain(MockNovu.API_KEY);
		assertThat(failure.getOperation()).isEqualTo("events.trigger");
		return failure;
	}

	@Test
	void notFoundWithStringMessageAndExtraKeys() {
		NovuApiException failure = triggerFailure(404, "{\"statusCode\":404,\"message\":\"Subscriber 'x' was not found\","
				+ "\"error\":\"Not Found\",\"timestamp\":\"2024-12-13T10:00:00.000Z\",\"path\":\"/v1/events/trigger\","
				+ "\"ctx\":{\"a\":1},\"externalSubscriberId\":\"x\"}");

		assertThat(failure).isInstanceOf(NovuNotFoundException.class);
		assertThat(failure.getStatusCode()).isEqualTo(404);
		assertThat(failure.getNovuMessage()).isEqualTo("Subscriber 'x' was not found");
		assertThat(failure.getError()).isEqualTo("Not Found");
		assertThat(failure.getPath()).isEqualTo("/v1/events/trigger");
		assertThat(failure.getMessage()).isEqualTo("events.trigger failed: HTTP 404 Not Found (POST /v1/events/trigger):"
				+ " Subscriber 'x' was not found");
		assertThat(failure.getRawBody()).contains("externalSubscriberId");
	}

	@Test
	void validation2024WithMessageArray() {
		NovuApiException failure = triggerFailure(400, "{\"statusCode\":400,\"message\":[\"name should not be empty\","
				+ "\"to must be an array\"],\"error\":\"Bad Request\"}");

		assertThat(failure).isInstanceOf(NovuValidationException.class);
		assertThat(failure.getMessages()).containsExactly("name should not be empty", "to must be an array");
		assertThat(failure.getValidationErrors()).singleElement()
			.satisfies((error) -> assertThat(error.messages()).hasSize(2));
		assertThat(failure.getMessage()).contains("name should not be empty; to must be an array");
	}

	@Test
	void validation2024CommandShapeWithCause() {
		NovuApiException failure = triggerFailure(400, "{\"statusCode\":400,\"message\":\"Validation failed\","
				+ "\"cause\":{\"email\":{\"messages\":[\"email must be an email\"],\"value\":\"nope\"}}}");

		assertThat(failure).isInstanceOf(NovuValidationException.class);
		assertThat(failure.getValidationErrors()).containsExactly(
				new ValidationError("email", java.util.List.of("email must be an email"), "\"nope\""));
		assertThat(failure.getMessage()).contains("Validation failed; email: email must be an email");
	}

	@Test
	void validation2026ShapeWithErrorsMapAs422() {
		NovuApiException failure = triggerFailure(422, "{\"statusCode\":422,\"message\":\"Validation Error\","
				+ "\"errors\":{\"to\":{\"messages\":[\"to should not be empty\"],\"value\":[]},"
				+ "\"payload.x\":{\"messages\":[\"must be a string\"],\"value\":3}}}");

		assertThat(failure).isInstanceOf(NovuValidationException.class);
		assertThat(failure.getValidationErrors()).extracting(ValidationError::field).containsExactly("to", "payload.x");
		assertThat(failure.getValidationErrors().get(1).value()).isEqualTo("3");
	}

	@Test
	void unknownWorkflowIs422WorkflowNotFound() {
		NovuApiException failure = triggerFailure(422, "{\"statusCode\":422,\"message\":\"workflow_not_found\","
				+ "\"error\":\"Unprocessable Entity\"}");

		assertThat(failure).isInstanceOf(NovuValidationException.class);
		assertThat(failure.getNovuMessage()).isEqualTo("workflow_not_found");
	}

	@Test
	void idempotencyKeyReuseIsItsOwnTerminalType() {
		NovuApiException failure = triggerFailure(422, "{\"statusCode\":422,\"message\":\"Request with key "
				+ "\\\"k-1\\\" is being reused for a different body\",\"error\":\"Unprocessable Entity\"}");

		assertThat(failure).isInstanceOf(NovuIdempotencyKeyReuseException.class);
		assertThat(failure.getMessage()).contains("already used for a request with a different body");
	}

	@Test
	void authenticationFailures() {
		assertThat(triggerFailure(401, "{\"statusCode\":401,\"message\":\"API Key not found\",\"error\":\"Unauthorized\"}"))
			.isInstanceOf(NovuAuthenticationException.class)
			.hasMessageContaining("API Key not found");
		assertThat(triggerFailure(403, "{\"statusCode\":403,\"message\":\"Forbidden\"}"))
			.isInstanceOf(NovuAuthenticationException.class);
	}

	@Test
	void conflictAndPaymentRequired() {
		assertThat(triggerFailure(409, "{\"statusCode\":409,\"message\":\"Topic exists\"}"))
			.isInstanceOf(NovuConflictException.class);
		NovuApiException quota = triggerFailure(402, "{\"statusCode\":402,\"message\":\"Quota exceeded\"}");
		assertThat(quota.getClass()).isEqualTo(NovuApiException.class);
		assertThat(quota.getStatusCode()).isEqualTo(402);
	}

	@Test
	void rateLimitedWithoutErrorFieldCarriesRetryAfterAndRateLimitHeaders() {
		novu.stubFor(post("/v1/events/trigger").willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withHeader("Retry-After", "7")
			.withHeader("RateLimit-Limit", "60")
			.withHeader("RateLimit-Remaining", "0")
			.withHeader("RateLimit-Reset", "4")
			.withHeader("RateLimit-Policy", "60;w=5")
			.withBody("{\"statusCode\":429,\"message\":\"API rate limit exceeded\"}")));
		NovuClient client = novu.client((builder) -> builder.retry(RetrySettings.disabled()));

		NovuRateLimitException failure = catchThrowableOfType(NovuRateLimitException.class, () -> client.trigger(TRIGGER));

		assertThat(failure.getRetryAfter()).hasSeconds(7);
		assertThat(failure.getError()).isNull();
		assertThat(failure.getRateLimit()).isEqualTo(new RateLimit(60L, 0L, java.time.Duration.ofSeconds(4), "60;w=5"));
	}

	@Test
	void serverErrorQuotesErrorId() {
		NovuApiException failure = triggerFailure(500, "{\"statusCode\":500,\"message\":\"Internal server error, contact support"
				+ " and provide them with the errorId\",\"errorId\":\"e-123\"}");

		assertThat(failure).isInstanceOf(NovuServerException.class);
		assertThat(failure.getErrorId()).isEqualTo("e-123");
		assertThat(failure.getMessage()).endsWith("[errorId e-123]");
	}

	@Test
	void nonJsonErrorBodyIsKeptRaw() {
		novu.stubFor(post("/v1/events/trigger").willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "text/html")
			.withBody("<html>upstream unavailable</html>")));
		NovuClient client = novu.client((builder) -> builder.retry(RetrySettings.disabled()));

		NovuApiException failure = catchThrowableOfType(NovuApiException.class, () -> client.trigger(TRIGGER));

		assertThat(failure).isInstanceOf(NovuServerException.class);
		assertThat(failure.getRawBody()).isEqualTo("<html>upstream unavailable</html>");
		assertThat(failure.getNovuMessage()).contains("upstream unavailable");
	}

	@Test
	void dataFalseIsFalseAndNotNoResult() {
		novu.stubFor(delete("/v1/events/trigger/t").willReturn(json(200, "{\"data\":false}")));

		assertThat(novu.client().cancel("t")).isFalse();
	}

	@Test
	void emptyOrNullResultWhereOneIsExpectedIsAClearFailure() {
		novu.stubFor(delete("/v1/events/trigger/empty").willReturn(aResponse().withStatus(204)));
		novu.stubFor(delete("/v1/events/trigger/null").willReturn(json(200, "{\"data\":null}")));
		NovuClient client = novu.client();

		assertThatThrownBy(() -> client.cancel("empty")).isInstanceOf(NovuTransportException.class)
			.hasMessageContaining("without a result");
		assertThatThrownBy(() -> client.cancel("null")).isInstanceOf(NovuTransportException.class);
	}

	@Test
	void nonJsonSuccessBodyIsNotParsedAsJson() {
		novu.stubFor(delete("/v1/events/trigger/html").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html")
			.withBody("{\"data\":true}")));
		NovuClient client = novu.client((builder) -> builder.retry(RetrySettings.disabled()));

		assertThatThrownBy(() -> client.cancel("html")).isInstanceOf(NovuTransportException.class)
			.hasMessageContaining("expected JSON from Novu but got text/html");
	}

	@Test
	void connectionRefusedIsAConnectionException() throws Exception {
		int closedPort;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		NovuClient client = NovuClient.builder()
			.apiKey(MockNovu.API_KEY)
			.baseUrl("http://127.0.0.1:" + closedPort)
			.retry(RetrySettings.disabled())
			.build();

		assertThatThrownBy(() -> client.trigger(TRIGGER)).isInstanceOf(NovuConnectionException.class)
			.hasMessageContaining("could not connect to Novu")
			.hasMessageContaining("events.trigger")
			.hasMessageNotContaining(MockNovu.API_KEY);
	}

	@Test
	void readTimeoutIsATimeoutException() {
		novu.stubFor(post("/v1/events/trigger").willReturn(json(201, "{\"data\":{}}").withFixedDelay(400)));
		NovuClient client = novu.client((builder) -> builder.retry(RetrySettings.disabled())
			.readTimeout(java.time.Duration.ofMillis(100)));

		assertThatThrownBy(() -> client.trigger(TRIGGER)).isInstanceOf(NovuTimeoutException.class)
			.hasMessageContaining("did not answer within the read timeout of ");
	}

}
