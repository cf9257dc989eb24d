package io.github.novu4j.client.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.webhooks.NovuWebhookVerificationException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Vectors made by an independent implementation, the {@code standardwebhooks} npm package (see
 * {@code src/test/resources/webhooks/README.md}): our verifier reaches the library's verdict on each, and
 * our signer produces the library's signatures.
 */
class WebhookInteropTest {

	static JsonNode document() throws IOException {
		try (InputStream in = WebhookInteropTest.class.getResourceAsStream("/webhooks/standard-webhooks-vectors.json")) {
			return NovuJson.mapper().readTree(in);
		}
	}

	static List<JsonNode> vectors() throws IOException {
		List<JsonNode> vectors = new ArrayList<>();
		document().get("vectors").forEach(vectors::add);
		return vectors;
	}

	static Map<String, String> headers(JsonNode vector) {
		return Map.of("webhook-id", vector.get("id").asString(), "webhook-timestamp", vector.get("timestamp").asString(),
				"webhook-signature", vector.get("signature").asString());
	}

	@Test
	void theVectorsComeFromTheLibraryAndCoverBothVerdicts() throws IOException {
		assertThat(document().get("generator").asString()).startsWith("standardwebhooks@1.1.1");
		assertThat(vectors()).extracting((v) -> v.get("valid").asBoolean()).contains(true, false);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vectors")
	void ourVerifierAgreesWithTheLibrary(JsonNode vector) {
		Instant signedAt = Instant.ofEpochSecond(vector.get("timestamp").asLong());
		NovuWebhookVerifier verifier = NovuWebhookVerifier.builder()
			.secret(vector.get("secret").asString())
			.clock(Clock.fixed(signedAt, ZoneOffset.UTC))
			.build();
		byte[] body = vector.get("body").asString().getBytes(StandardCharsets.UTF_8);

		if (vector.get("valid").asBoolean()) {
			VerifiedWebhook webhook = verifier.verify(body, WebhookHeaders.of(headers(vector)));
			assertThat(webhook.webhookId()).isEqualTo(vector.get("id").asString());
			assertThat(webhook.event()).isInstanceOf(NovuMessageEvent.class);
		}
		else {
			assertThat(vector.get("error").asString()).isEqualTo("No matching signature found");
			assertThatExceptionOfType(NovuWebhookVerificationException.class)
				.isThrownBy(() -> verifier.verify(body, WebhookHeaders.of(headers(vector))))
				.extracting(NovuWebhookVerificationException::getReason)
				.isEqualTo(Reason.BAD_SIGNATURE);
		}
	}

	static List<JsonNode> validSingleSignatureVectors() throws IOException {
		return vectors().stream()
			.filter((v) -> v.get("valid").asBoolean() && !v.get("signature").asString().contains(" "))
			.toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("validSingleSignatureVectors")
	void ourSignerProducesTheLibrarysSignature(JsonNode vector) {
		String signature = vector.get("signature").asString();
		byte[] body = vector.get("body").asString().getBytes(StandardCharsets.UTF_8);
		String ours = new NovuWebhookSigner(vector.get("secret").asString()).sign(vector.get("id").asString(),
				Instant.ofEpochSecond(vector.get("timestamp").asLong()), body);

		assertThat(ours).isEqualTo(signature);
	}

	@Test
	void theLibrarysRotationVectorVerifiesUnderEitherOfOurSecrets() throws IOException {
		JsonNode rotation = vectors().stream()
			.filter((v) -> v.get("name").asString().startsWith("two signatures"))
			.findFirst()
			.orElseThrow();
		byte[] body = rotation.get("body").asString().getBytes(StandardCharsets.UTF_8);
		NovuWebhookVerifier onlyB = NovuWebhookVerifier.builder()
			.secret(document().get("secretB").asString())
			.clock(Clock.fixed(Instant.ofEpochSecond(rotation.get("timestamp").asLong()), ZoneOffset.UTC))
			.build();

		assertThat(onlyB.verify(body, WebhookHeaders.of(headers(rotation))).webhookId()).isEqualTo("msg_rotation");
	}

	@Test
	void theNonAsciiVectorParsesWithThePushError() throws IOException {
		JsonNode vector = vectors().stream()
			.filter((v) -> v.get("id").asString().equals("msg_2pQ1failed"))
			.findFirst()
			.orElseThrow();
		NovuWebhookEvent event = NovuWebhookEvents.parse(vector.get("body").asString().getBytes(StandardCharsets.UTF_8));

		assertThat(event).isInstanceOfSatisfying(NovuMessageEvent.class, (message) -> {
			assertThat(message.type()).isEqualTo(WebhookEventType.MESSAGE_FAILED);
			assertThat(message.data().error().message()).isEqualTo("Zustellung fehlgeschlagen \u2013 Gerät unbekannt \u2603");
			assertThat(message.data().error().push().isTokenInvalid()).isTrue();
		});
	}

}
