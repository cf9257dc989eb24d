package io.github.novu4j.test.spring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.novu4j.test.LocalNovu;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @AutoConfigureLocalNovu(validateRequests = false)}: requests the documents forbid reach the routes. */
@SpringBootTest(classes = AutoConfigureLocalNovuTests.Application.class)
@AutoConfigureLocalNovu(validateRequests = false)
class AutoConfigureLocalNovuWithoutValidationTests {

	@Autowired
	LocalNovu novu;

	@Test
	void aBodyTheDocumentForbidsReachesTheRoute() throws Exception {
		// openapi-v1.json types a topic's name as a string; the route reads a number as no name.
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.novu.baseUrl() + "/v1/topics"))
				.header("Authorization", "ApiKey " + this.novu.apiKey())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"news\",\"name\":7}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(this.novu.topic("news")).isPresent();
	}

}
