package io.github.novu4j.sample.orders;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The sample's HTTP API as the tests call it: JSON in, the status checked, the JSON answer out. One
 * place for what every order test did with its own copy of these methods.
 */
final class SampleHttp {

	private final RestTestClient client;

	SampleHttp(int port) {
		this.client = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
	}

	/** @return the client itself, for requests that check something other than a JSON answer */
	RestTestClient client() {
		return this.client;
	}

	/**
	 * @param path the path
	 * @param body a JSON body, or {@code null} for none
	 * @param expected the status the answer must have
	 * @return the answer's JSON
	 */
	JsonNode post(String path, @Nullable String body, HttpStatus expected) {
		RestTestClient.RequestBodySpec request = this.client.post().uri(path);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.exchange().expectStatus().isEqualTo(expected).returnResult(JsonNode.class).getResponseBody();
	}

	/**
	 * @param path the path
	 * @return the answer's JSON; the status must be 200
	 */
	JsonNode get(String path) {
		return this.client.get().uri(path).exchange().expectStatus().isOk().returnResult(JsonNode.class).getResponseBody();
	}

}
