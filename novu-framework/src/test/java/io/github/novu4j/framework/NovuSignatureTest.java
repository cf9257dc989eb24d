package io.github.novu4j.framework;

import static io.github.novu4j.framework.BridgeAssertions.error;
import static io.github.novu4j.framework.BridgeAssertions.json;
import static io.github.novu4j.framework.TestWorkflows.NOW;
import static io.github.novu4j.framework.TestWorkflows.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The {@code novu-signature} check: Novu's test vector, and every way a signature can be wrong. */
class NovuSignatureTest {

	private final NovuBridge bridge = TestWorkflows.bridge();

	private BridgeResponse discover(String signature) {
		return bridge.handle(BridgeRequest.get(Map.of("action", "discover"), Map.of(NovuSignature.HEADER, signature)));
	}

	@Test
	void matchesTheVectorComputedWithNodeAndOpenssl() {
		// FRAMEWORK-BRIDGE.md section 2: secret test-secret-key, t=1767225600000, a GET (signed as {}).
		assertThat(NovuSignature.hmac("test-secret-key", 1_767_225_600_000L, ""))
			.isEqualTo("5cd30f1fde4f1408a7633f6ac920c98d910cca62c1243c2cde541c3528a480bd");
		assertThat(NovuSignature.hmac("test-secret-key", 1_767_225_600_000L, "{}"))
			.isEqualTo("5cd30f1fde4f1408a7633f6ac920c98d910cca62c1243c2cde541c3528a480bd");
	}

	@Test
	void aValidSignatureIsAccepted() {
		BridgeResponse response = discover(NovuSignature.header(SECRET, NOW, ""));
		assertThat(response.status()).isEqualTo(200);
		assertThat(json(response).path("workflows").size()).isEqualTo(2);
	}

	@Test
	void aSignatureWithAnotherKeyIsAMismatch() {
		error(discover(NovuSignature.header("another-key", NOW, "")), 401, "SignatureMismatchError");
	}

	@Test
	void aTamperedBodyIsAMismatch() {
		String signed = "{\"payload\":{\"name\":\"Ada\"},\"controls\":{}}";
		String tampered = "{\"payload\":{\"name\":\"Eve\"},\"controls\":{}}";
		BridgeResponse response = bridge.handle(BridgeRequest.post(
				Map.of("action", "execute", "workflowId", "welcome", "stepId", "digest-step"),
				Map.of(NovuSignature.HEADER, NovuSignature.header(SECRET, NOW, signed)), tampered));
		error(response, 401, "SignatureMismatchError");
	}

