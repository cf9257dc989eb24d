package io.github.novu4j.client.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogRedactionTest {

	private final LogRedaction redaction = new LogRedaction("nv-key-123", NovuJson.mapper());

	@Test
	void redactsEveryValueBelowSecretPropertiesAtAnyDepthAndKeepsTheRest() {
		String body = """
				{"providerId":"sendgrid","credentials":{"apiKey":"SG.x","from":"a@b.c","ipPoolName":null,
				 "tlsOptions":{"rejectUnauthorized":false},"serviceAccount":"{\\"private_key\\":\\"pk\\"}"},
				 "subscribers":[{"channels":[{"providerId":"slack","credentials":{"webhookUrl":"https://h/x","channel":"c"}}]}],
				 "Password":"p","token":42,"data":{"nested":{"secretKey":"s","plain":"visible"}}}""";

		String logged = this.redaction.body(bytes(body), "application/json; charset=utf-8");

		assertThat(logged).isEqualTo("{\"providerId\":\"sendgrid\",\"credentials\":{\"apiKey\":\"<redacted>\","
				+ "\"from\":\"<redacted>\",\"ipPoolName\":null,\"tlsOptions\":{\"rejectUnauthorized\":\"<redacted>\"},"
				+ "\"serviceAccount\":\"<redacted>\"},\"subscribers\":[{\"channels\":[{\"providerId\":\"slack\","
				+ "\"credentials\":{\"webhookUrl\":\"<redacted>\",\"channel\":\"<redacted>\"}}]}],"
				+ "\"Password\":\"<redacted>\",\"token\":\"<redacted>\",\"data\":{\"nested\":{\"secretKey\":\"<redacted>\","
				+ "\"plain\":\"visible\"}}}");
	}

	@Test
	void replacesTheApiKeyWhereverItAppears() {
		assertThat(this.redaction.body(bytes("{\"message\":\"bad key nv-key-123!\",\"list\":[\"nv-key-123\"]}"), null))
			.isEqualTo("{\"message\":\"bad key <redacted>!\",\"list\":[\"<redacted>\"]}");
	}

	@Test
	void describesWhatCannotBeRedactedByStructure() {
		assertThat(this.redaction.body(bytes("<html>nv-key-123</html>"), "text/html")).isEqualTo(
				"<23 bytes of text/html, not logged>");
		assertThat(this.redaction.body(bytes("{\"apiKey\": nv-key-123"), "application/json"))
			.isEqualTo("<21 bytes, not valid JSON, not logged>");
		assertThat(this.redaction.body(new byte[0], "application/json")).isEqualTo("<empty>");
	}

	@Test
	void shortensLongBodies() {
		String big = "{\"payload\":\"" + "x".repeat(20_000) + "\"}";

		String logged = this.redaction.body(bytes(big), "application/json");

		// 12 + 20,000 + 2 characters, of which 8,192 are kept.
		assertThat(logged.length()).isEqualTo(LogRedaction.MAX_LOGGED_CHARS + "... (11822 more characters)".length());
		assertThat(logged.startsWith("{\"payload\":\"xxx")).isTrue();
		assertThat(logged.endsWith("x... (11822 more characters)")).isTrue();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
