package io.github.novu4j.client.testing;

import com.atlassian.oai.validator.model.SimpleRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks the other tests rely on must themselves be able to fail. */
class NovuApiSpecTest {

	@Test
	void theDocumentHasTheFiftySixOperations() {
		assertThat(NovuApiSpec.get().operations()).hasSize(56);
	}

	@Test
	void theTwoDocumentsTogetherHold178OperationsAndSeedRoutesStayWithTheSeedDocument() {
		assertThat(NovuApiSpec.allOperations()).hasSize(178);
		assertThat(NovuApiSpec.route("POST", "/v1/events/trigger").orElseThrow().spec()).isSameAs(NovuApiSpec.v1());
		var v2 = NovuApiSpec.route("PATCH", "/v2/subscribers/u1/notifications/n1/read").orElseThrow();
		assertThat(v2.spec()).isSameAs(NovuApiSpec.current());
		assertThat(v2.operation().template()).isEqualTo("/v2/subscribers/{subscriberId}/notifications/{notificationId}/read");
		assertThat(NovuApiSpec.route("GET", "/v1/domains/example.com/routes/*").orElseThrow().operation().template())
			.isEqualTo("/v1/domains/{domain}/routes/{address}");
		assertThat(NovuApiSpec.route("GET", "/v3/nowhere")).isEmpty();
	}

	@Test
	void literalSegmentsWinOverVariables() {
		assertThat(NovuApiSpec.get().match("GET", "/v1/notifications/stats").orElseThrow().template())
			.isEqualTo("/v1/notifications/stats");
		assertThat(NovuApiSpec.get().match("GET", "/v1/notifications/abc").orElseThrow().template())
			.isEqualTo("/v1/notifications/{notificationId}");
		assertThat(NovuApiSpec.get().match("GET", "/v1/environments/me").orElseThrow().template())
			.isEqualTo("/v1/environments/me");
		assertThat(NovuApiSpec.get().match("GET", "/v1/subscribers/a%2Fb").orElseThrow().template())
			.isEqualTo("/v1/subscribers/{subscriberId}");
		assertThat(NovuApiSpec.get().match("GET", "/v1/subscribers/a/b")).isEmpty();
		assertThat(NovuApiSpec.get().match("POST", "/v1/nowhere")).isEmpty();
	}

	@Test
	void theValidatorRejectsARequestThatBreaksTheDocument() {
		var missingRecipients = SimpleRequest.Builder.post("/v1/events/trigger")
			.withHeader("Authorization", "ApiKey x")
			.withContentType("application/json")
			.withBody("{\"name\":\"w\"}")
			.build();
		var valid = SimpleRequest.Builder.post("/v1/events/trigger")
			.withHeader("Authorization", "ApiKey x")
			.withContentType("application/json")
			.withBody("{\"name\":\"w\",\"to\":[\"s\"]}")
			.build();

		assertThat(NovuApiSpec.get().validator().validateRequest(missingRecipients).hasErrors()).isTrue();
		assertThat(NovuApiSpec.get().validator().validateRequest(valid).hasErrors()).isFalse();
	}

	@Test
	void theCurrentDocumentLoadsAndChecksTheRealAgentIdentifierPattern() {
		var slug = agentCreate("support-bot");
		var notASlug = agentCreate("support bot");

		assertThat(NovuApiSpec.current().validator().validateRequest(slug).hasErrors()).isFalse();
		assertThat(NovuApiSpec.current().validator().validateRequest(notASlug).hasErrors()).isTrue();
	}

	private static com.atlassian.oai.validator.model.Request agentCreate(String identifier) {
		return SimpleRequest.Builder.post("/v1/agents")
			.withHeader("Authorization", "ApiKey x")
			.withHeader("Novu-Analytics-Source", "api")
			.withContentType("application/json")
			.withBody("{\"name\":\"Bot\",\"identifier\":\"" + identifier + "\"}")
			.build();
	}

}
