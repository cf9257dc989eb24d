package io.github.novu4j.sample.localnovu;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.github.novu4j.client.NovuAuthenticationException;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.events.BroadcastRequest;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.events.TriggerResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The stand-in answers the Novu client, and raw HTTP, in Novu's wire format.
 */
class LocalNovuTests {

	private static final String KEY = "nv-local-test-key";

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private LocalNovu localNovu;

	private NovuClient novu;

	@BeforeEach
	void start() {
		this.localNovu = LocalNovu.start();
		this.novu = NovuClient.builder().apiKey(KEY).baseUrl(this.localNovu.baseUrl()).build();
	}

	@AfterEach
	void stop() {
		this.localNovu.close();
	}

	@Test
	void listensOnALoopbackPort() {
		assertThat(this.localNovu.baseUrl()).isEqualTo("http://127.0.0.1:" + this.localNovu.port());
		assertThat(this.localNovu.port()).isPositive();
		assertThat(this.localNovu).hasToString("LocalNovu{baseUrl=" + this.localNovu.baseUrl() + "}");
	}

	@Test
	void triggerIsAcknowledgedAndRecorded() {
		TriggerResult result = this.novu.trigger(TriggerRequest.builder("welcome")
			.toSubscriber("user-1")
			.toTopic("beta-testers")
			.payload(Map.of("plan", "pro"))
			.transactionId("tx-given")
			.build());

		assertThat(result.acknowledged()).isTrue();
		assertThat(result.isProcessed()).isTrue();
		assertThat(result.transactionId()).isEqualTo("tx-given");
		LocalNovu.Trigger trigger = this.localNovu.triggers().get(0);
		assertThat(trigger.workflow()).isEqualTo("welcome");
		assertThat(trigger.to()).containsExactly("user-1", Map.of("type", "Topic", "topicKey", "beta-testers"));
		assertThat(trigger.payload()).isEqualTo(Map.of("plan", "pro"));
		assertThat(trigger.request().method()).isEqualTo("POST");
		assertThat(trigger.request().path()).isEqualTo("/v1/events/trigger");
		assertThat(trigger.request().header("authorization")).isEqualTo("ApiKey " + KEY);
		assertThat(trigger.request().toString()).doesNotContain(KEY);
	}

	@Test
	void triggerWithoutTransactionIdGetsOne() {
		String transactionId = this.novu.trigger(TriggerRequest.builder("welcome").toSubscriber("user-1").build())
			.transactionId();

		assertThat(transactionId).isNotBlank().isEqualTo(this.localNovu.triggers().get(0).transactionId());
	}

	@Test
	void bulkAndBroadcastAreAcknowledgedPerEvent() {
		List<TriggerResult> results = this.novu.triggerBulk(List.of(
				TriggerRequest.builder("a").toSubscriber("user-1").payload(Map.of("n", 1)).build(),
				TriggerRequest.builder("b").toSubscriber("user-2").payload(Map.of("n", 2)).build()));
		TriggerResult broadcast = this.novu
			.triggerBroadcast(BroadcastRequest.builder("news", Map.of("issue", 7)).build());

		assertThat(results).extracting(TriggerResult::isProcessed).containsExactly(true, true);
		assertThat(broadcast.isProcessed()).isTrue();
		assertThat(this.localNovu.triggers()).extracting(LocalNovu.Trigger::workflow).containsExactly("a", "b", "news");
		assertThat(this.localNovu.triggers().get(2).to()).isEmpty();
	}

	@Test
	void bulkEventWithoutPayloadFailsAlone() throws IOException, InterruptedException {
		HttpResponse<String> response = send("POST", "/v1/events/trigger/bulk", "ApiKey " + KEY,
				"{\"events\":[{\"name\":\"a\",\"to\":\"user-1\"},{\"name\":\"b\",\"to\":\"user-2\",\"payload\":{}}]}");

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.body()).startsWith("{\"data\":[{\"acknowledged\":true,\"status\":\"error\",\"error\":[")
			.contains("},{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":");
		assertThat(this.localNovu.triggers()).extracting(LocalNovu.Trigger::workflow).containsExactly("b");
	}

	@Test
	void cancelFindsNothingPending() {
		assertThat(this.novu.cancel("tx/with slash")).isFalse();

		assertThat(this.localNovu.requests().get(0).path()).isEqualTo("/v1/events/trigger/tx%2Fwith%20slash");
	}

	@Test
	void currentEnvironmentIsWrapped() throws IOException, InterruptedException {
		HttpResponse<String> response = send("GET", "/v1/environments/me", "ApiKey " + KEY, null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).startsWith("{\"data\":{\"_id\":\"")
			.contains("\"name\":\"Local stand-in\"", "\"_organizationId\":\"", "\"identifier\":\"",
					"\"_parentId\":\"")
			.doesNotContain(KEY);
	}

	@Test
	void missingOrWrongAuthorizationIsRejectedLikeNovu() throws IOException, InterruptedException {
		HttpResponse<String> missing = send("GET", "/v1/environments/me", null, null);
		HttpResponse<String> bearer = send("GET", "/v1/environments/me", "Bearer " + KEY, null);

		assertThat(missing.statusCode()).isEqualTo(401);
		assertThat(missing.body()).startsWith(
				"{\"statusCode\":401,\"message\":\"Missing authorization header\",\"error\":\"Unauthorized\"");
		assertThat(bearer.statusCode()).isEqualTo(401);
		assertThat(bearer.body()).contains("\"message\":\"Invalid authentication scheme: \\\"Bearer\\\"\"");
	}

	@Test
	void invalidTriggersAndUnknownRoutesAreRejectedLikeNovu() throws IOException, InterruptedException {
		HttpResponse<String> noName = send("POST", "/v1/events/trigger", "ApiKey " + KEY, "{\"to\":\"user-1\"}");
		HttpResponse<String> unknown = send("GET", "/v1/unknown", "ApiKey " + KEY, null);

		assertThat(noName.statusCode()).isEqualTo(400);
		assertThat(noName.body()).startsWith(
				"{\"statusCode\":400,\"message\":[\"name should not be empty\"],\"error\":\"Bad Request\"");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("\"message\":\"Cannot GET /v1/unknown\"");
		assertThat(this.localNovu.triggers()).isEmpty();
		assertThat(this.localNovu.requests()).hasSize(2);
	}

	@Test
	void authenticationFailureReachesTheClientAsSuch() {
		NovuClient withoutKeyOnTheWire = NovuClient.builder()
			.apiKey(KEY)
			.baseUrl(this.localNovu.baseUrl())
			.restClientBuilder(RestClient.builder().requestInterceptor((request, body, execution) -> {
				request.getHeaders().remove("Authorization");
				return execution.execute(request, body);
			}))
			.build();

		assertThatExceptionOfType(NovuAuthenticationException.class)
			.isThrownBy(() -> withoutKeyOnTheWire.trigger(TriggerRequest.builder("w").toSubscriber("s").build()))
			.withMessageContaining("Missing authorization header");
		assertThat(this.localNovu.triggers()).isEmpty();
	}

	@Test
	void resetForgetsEverything() {
		this.novu.trigger(TriggerRequest.builder("welcome").toSubscriber("user-1").build());

		this.localNovu.reset();

		assertThat(this.localNovu.requests()).isEmpty();
		assertThat(this.localNovu.triggers()).isEmpty();
	}

	private HttpResponse<String> send(String method, String path, String authorization, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.localNovu.baseUrl() + path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody());
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
