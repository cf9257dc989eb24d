package io.github.novu4j.test;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local Novu checks every request against Novu's OpenAPI documents: what they forbid is refused with
 * Novu's 422 {@code Validation Error} (WIRE-FORMAT §2, WIRE-FORMAT-CURRENT §E), what they wrongly forbid but
 * Novu accepts goes through (WIRE-FORMAT §5, §9), and the check can be switched off.
 */
@ExtendWith(LocalNovuExtension.class)
class RequestValidationTests {

	LocalNovu novu;

	@Test
	void aBodyTheDocumentForbidsIs422WithNovusValidationBody() {
		RawNovu.Answer answer = new RawNovu(this.novu).send("POST", "/v1/topics", "{\"key\":7,\"name\":\"News\"}");
		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.json().get("statusCode").asInt()).isEqualTo(422);
		assertThat(answer.json().get("message").asString()).isEqualTo("Validation Error");
		assertThat(answer.json().get("error").asString()).isEqualTo("Unprocessable Entity");
		assertThat(answer.json().get("path").asString()).isEqualTo("/v1/topics");
		assertThat(answer.json().path("errors").path("general").path("value").asString()).isEqualTo("No Value Recorded");
		assertThat(answer.validationMessages()).containsExactly("key must be a string");
		assertThat(this.novu.topic("7")).isEmpty();
	}

	@Test
	void nestedProblemsAreNamedByTheirPathAndEveryProblemIsListed() {
		RawNovu.Answer answer = new RawNovu(this.novu).send("POST", "/v1/events/trigger/bulk",
				"{\"events\":[{\"name\":\"w\",\"to\":\"a\",\"payload\":{}},{\"to\":[{\"firstName\":\"Ada\"}],\"payload\":[]}]}");
		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.validationMessages()).contains("events.1.name should not be empty",
				"events.1.payload must be an object");
		assertThat(this.novu.triggers()).isEmpty();
	}

	@Test
	void aMissingRequiredBodyAndABadEnumQueryParameterAreRefused() {
		RawNovu raw = new RawNovu(this.novu);
		RawNovu.Answer noBody = raw.send("PATCH", "/v1/subscribers/ada/online-status", null);
		assertThat(noBody.status()).isEqualTo(422);
		assertThat(noBody.validationMessages()).containsExactly("isOnline should not be empty");
		RawNovu.Answer badEnum = raw.send("GET", "/v2/subscribers?orderDirection=UP", null);
		assertThat(badEnum.status()).isEqualTo(422);
		assertThat(badEnum.validationMessages()).containsExactly("orderDirection must be one of the following values: ASC, DESC");
	}

	@Test
	void whatTheDocumentsWronglyForbidButNovuAcceptsGoesThrough() {
		RawNovu raw = new RawNovu(this.novu);
		// WIRE-FORMAT §5: one recipient without an array; openapi-v1.json types "to" as an array.
		assertThat(raw.send("POST", "/v1/events/trigger", "{\"name\":\"w\",\"to\":\"ada\",\"payload\":{}}").status())
			.isEqualTo(201);
		// WIRE-FORMAT §9: bulk subscribers are objects; openapi-v1.json types them as strings.
		assertThat(raw.send("POST", "/v1/subscribers/bulk", "{\"subscribers\":[{\"subscriberId\":\"ben\"}]}").status())
			.isEqualTo(201);
		// WIRE-FORMAT §9: a push channel has deviceTokens and no webhookUrl, which openapi-v1.json requires.
		assertThat(raw.send("PUT", "/v1/subscribers/ben/credentials",
				"{\"providerId\":\"fcm\",\"credentials\":{\"deviceTokens\":[\"t1\"]}}").status())
			.isEqualTo(200);
		// Null for an optional property, and properties the document does not list, are accepted as Novu does.
		assertThat(raw.send("POST", "/v2/topics", "{\"key\":\"news\",\"name\":null,\"extra\":1}").status()).isEqualTo(201);
		// WIRE-FORMAT-CURRENT §F: a trigger context, which openapi-v1.json does not know.
		assertThat(raw.send("POST", "/v1/events/trigger",
				"{\"name\":\"w\",\"to\":[\"ada\"],\"context\":{\"tenant\":{\"id\":\"acme\",\"data\":{\"plan\":\"pro\"}}}}").status())
			.isEqualTo(201);
		assertThat(this.novu.triggers()).hasSize(2);
	}

	@Test
	void theCheckCanBeSwitchedOffAndResetSwitchesItBackOn() {
		RawNovu raw = new RawNovu(this.novu);
		this.novu.validateRequests(false);
		// The document types name as a string; unchecked, the route reads a non-string name as absent.
		RawNovu.Answer unchecked = raw.send("POST", "/v1/topics", "{\"key\":\"news\",\"name\":7}");
		assertThat(unchecked.status()).isEqualTo(201);
		this.novu.reset();
		assertThat(raw.send("POST", "/v1/topics", "{\"key\":\"news\",\"name\":7}").status()).isEqualTo(422);
	}

	@Test
	void aLocalNovuStartedWithoutTheCheckKeepsItOffAcrossResets() {
		try (LocalNovu unchecked = LocalNovu.builder().validateRequests(false).start()) {
			unchecked.reset();
			assertThat(new RawNovu(unchecked).send("POST", "/v1/topics", "{\"key\":\"news\",\"name\":7}").status())
				.isEqualTo(201);
			unchecked.validateRequests(true);
			assertThat(new RawNovu(unchecked).send("POST", "/v1/topics", "{\"key\":\"other\",\"name\":7}").status())
				.isEqualTo(422);
		}
	}

	@Test
	void routesNeitherDocumentHasAreLeftToTheRoutes() {
		assertThat(OpenApiRequests.problems("GET", "/v9/nothing", Map.of(), "")).isNull();
		assertThat(OpenApiRequests.problems("POST", "/v2/topics", Map.of(), "{\"key\":\"k\"}")).isEmpty();
		assertThat(OpenApiRequests.problems("GET", "/v2/topics", Map.of("limit", List.of("ten")), ""))
			.singleElement()
			.asString()
			.startsWith("limit must be a");
	}

}
