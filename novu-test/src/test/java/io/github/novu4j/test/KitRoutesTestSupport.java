package io.github.novu4j.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;

import io.github.novu4j.client.NovuClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests of one area of the local Novu share: the real client against it, and after each test every
 * request checked against Novu's OpenAPI documents and every successful answer against its documented schema.
 * Raw requests are for what the client would refuse to send.
 */
@ExtendWith(LocalNovuExtension.class)
abstract class KitRoutesTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	LocalNovu novu;

	NovuClient client;

	/** Raw paths whose requests are deliberately invalid, or valid for Novu but not for its document. */
	final Set<String> invalidRequests = new HashSet<>();

	/**
	 * "METHOD /template" of operations whose documented response schema is wrong (WIRE-FORMAT §9, -CURRENT §H).
	 * Always: the v1 feed and {@code GET /v1/messages} return message objects, not the documented items (§9).
	 */
	final Set<String> wrongSchemas = new HashSet<>(
			Set.of("GET /v1/subscribers/{subscriberId}/notifications/feed", "GET /v1/messages"));

	@AfterEach
	void requestsAndAnswersFollowNovusOpenApiDocuments() {
		OpenApiCheck.assertValid(this.novu.requests(), this.invalidRequests);
		assertThat(OpenApiCheck.responseProblems(this.novu.answers(), this.wrongSchemas)).isEmpty();
	}

	Raw get(String path) throws IOException, InterruptedException {
		return send(request(path).GET());
	}

	Raw send(String method, String path, String body) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.novu.baseUrl() + path))
			.header("Authorization", "ApiKey " + this.novu.apiKey());
	}

	private Raw send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Raw(response.statusCode(),
				response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body()));
	}

	/** A raw answer: its status and JSON body (an empty object for none). */
	record Raw(int status, JsonNode json) {

		/** @return the error body's {@code message} as text (a list's first entry) */
		String message() {
			JsonNode message = this.json.get("message");
			return message.isArray() ? message.get(0).asString() : message.asString();
		}

	}

}
