package io.github.novu4j.client.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.novu4j.client.webhooks.NovuWebhookVerificationException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NovuWebhookVerifierTest {

	static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	static final String OTHER_SECRET = "whsec_dGhlIG90aGVyIHNlY3JldCBvZiB0aGUgZW5kcG9pbnQ=";

	static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	static final byte[] BODY = ("{\"id\":\"evt_1\",\"type\":\"message.delivered\",\"object\":\"message\","
			+ "\"data\":{\"object\":{\"_id\":\"m1\",\"subscriberId\":\"customer-42\",\"transactionId\":\"order-7\"}},"
			+ "\"timestamp\":\"2026-03-01T12:00:00.000Z\",\"environmentId\":\"env-public-id\"}")
		.getBytes(StandardCharsets.UTF_8);

	static NovuWebhookVerifier verifier(String... secrets) {
		return NovuWebhookVerifier.builder()
			.secrets(java.util.List.of(secrets))
			.clock(Clock.fixed(NOW, ZoneOffset.UTC))
			.build();
	}

	static Map<String, String> signed(String secret, Instant timestamp, byte[] body) {
		return new NovuWebhookSigner(secret).headers("msg_2pQabc", timestamp, body);
	}

	static NovuWebhookVerificationException rejection(NovuWebhookVerifier verifier, Map<String, String> headers, byte[] body) {
		try {
			verifier.verify(body, WebhookHeaders.of(headers));
		}
		catch (NovuWebhookVerificationException ex) {
			return ex;
		}
		throw new AssertionError("expected a rejection");
	}

	@Test
	void aSignedDeliveryVerifiesAndParses() {
		VerifiedWebhook webhook = verifier(SECRET).verify(BODY, WebhookHeaders.of(signed(SECRET, NOW, BODY)));

		assertThat(webhook.webhookId()).isEqualTo("msg_2pQabc");
		assertThat(webhook.timestamp()).isEqualTo(NOW);
		assertThat(webhook.event()).isInstanceOfSatisfying(NovuMessageEvent.class, (event) -> {
			assertThat(event.type()).isEqualTo(WebhookEventType.MESSAGE_DELIVERED);
			assertThat(event.data().object().recipientId()).isEqualTo("customer-42");
		});
	}

	@Test
	void aChangedBodyIsRejected() {
		Map<String, String> headers = signed(SECRET, NOW, BODY);
		byte[] tampered = BODY.clone();
		tampered[tampered.length - 3]++;

		assertThat(rejection(verifier(SECRET), headers, tampered).getReason()).isEqualTo(Reason.BAD_SIGNATURE);
	}

	@Test
	void aReserializedBodyIsRejectedBecauseTheBytesDiffer() {
		Map<String, String> headers = signed(SECRET, NOW, BODY);
		byte[] reformatted = new String(BODY, StandardCharsets.UTF_8).replace(",", ", ").getBytes(StandardCharsets.UTF_8);

		assertThat(rejection(verifier(SECRET), headers, reformatted).getReason()).isEqualTo(Reason.BAD_SIGNATURE);
	}

	@Test
	void aDeliverySignedWithAnotherSecretIsRejected() {
		NovuWebhookVerificationException ex = rejection(verifier(SECRET), signed(OTHER_SECRET, NOW, BODY), BODY);

		assertThat(ex.getReason()).isEqualTo(Reason.BAD_SIGNATURE);
		assertThat(ex.getReason().isAuthenticationFailure()).isTrue();
		assertThat(ex.getMessage()).contains("msg_2pQabc").doesNotContain(SECRET.substring(6)).doesNotContain(OTHER_SECRET.substring(6));
	}

	@Test
	void whileRotatingOnOurSideEitherSecretIsAccepted() {
		NovuWebhookVerifier rotating = verifier(SECRET, OTHER_SECRET);

		assertThat(rotating.verify(BODY, WebhookHeaders.of(signed(SECRET, NOW, BODY))).webhookId()).isEqualTo("msg_2pQabc");
		assertThat(rotating.verify(BODY, WebhookHeaders.of(signed(OTHER_SECRET, NOW, BODY))).webhookId()).isEqualTo("msg_2pQabc");
		assertThat(rejection(verifier(OTHER_SECRET), signed(SECRET, NOW, BODY), BODY).getReason()).isEqualTo(Reason.BAD_SIGNATURE);
	}

	@Test
	void whileNovuRotatesAnyOfSeveralSignaturesMayMatch() {
		Map<String, String> headers = signed(SECRET, NOW, BODY);
		String otherSignature = new NovuWebhookSigner(OTHER_SECRET).sign("msg_2pQabc", NOW, BODY);
		headers.put("webhook-signature", otherSignature + " " + headers.get("webhook-signature"));

		assertThat(verifier(SECRET).verify(BODY, WebhookHeaders.of(headers)).webhookId()).isEqualTo("msg_2pQabc");
	}

	@Test
	void entriesOfOtherVersionsAndGarbageAreIgnored() {
		Map<String, String> headers = signed(SECRET, NOW, BODY);
		String good = headers.get("webhook-signature");
		headers.put("webhook-signature", "v1a," + good.substring(3) + " v2," + good.substring(3) + " v1,***notbase64 nocomma");

		assertThat(rejection(verifier(SECRET), headers, BODY).getReason()).isEqualTo(Reason.BAD_SIGNATURE);

		headers.put("webhook-signature", "v2," + good.substring(3) + " " + good);
		assertThat(verifier(SECRET).verify(BODY, WebhookHeaders.of(headers)).webhookId()).isEqualTo("msg_2pQabc");
	}

	@Test
	void aTimestampOlderThanTheToleranceIsStaleAndTheBoundaryIsIncluded() {
		Instant stale = NOW.minusSeconds(301);
		assertThat(rejection(verifier(SECRET), signed(SECRET, stale, BODY), BODY).getReason())
			.isEqualTo(Reason.STALE_TIMESTAMP);

		Instant boundary = NOW.minusSeconds(300);
		assertThat(verifier(SECRET).verify(BODY, WebhookHeaders.of(signed(SECRET, boundary, BODY))).timestamp())
			.isEqualTo(boundary);
	}

	@Test
	void aTimestampTooFarInTheFutureIsRejected() {
		assertThat(rejection(verifier(SECRET), signed(SECRET, NOW.plusSeconds(301), BODY), BODY).getReason())
			.isEqualTo(Reason.FUTURE_TIMESTAMP);
		assertThat(verifier(SECRET).verify(BODY, WebhookHeaders.of(signed(SECRET, NOW.plusSeconds(300), BODY))))
			.isNotNull();
	}

	@Test
	void theToleranceIsConfigurable() {
		NovuWebhookVerifier strict = NovuWebhookVerifier.builder()
			.secret(SECRET)
			.tolerance(Duration.ofSeconds(10))
			.clock(Clock.fixed(NOW, ZoneOffset.UTC))
			.build();

		assertThat(rejection(strict, signed(SECRET, NOW.minusSeconds(11), BODY), BODY).getReason())
			.isEqualTo(Reason.STALE_TIMESTAMP);
		assertThat(strict.verify(BODY, WebhookHeaders.of(signed(SECRET, NOW.minusSeconds(10), BODY)))).isNotNull();
		assertThat(strict.tolerance()).isEqualTo(Duration.ofSeconds(10));
		assertThatIllegalArgumentException().isThrownBy(() -> NovuWebhookVerifier.builder().tolerance(Duration.ofSeconds(-1)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "webhook-id", "webhook-timestamp", "webhook-signature" })
	void aMissingHeaderIsNamed(String header) {
		Map<String, String> headers = signed(SECRET, NOW, BODY);
		headers.remove(header);

		NovuWebhookVerificationException ex = rejection(verifier(SECRET), headers, BODY);

		assertThat(ex.getReason()).isEqualTo(Reason.MISSING_HEADER);
		assertThat(ex.getReason().isAuthenticationFailure()).isFalse();
		assertThat(ex.getMessage()).contains("missing: " + header);
	}

	@Test
	void theSvixPrefixedHeaderNamesAreAccepted() {
		Map<String, String> svix = new LinkedHashMap<>();
		signed(SECRET, NOW, BODY).forEach((name, value) -> svix.put(name.replace("webhook-", "Svix-"), value));

		VerifiedWebhook webhook = verifier(SECRET).verify(BODY, WebhookHeaders.of(svix));

		assertThat(webhook.webhookId()).isEqualTo("msg_2pQabc");
	}

	@Test
	void headerNamesAreMatchedIgnoringCase() {
		Map<String, java.util.List<String>> headers = new LinkedHashMap<>();
		signed(SECRET, NOW, BODY).forEach((name, value) -> headers.put(name.toUpperCase(), java.util.List.of(value)));

		assertThat(verifier(SECRET).verify(BODY, WebhookHeaders.ofLists(headers)).webhookId()).isEqualTo("msg_2pQabc");
	}

	@Test
	void aTimestampThatIsNotANumberIsMalformed() {
		Map<String, String> headers = signed(SECRET, NOW, BODY);
		headers.put("webhook-timestamp", "2026-03-01T12:00:00Z");

		assertThat(rejection(verifier(SECRET), headers, BODY).getReason()).isEqualTo(Reason.MALFORMED_HEADER);
	}

	@Test
	void aVerifiedBodyThatIsNotAnEventIsAMalformedPayload() {
		byte[] body = "[1,2,3]".getBytes(StandardCharsets.UTF_8);

		assertThat(rejection(verifier(SECRET), signed(SECRET, NOW, body), body).getReason())
			.isEqualTo(Reason.MALFORMED_PAYLOAD);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "whsec_", "whsec_not*base64!", "   " })
	void aMalformedSecretFailsWhenTheVerifierIsBuiltWithoutEchoingIt(String secret) {
		assertThatExceptionOfType(NovuWebhookVerificationException.class).isThrownBy(() -> NovuWebhookVerifier.of(secret))
			.satisfies((ex) -> {
				assertThat(ex.getReason()).isEqualTo(Reason.MALFORMED_SECRET);
				if (secret.length() > 6) {
					assertThat(ex.getMessage()).doesNotContain(secret.substring(6));
				}
			});
		assertThatExceptionOfType(NovuWebhookVerificationException.class).isThrownBy(() -> new NovuWebhookSigner(secret));
	}

	@Test
	void aSecretWithoutThePrefixIsTheSameSecret() {
		assertThat(verifier(SECRET.substring(6)).verify(BODY, WebhookHeaders.of(signed(SECRET, NOW, BODY)))).isNotNull();
	}

	@Test
	void noVerifierWithoutASecret() {
		assertThatIllegalArgumentException().isThrownBy(() -> NovuWebhookVerifier.builder().build())
			.withMessageContaining("at least one");
	}

	@Test
	void toStringsNeverShowTheSecret() {
		String key = SECRET.substring(6);
		assertThat(verifier(SECRET, OTHER_SECRET).toString()).doesNotContain(key).contains("2 redacted");
		assertThat(new NovuWebhookSigner(SECRET).toString()).doesNotContain(key).contains("redacted");
		assertThat(NovuWebhookVerifier.builder().secret(SECRET).toString()).doesNotContain(key);
		assertThat(WebhookSecret.of(SECRET).toString()).doesNotContain(key);
	}

	@Test
	void theSignerGeneratesUsableSecretsAndFreshIds() {
		String secret = NovuWebhookSigner.generateSecret();
		NovuWebhookSigner signer = new NovuWebhookSigner(secret);
		Map<String, String> first = signer.headers(new String(BODY, StandardCharsets.UTF_8));
		Map<String, String> second = signer.headers(BODY);

		assertThat(secret).startsWith("whsec_").isNotEqualTo(NovuWebhookSigner.generateSecret());
		assertThat(first.get("webhook-id")).startsWith("msg_").isNotEqualTo(second.get("webhook-id"));
		assertThat(NovuWebhookVerifier.of(secret).verify(BODY, WebhookHeaders.of(first)).event())
			.isInstanceOf(NovuMessageEvent.class);
	}

}
