package io.github.novu4j.test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The document checks the other tests rely on can fail. */
class OpenApiCheckTests {

	private static final ReceivedRequest GET_TOPIC = new ReceivedRequest("GET", "/v2/topics/news", null,
			Map.of("authorization", List.of("ApiKey k")), "");

	@Test
	void anAnswerOffItsSchemaIsReportedAndTheEnvelopeIsRemovedFirst() {
		LocalNovu.Answer good = new LocalNovu.Answer(GET_TOPIC, 200, "{\"data\":{\"_id\":\"1\",\"key\":\"news\"}}");
		LocalNovu.Answer badType = new LocalNovu.Answer(GET_TOPIC, 200, "{\"data\":{\"_id\":\"1\",\"key\":7}}");
		assertThat(OpenApiCheck.responseProblems(List.of(good), Set.of())).isEmpty();
		assertThat(OpenApiCheck.responseProblems(List.of(badType), Set.of())).singleElement()
			.asString()
			.contains("GET /v2/topics/news 200", "/key");
		assertThat(OpenApiCheck.responseProblems(List.of(badType), Set.of("GET /v2/topics/{topicKey}"))).isEmpty();
	}

	@Test
	void aRequestOffItsSchemaFails() {
		ReceivedRequest badBody = new ReceivedRequest("POST", "/v1/topics", null,
				Map.of("authorization", List.of("ApiKey k"), "content-type", List.of("application/json")),
				"{\"key\":7}");
		org.assertj.core.api.Assertions.assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> OpenApiCheck.assertValid(List.of(badBody), Set.of()))
			.withMessageContaining("POST /v1/topics");
	}

}
