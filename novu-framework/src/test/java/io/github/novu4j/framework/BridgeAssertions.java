package io.github.novu4j.framework;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** Reads bridge answers in tests. */
final class BridgeAssertions {

	private BridgeAssertions() {
	}

	static JsonNode json(BridgeResponse response) {
		return Schemas.JSON.readTree(response.body());
	}

	/** Asserts an error answer's status and code and returns its body. */
	static JsonNode error(BridgeResponse response, int status, String code) {
		JsonNode body = json(response);
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(body.path("code").asString()).isEqualTo(code);
		assertThat(body.path("message").asString()).isNotBlank();
		return body;
	}
}
