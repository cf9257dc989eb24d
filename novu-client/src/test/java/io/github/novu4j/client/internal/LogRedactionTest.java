package io.github.novu4j.client.internal;

import java.lang.management.ManagementFactory;
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
		assertThat(logged).hasSize(LogRedaction.MAX_LOGGED_CHARS + "... (20014 bytes in all, cut)".length())
			.startsWith("{\"payload\":\"xxx")
			.endsWith("x... (20014 bytes in all, cut)");
	}

	/**
	 * A page of 20 MB at TRACE: the logged text is bounded, and logging it allocates a small fraction of
	 * the body (before, the body was parsed into a tree and written out whole: several times its size).
	 */
	@Test
	void aLargeBodyIsCutWithoutParsingOrCopyingItWhole() {
		StringBuilder page = new StringBuilder("{\"data\":[");
		String item = "{\"_id\":\"6615f3c8a1b2c3d4e5f60718\",\"subscriberId\":\"user-42\",\"email\":\"ada@example.com\"},";
		while (page.length() < 20_000_000) {
			page.append(item);
		}
		page.setLength(page.length() - 1);
		byte[] body = bytes(page.append("]}").toString());
		page = null;
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long before = threads.getCurrentThreadAllocatedBytes();

		String logged = this.redaction.body(body, "application/json");

		long allocated = threads.getCurrentThreadAllocatedBytes() - before;
		assertThat(logged).hasSizeLessThan(LogRedaction.MAX_LOGGED_CHARS + 64).endsWith("bytes in all, cut)");
		assertThat(allocated).as("bytes allocated to log a body of %d bytes", body.length).isLessThan(2_000_000);
	}

	@Test
	void aKeyAcrossTheCutIsReplacedNotHalfShown() {
		String prefix = "{\"message\":\"" + "x".repeat(LogRedaction.MAX_LOGGED_CHARS - 16);
		String body = prefix + "nv-key-123" + "y".repeat(100) + "\"}";

		String logged = this.redaction.body(bytes(body), "application/json");

		assertThat(logged).doesNotContain("nv-key").doesNotContain("nv-k");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
