package io.github.novu4j.client.testing;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.internal.NovuJson;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@link RichJson} catches a lost field, and passes a record that keeps it. */
class RichJsonTest {

	private static final String BODY = "{\"name\":\"Ada\",\"nested\":{\"name\":\"n\",\"kept\":1},\"dropped\":[1,{\"a\":null}]}";

	@Test
	void aRecordWithoutAdditionalPropertiesFailsTheCheck() {
		Lossy lossy = NovuJson.mapper().readValue(BODY, Lossy.class);

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> RichJson.assertNoFieldLost(lossy, BODY))
			.withMessageContaining("lost");
	}

	@Test
	void aRecordThatKeepsWhatItDoesNotModelPassesIt() {
		String served = RichJson.withUnknownFields(BODY);
		Keeping keeping = NovuJson.mapper().readValue(served, Keeping.class);

		RichJson.assertNoFieldLost(keeping, served);
		assertThat(keeping.additionalProperties()).containsKeys("dropped", RichJson.UNKNOWN_FIELD);
		assertThat(keeping.nested().additionalProperties()).containsEntry("kept", 1);
	}

	@Test
	void theEnvelopeStaysAnEnvelope() {
		String served = RichJson.withUnknownFieldsInResult("{\"data\":{\"a\":1}}");

		assertThat(NovuJson.mapper().readTree(served).size()).isEqualTo(1);
		assertThat(RichJson.result(served)).contains(RichJson.UNKNOWN_FIELD);
		assertThat(RichJson.paths(RichJson.result("{\"data\":{\"a\":[1]}}"))).containsExactly("$", "$.a", "$.a[0]");
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Lossy(@JsonProperty("name") String name, @JsonProperty("nested") Map<String, Object> nested) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Keeping(@JsonProperty("name") String name, @JsonProperty("nested") Nested nested,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		Keeping {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Nested(@JsonProperty("name") String name,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		Nested {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
