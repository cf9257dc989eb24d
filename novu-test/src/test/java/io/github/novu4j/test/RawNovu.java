package io.github.novu4j.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Raw HTTP to a local Novu, for requests the client would refuse to send. */
final class RawNovu {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final LocalNovu novu;

	RawNovu(LocalNovu novu) {
		this.novu = novu;
	}

	/**
	 * @param method the method
	 * @param path the path (with query)
	 * @param body a JSON body, or {@code null} for none
	 * @return the answer
	 */
	Answer send(String method, String path, @Nullable String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.novu.baseUrl() + path))
			.header("Authorization", "ApiKey " + this.novu.apiKey())
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response,
					response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body()));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An answer: the response and its body as JSON (an empty object for none). */
	record Answer(HttpResponse<String> response, JsonNode json) {

		int status() {
			return this.response.statusCode();
		}

		@Nullable String header(String name) {
			return this.response.headers().firstValue(name).orElse(null);
		}

		/** @return the messages of a 422 {@code Validation Error} body */
		java.util.List<String> validationMessages() {
			java.util.List<String> messages = new java.util.ArrayList<>();
			this.json.path("errors").path("general").path("messages").forEach((m) -> messages.add(m.asString()));
			return messages;
		}

	}

}
