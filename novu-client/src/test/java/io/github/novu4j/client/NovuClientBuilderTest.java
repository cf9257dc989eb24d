package io.github.novu4j.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NovuClientBuilderTest {

	private static final String KEY = "nv-secret-builder-key";

	@Test
	void regionSelectsTheBaseUrlAndBaseUrlOverridesIt() {
		assertThat(NovuClient.builder().apiKey(KEY).resolveBaseUrl()).isEqualTo("https://api.novu.co");
		assertThat(NovuClient.builder().apiKey(KEY).region(NovuRegion.EU).resolveBaseUrl())
			.isEqualTo("https://eu.api.novu.co");
		assertThat(NovuClient.builder().apiKey(KEY).region(NovuRegion.EU).baseUrl("https://novu.internal/api/")
			.resolveBaseUrl()).isEqualTo("https://novu.internal/api");
		assertThat(NovuClient.builder().apiKey(KEY).region(NovuRegion.EU).build().toString())
			.isEqualTo("NovuClient{baseUrl=https://eu.api.novu.co}");
	}

	@Test
	void aMissingOrBlankKeyIsRejectedWithTheSettingToUse() {
		assertThatIllegalArgumentException().isThrownBy(() -> NovuClient.builder().build())
			.withMessageContaining("novu.api-key")
			.withMessageContaining("NOVU_API_KEY");
		assertThatIllegalArgumentException().isThrownBy(() -> NovuClient.builder().apiKey("  ").build());
	}

	@Test
	void badBaseUrlsAndTimeoutsAreRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NovuClient.builder().apiKey(KEY).baseUrl("ftp://novu.example").build())
			.withMessageContaining("Invalid Novu base URL");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NovuClient.builder().connectTimeout(java.time.Duration.ZERO));
	}

	@Test
	void theKeyNeverAppearsInToString() {
		NovuClientBuilder builder = NovuClient.builder().apiKey(KEY);

		assertThat(builder.toString()).doesNotContain(KEY).contains("<redacted>");
		assertThat(builder.build().toString()).doesNotContain(KEY);
	}

	@Test
	void requestOptionsCheckIdempotencyKeysAndReservedHeaders() {
		assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().idempotencyKey("x".repeat(256)))
			.withMessageContaining("at most 255");
		assertThat(RequestOptions.builder().idempotencyKey("x".repeat(255)).build().idempotencyKey()).hasSize(255);
		assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().header("Authorization", "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().header("idempotency-key", "x"))
			.withMessageContaining("idempotencyKey(..)");
	}

	@ParameterizedTest
	@ValueSource(strings = { KEY + "\n", " " + KEY, KEY + " ", "nv secret", KEY + "\t", "\uFEFF" + KEY, KEY + "\u0000",
			KEY + "\u00e9", KEY + "\u00a0", "${NOVU_API_KEY}", "${novu.key}" })
	void aKeyThatCannotBeSentIsRejectedAtBuildWithoutRepeatingIt(String key) {
		assertThatIllegalArgumentException().isThrownBy(() -> NovuClient.builder().apiKey(key).build())
			.withMessageStartingWith("Invalid Novu API key: it ")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(KEY).doesNotContain(key.trim()));
	}

	@Test
	void theProblemOfABadKeySaysWhatAndWhere() {
		assertThat(NovuClientBuilder.apiKeyProblem("\uFEFF" + KEY)).contains("byte-order mark").contains("position 1 of 22");
		assertThat(NovuClientBuilder.apiKeyProblem(KEY + "\n")).contains("whitespace").contains("position 22 of 22");
		assertThat(NovuClientBuilder.apiKeyProblem("${NOVU_API_KEY}")).contains("unresolved configuration placeholder");
		assertThat(NovuClientBuilder.apiKeyProblem(KEY)).isNull();
	}

}