	@Test
	void theRawBodyIsSignedNotAReserialisation() {
		String spaced = "{ \"payload\": {}, \"controls\": {} }";
		BridgeResponse response = bridge.handle(BridgeRequest.post(
				Map.of("action", "execute", "workflowId", "welcome", "stepId", "digest-step"),
				Map.of(NovuSignature.HEADER, NovuSignature.header(SECRET, NOW, spaced)), spaced));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	@Test
	void aTamperedTimestampIsAMismatch() {
		String v1 = NovuSignature.hmac(SECRET, NOW, "");
		error(discover("t=" + (NOW - 1) + ",v1=" + v1), 401, "SignatureMismatchError");
	}

	@Test
	void fiveMinutesEitherWayIsAcceptedAndOneMillisecondMoreIsExpired() {
		assertThat(discover(NovuSignature.header(SECRET, NOW - 300_000, "")).status()).isEqualTo(200);
		assertThat(discover(NovuSignature.header(SECRET, NOW + 300_000, "")).status()).isEqualTo(200);
		assertThat(discover(NovuSignature.header(SECRET, NOW - 240_000, "")).status()).isEqualTo(200);
		error(discover(NovuSignature.header(SECRET, NOW - 300_001, "")), 401, "SignatureExpiredError");
		error(discover(NovuSignature.header(SECRET, NOW - 360_000, "")), 401, "SignatureExpiredError");
	}

	@Test
	void aSignatureFromTheFutureIsExpired() {
		error(discover(NovuSignature.header(SECRET, NOW + 300_001, "")), 401, "SignatureExpiredError");
	}

	@Test
	void aMissingOrEmptySignatureIsNotFound() {
		error(bridge.handle(BridgeRequest.get(Map.of("action", "discover"), Map.of())), 401, "SignatureNotFoundError");
		error(discover(""), 401, "SignatureNotFoundError");
	}

	@Test
	void aMalformedSignatureIsInvalid() {
		error(discover("v1=" + NovuSignature.hmac(SECRET, NOW, "")), 401, "SignatureInvalidError");
		error(discover("t=" + NOW), 401, "SignatureInvalidError");
		error(discover("t=yesterday,v1=abc"), 401, "SignatureInvalidError");
		error(discover("garbage"), 401, "SignatureInvalidError");
	}

	@Test
	void uppercaseHexIsAMismatchAsInTheTypeScriptBridge() {
		String upper = "t=" + NOW + ",v1=" + NovuSignature.hmac(SECRET, NOW, "").toUpperCase(java.util.Locale.ROOT);
		error(discover(upper), 401, "SignatureMismatchError");
	}

	@Test
	void theFirstValueOfARepeatedKeyWins() {
		String good = NovuSignature.hmac(SECRET, NOW, "");
		assertThat(discover("t=" + NOW + ",v1=" + good + ",v1=bad").status()).isEqualTo(200);
		error(discover("t=" + NOW + ",v1=bad,v1=" + good), 401, "SignatureMismatchError");
	}

	@Test
	void healthCheckIsNeverSignatureChecked() {
		BridgeResponse response = bridge.handle(BridgeRequest.get(Map.of(), Map.of()));
		assertThat(response.status()).isEqualTo(200);
		BridgeResponse wrong = bridge.handle(
				BridgeRequest.get(Map.of("action", "health-check"), Map.of(NovuSignature.HEADER, "t=1,v1=bad")));
		assertThat(wrong.status()).isEqualTo(200);
	}

	@Test
	void everyOtherActionIsCheckedEvenOptionsAndUnknownActions() {
		error(bridge.handle(new BridgeRequest("OPTIONS", Map.of("action", "discover"), Map.of(), "")), 401,
				"SignatureNotFoundError");
		error(bridge.handle(BridgeRequest.post(Map.of("action", "agent-event"), Map.of(), "{}")), 401,
				"SignatureNotFoundError");
		error(bridge.handle(BridgeRequest.post(Map.of("action", "execute"), Map.of(), "{}")), 401,
				"SignatureNotFoundError");
	}

	@Test
	void theLocalDevelopmentSwitchAcceptsUnsignedRequests() {
		NovuBridge local = NovuBridge.insecureForLocalDevelopment().workflow(TestWorkflows.welcome()).build();
		assertThat(local.strictAuthentication()).isFalse();
		assertThat(bridge.strictAuthentication()).isTrue();
		BridgeResponse response = local.handle(BridgeRequest.get(Map.of("action", "discover"), Map.of()));
		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void theSecretKeyIsNeverPrintedNorEchoed() {
		NovuBridge.Builder builder = NovuBridge.builder("sk-very-secret-value").workflow(TestWorkflows.welcome());
		NovuBridge built = builder.build();
		assertThat(builder.toString()).doesNotContain("sk-very-secret-value");
		assertThat(built.toString()).doesNotContain("sk-very-secret-value").contains("welcome");
		BridgeResponse response = built.handle(BridgeRequest.get(Map.of("action", "discover"),
				Map.of(NovuSignature.HEADER, NovuSignature.header("wrong", System.currentTimeMillis(), ""))));
		assertThat(response.body()).doesNotContain("sk-very-secret-value");
		assertThat(response.headers().values()).noneMatch(value -> value.contains("sk-very-secret-value"));
	}

	@Test
	void aBlankSecretKeyIsRefusedAtOnce() {
		assertThatThrownBy(() -> NovuBridge.builder(" ")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> NovuBridge.builder(null)).isInstanceOf(NullPointerException.class);
	}
}
