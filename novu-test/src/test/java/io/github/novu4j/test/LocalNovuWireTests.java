package io.github.novu4j.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the client would refuse to send, sent raw: invalid requests get Novu's statuses and error bodies
 * (WIRE-FORMAT §1, §2, §4, §5, §7), and the wire details the client does not expose ({@code exclude}).
 */
@ExtendWith(LocalNovuExtension.class)
class LocalNovuWireTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	LocalNovu novu;

	@AfterEach
	void successfulAnswersFollowNovusResponseSchemas() {
		assertThat(OpenApiCheck.responseProblems(this.novu.answers(), Set.of())).isEmpty();
	}

	@Test
	void aTriggerWithoutAWorkflowNameIs422WithTheValidationMessages() throws Exception {
		// The 2026 server's DTO failure (WIRE-FORMAT §2, WIRE-FORMAT-CURRENT §E), found by the document check.
		Answer answer = post("/v1/events/trigger", "{\"to\":\"a\",\"payload\":{}}", null);
		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.json().get("statusCode").asInt()).isEqualTo(422);
		assertThat(answer.json().get("error").asString()).isEqualTo("Unprocessable Entity");
		assertThat(answer.json().get("message").asString()).isEqualTo("Validation Error");
		assertThat(answer.json().path("errors").path("general").path("messages").get(0).asString())
			.isEqualTo("name should not be empty");
		assertThat(answer.json().get("path").asString()).isEqualTo("/v1/events/trigger");
		assertThat(answer.json().has("timestamp")).isTrue();

		// Without the document check, the route's own rule answers in the 2024 server's shape: 400, a message array.
		this.novu.validateRequests(false);
		Answer unchecked = post("/v1/events/trigger", "{\"to\":\"a\",\"payload\":{}}", null);
		assertThat(unchecked.status()).isEqualTo(400);
		assertThat(unchecked.json().get("error").asString()).isEqualTo("Bad Request");
		assertThat(unchecked.json().get("message").get(0).asString()).isEqualTo("name should not be empty");
		assertThat(this.novu.triggers()).isEmpty();
	}

	@Test
	void aBulkOf101EventsIs400AndABulkEventWithoutPayloadFailsAlone() throws Exception {
		String event = "{\"name\":\"w\",\"to\":\"a\",\"payload\":{}}";
		String tooMany = "{\"events\":[" + String.join(",", java.util.Collections.nCopies(101, event)) + "]}";
		Answer rejected = post("/v1/events/trigger/bulk", tooMany, null);
		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.json().get("message").get(0).asString())
			.isEqualTo("events must contain between 1 and 100 elements");

		Answer mixed = post("/v1/events/trigger/bulk", "{\"events\":[" + event + ",{\"name\":\"w\",\"to\":\"b\"}]}", null);
		assertThat(mixed.status()).isEqualTo(201);
		assertThat(mixed.json().get("data").get(0).get("status").asString()).isEqualTo("processed");
		assertThat(mixed.json().get("data").get(1).get("status").asString()).isEqualTo("error");
		assertThat(this.novu.triggers()).hasSize(1);
	}

	@Test
	void overLimitPageSizesAreRejectedAsNovuDoes() throws Exception {
		Answer subscribers = get("/v1/subscribers?limit=101");
		assertThat(subscribers.status()).isEqualTo(400);
		assertThat(subscribers.json().get("message").get(0).asString()).isEqualTo("limit must not be greater than 100");
		assertThat(get("/v1/subscribers?limit=100").status()).isEqualTo(200);

		Answer topics = get("/v1/topics?pageSize=11");
		assertThat(topics.status()).isEqualTo(400);
		assertThat(topics.json().get("message").get(0).asString()).isEqualTo("pageSize must not be greater than 10");

		// The cursor lists of v2: 422 with the 2026 validation shape (WIRE-FORMAT-CURRENT §D, §E).
		Answer search = get("/v2/subscribers?limit=101");
		assertThat(search.status()).isEqualTo(422);
		assertThat(search.json().get("message").asString()).isEqualTo("Validation Error");
		assertThat(search.json().get("errors").get("general").get("messages").get(0).asString())
			.isEqualTo("limit must not be greater than 100");
		Answer bothCursors = get("/v2/topics?after=a&before=b");
		assertThat(bothCursors.status()).isEqualTo(400);
		assertThat(bothCursors.json().get("message").asString())
			.isEqualTo("Cannot specify both \"before\" and \"after\" cursors at the same time.");
	}

	@Test
	void keysAreCheckedWithNovusThreeMessages() throws Exception {
		assertThat(send(HttpRequest.newBuilder(uri("/v1/environments/me")).GET()).json().get("message").asString())
			.isEqualTo("Missing authorization header");
		Answer wrongKey = send(HttpRequest.newBuilder(uri("/v1/environments/me")).header("Authorization", "ApiKey nope").GET());
		assertThat(wrongKey.status()).isEqualTo(401);
		assertThat(wrongKey.json().get("message").asString()).isEqualTo("API Key not found");
		assertThat(wrongKey.json().get("error").asString()).isEqualTo("Unauthorized");
		Answer bearer = send(HttpRequest.newBuilder(uri("/v1/environments/me"))
			.header("Authorization", "Bearer " + this.novu.apiKey())
			.GET());
		assertThat(bearer.json().get("message").asString()).isEqualTo("Invalid authentication scheme: \"Bearer\"");
		// The health check needs no key.
		assertThat(send(HttpRequest.newBuilder(uri("/v1/health-check")).GET()).status()).isEqualTo(200);
	}

	@Test
	void anIdempotencyKeyReplaysTheSameBodyAndRejectsAnother() throws Exception {
		String body = "{\"name\":\"w\",\"to\":\"a\",\"payload\":{}}";
		Answer first = post("/v1/events/trigger", body, "key-1");
		Answer replay = post("/v1/events/trigger", body, "key-1");
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.response().headers().firstValue("Idempotency-Replay")).isEmpty();
		assertThat(replay.status()).isEqualTo(201);
		assertThat(replay.response().headers().firstValue("Idempotency-Replay")).hasValue("true");
		assertThat(replay.json().get("data").get("transactionId").asString())
			.isEqualTo(first.json().get("data").get("transactionId").asString());
		assertThat(this.novu.triggers()).hasSize(1);

		Answer reused = post("/v1/events/trigger", "{\"name\":\"other\",\"to\":\"a\"}", "key-1");
		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.json().get("message").asString())
			.isEqualTo("Request with key \"key-1\" is being reused for a different body");
		assertThat(this.novu.triggers()).hasSize(1);
	}

	@Test
	void bodiesOver100kBAre413OutsideTheEventsRoutes() throws Exception {
		String big = "{\"subscriberId\":\"big\",\"data\":{\"blob\":\"" + "x".repeat(101 * 1024) + "\"}}";
		Answer tooLarge = post("/v1/subscribers", big, null);
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.json().get("statusCode").asInt()).isEqualTo(413);
		assertThat(this.novu.subscriber("big")).isEmpty();
		String bigEvent = "{\"name\":\"w\",\"to\":\"a\",\"payload\":{\"blob\":\"" + "x".repeat(101 * 1024) + "\"}}";
		assertThat(post("/v1/events/trigger", bigEvent, null).status()).isEqualTo(201);
	}

	@Test
	void unknownRoutesAre404InNovusErrorShape() throws Exception {
		Answer answer = get("/v1/workflows-that-do-not-exist");
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.json().get("message").asString()).isEqualTo("Cannot GET /v1/workflows-that-do-not-exist");
		assertThat(answer.json().get("error").asString()).isEqualTo("Not Found");
	}

	@Test
	void aTopicTriggerLeavesTheExcludedSubscribersOut() throws Exception {
		for (String id : new String[] { "a", "b", "c" }) {
			post("/v1/subscribers", "{\"subscriberId\":\"" + id + "\"}", null);
		}
		post("/v1/topics/t/subscribers", "{\"subscribers\":[\"a\",\"b\",\"c\"]}", null);
		Answer sent = post("/v1/events/trigger",
				"{\"name\":\"w\",\"to\":{\"type\":\"Topic\",\"topicKey\":\"t\",\"exclude\":[\"b\"]},\"payload\":{}}", null);
		assertThat(sent.status()).isEqualTo(201);
		assertThat(this.novu.triggers()).singleElement()
			.satisfies((t) -> assertThat(t.subscriberIds()).containsExactly("a", "c"));
		assertThat(this.novu.messages("b")).isEmpty();
		assertThat(this.novu.messages("c")).singleElement().satisfies((m) -> assertThat(m).containsEntry("seen", false));
	}

	@Test
	void aBadTopicKeyIs400() throws Exception {
		Answer answer = post("/v1/topics", "{\"key\":\"no spaces\",\"name\":\"x\"}", null);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("message").asString()).contains("no spaces");
		assertThat(this.novu.topic("no spaces")).isEmpty();
	}

	@Test
	void pathSegmentsAreDecodedOnceAndCancelFindsNothingPendingByDefault() throws Exception {
		post("/v1/subscribers", "{\"subscriberId\":\"a/b c+d\"}", null);
		Answer retrieved = get("/v1/subscribers/a%2Fb%20c+d");
		assertThat(retrieved.status()).isEqualTo(200);
		assertThat(retrieved.json().get("data").get("subscriberId").asString()).isEqualTo("a/b c+d");
		assertThat(this.novu.client().cancel("tx/with slash")).isFalse();
		assertThat(this.novu.requests().get(2).path()).isEqualTo("/v1/events/trigger/tx%2Fwith%20slash");
	}

	private Answer get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "ApiKey " + this.novu.apiKey()).GET());
	}

	private Answer post(String path, String body, String idempotencyKey) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Authorization", "ApiKey " + this.novu.apiKey())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return send(request);
	}

	private URI uri(String path) {
		return URI.create(this.novu.baseUrl() + path);
	}

	private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response, response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body()));
	}

	private record Answer(HttpResponse<String> response, JsonNode json) {

		int status() {
			return this.response.statusCode();
		}

	}

}
