package io.github.novu4j.sample.orders;

import java.util.List;
import java.util.Map;

import io.github.novu4j.client.webhooks.NovuWebhookSigner;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * What docs/webhooks.md shows for testing an endpoint: sign a body with the configured secret and post it;
 * the same webhook-id a second time is a duplicate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "novu.webhooks.secret=" + SignedWebhookTests.SECRET)
class SignedWebhookTests {

	static final String SECRET = "whsec_dGVzdCBzZWNyZXQgb2YgdGhlIHdlYmhvb2sgZW5kcG9pbnQ=";

	@LocalServerPort
	private int port;

	@Test
	void aSignedDeliveryIsProcessedOnce() {
		RestTestClient http = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		String body = """
				{"id":"evt_1","type":"message.delivered","object":"message",
				 "data":{"object":{"_id":"m1","transactionId":"order-placed-ord_test"}},
				 "timestamp":"2026-03-01T12:00:00.000Z","environmentId":"env"}""";
		Map<String, String> headers = new NovuWebhookSigner(SECRET).headers(body);

		for (String expected : List.of("processed", "duplicate")) {
			http.post()
				.uri("/novu/webhooks")
				.headers((h) -> headers.forEach(h::add))
				.contentType(MediaType.APPLICATION_JSON)
				.body(body)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo(expected);
		}
	}

}
