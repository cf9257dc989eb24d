package io.github.novu4j.client.integrations;

import io.github.novu4j.client.ChannelType;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class IntegrationsTest {

	private static final String SECRET = "SG.very-secret-sendgrid-key";

	/** An integration as Novu answers it: every documented field, the undocumented ones it sends, and extras. */
	private static final String SENDGRID = """
			{"_id":"65f0c0ffee0000000000ab01","_environmentId":"65f0c0ffee0000000000cc01",
			 "_organizationId":"65f0c0ffee0000000000bb01","name":"SendGrid","identifier":"sendgrid-x1y2",
			 "providerId":"sendgrid","channel":"email",
			 "credentials":{"apiKey":"SG.very-secret-sendgrid-key","from":"no-reply@example.com",
			   "senderName":"Example","secure":true,"tlsOptions":{"rejectUnauthorized":false}},
			 "active":true,"deleted":false,"deletedAt":"2024-12-01T09:00:00.000Z","deletedBy":"65f0c0ffee0000000000ff01",
			 "primary":true,"priority":2,
			 "conditions":[{"isNegated":false,"type":"GROUP","value":"AND",
			   "children":[{"field":"identifier","value":"acme","operator":"EQUAL","on":"tenant"}]}],
			 "removeNovuBranding":true,"createdAt":"2024-11-01T08:00:00.000Z","updatedAt":"2024-12-13T10:00:00.000Z",
			 "__v":0,"connected":true,"kind":"delivery","configurations":{"inboundWebhookEnabled":false},
			 "addedIn2030":["x"]}""";

	private static final String TWILIO = """
			{"_id":"65f0c0ffee0000000000ab02","_environmentId":"65f0c0ffee0000000000cc01",
			 "_organizationId":"65f0c0ffee0000000000bb01","name":"Twilio","identifier":"twilio-a1",
			 "providerId":"twilio","channel":"sms","credentials":{"accountSid":"AC123","token":"twilio-token-secret",
			 "from":"+15550001111"},"active":false,"deleted":false,"deletedAt":null,"deletedBy":null,
			 "primary":false,"priority":0,"conditions":[],"createdAt":"2024-11-02T08:00:00.000Z",
			 "updatedAt":"2024-11-02T08:00:00.000Z"}""";

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void aRealIntegrationDeserializesWithNoFieldLost() {
		novu.stubFor(get("/v1/integrations").willReturn(json(200, "{\"data\":[" + SENDGRID + "]}")));

		Integration integration = novu.client().integrations().list().get(0);

		assertThat(integration).hasNoNullFieldsOrProperties().isEqualTo(new Integration("65f0c0ffee0000000000ab01",
				"65f0c0ffee0000000000cc01", "65f0c0ffee0000000000bb01", "SendGrid", "sendgrid-x1y2", "sendgrid",
				ChannelType.EMAIL,
				IntegrationCredentials.of(Map.of("apiKey", SECRET, "from", "no-reply@example.com", "senderName",
						"Example", "secure", true, "tlsOptions", Map.of("rejectUnauthorized", false))),
				true, false, "2024-12-01T09:00:00.000Z", "65f0c0ffee0000000000ff01", true, 2,
				List.of(new StepFilter(false, StepFilterType.GROUP, FilterLogic.AND, List.of(FieldFilterPart.tenantIs("acme")), null)),
				true, "2024-11-01T08:00:00.000Z", "2024-12-13T10:00:00.000Z", "delivery",
				Map.of("inboundWebhookEnabled", false), true, Map.of("__v", 0, "addedIn2030", List.of("x"))));
		assertThat(integration.conditions().get(0).children().get(0).on()).isEqualTo(FilterPartType.TENANT);
		assertThat(integration.isActive()).isTrue();
		assertThat(integration.isPrimary()).isTrue();
		// Written back with the client's mapper, nothing is lost either.
		String written = NovuJson.mapper().writeValueAsString(integration);
		assertThat(NovuJson.mapper().readValue(written, Integration.class)).isEqualTo(integration);
		assertThat(written).contains("\"_id\":\"65f0c0ffee0000000000ab01\"").contains("\"on\":\"tenant\"");
	}

	@Test
	void valuesOutsideTheDocumentsEnumsAndNullsAreAccepted() {
		novu.stubFor(get("/v1/integrations/active").willReturn(json(200, """
				{"data":[{"_id":"65f0c0ffee0000000000ab03","providerId":"whatsapp-business-2030","channel":"voice",
				 "credentials":null,"active":null,"deleted":null,"primary":null,"priority":null,"conditions":null,
				 "name":null,"identifier":null,"deletedAt":null,"createdAt":null,
				 "_environmentId":"65f0c0ffee0000000000cc01","_organizationId":"65f0c0ffee0000000000bb01"},
				{"_id":"65f0c0ffee0000000000ab04","providerId":"slack","channel":"chat","credentials":{},
				 "conditions":[{"isNegated":true,"type":"SOMETHING_NEW","value":"XOR","children":[
				   {"field":"subscriberId","value":"5","operator":"MATCHES_SOON","on":"subscriberSegment"}]}]}]}""")));

		List<Integration> active = novu.client().integrations().listActive();

		assertThat(active).hasSize(2);
		Integration future = active.get(0);
		assertThat(future.providerId()).isEqualTo("whatsapp-business-2030");
		assertThat(future.channel()).isEqualTo(ChannelType.of("voice"));
		assertThat(future.credentials()).isNull();
		assertThat(future.conditions()).isEmpty();
		assertThat(future.isActive()).isFalse();
		// isActive()/isPrimary() are conveniences, not properties: an absent flag is not written as false.
		assertThat(NovuJson.mapper().writeValueAsString(future)).doesNotContain("\"active\"", "\"primary\"");
		StepFilter filter = active.get(1).conditions().get(0);
		assertThat(filter.type()).isEqualTo(StepFilterType.of("SOMETHING_NEW"));
		assertThat(filter.value()).isEqualTo(FilterLogic.of("XOR"));
		assertThat(filter.children().get(0).operator()).isEqualTo(FilterOperator.of("MATCHES_SOON"));
		assertThat(filter.children().get(0).on()).isEqualTo(FilterPartType.of("subscriberSegment"));
		assertThat(active.get(1).credentials()).isEqualTo(IntegrationCredentials.empty());
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("GET");
		assertThat(request.getUrl()).isEqualTo("/v1/integrations/active");
	}

	@Test
	void listReturnsTheWholeUnpaginatedArray() {
		novu.stubFor(get("/v1/integrations").willReturn(json(200, "{\"data\":[" + SENDGRID + "," + TWILIO + "]}")));

		List<Integration> integrations = novu.client().integrations().list();

		assertThat(integrations).extracting(Integration::providerId).containsExactly("sendgrid", "twilio");
		assertThat(integrations.get(1).deletedAt()).isNull();
		assertThat(integrations.get(1).channel()).isEqualTo(ChannelType.SMS);
		assertThat(novu.requests()).singleElement().satisfies((request) -> {
			assertThat(request.getMethod().getName()).isEqualTo("GET");
			assertThat(request.getUrl()).isEqualTo("/v1/integrations");
		});
	}

	@Test
	void createSendsTheIntegrationAndReturnsWhatNovuCreated() {
		novu.stubFor(post("/v1/integrations").willReturn(json(201, "{\"data\":" + SENDGRID + "}")));

		Integration created = novu.client()
			.integrations()
			.create(CreateIntegrationRequest.builder("sendgrid", ChannelType.EMAIL)
				.name("SendGrid")
				.identifier("sendgrid-x1y2")
				.credentials(IntegrationCredentials.builder().apiKey(SECRET).from("no-reply@example.com").secure(true).build())
				.active(true)
				.check(false)
				.condition(StepFilter.anyOf(FieldFilterPart.of(FilterPartType.PAYLOAD, "region", FilterOperator.EQUAL, "eu")))
				.build());

		assertThat(created.id()).isEqualTo("65f0c0ffee0000000000ab01");
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("POST");
		assertThat(request.getUrl()).isEqualTo("/v1/integrations");
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
		assertThat(request.getBodyAsString()).isEqualTo("{\"providerId\":\"sendgrid\",\"channel\":\"email\","
				+ "\"name\":\"SendGrid\",\"identifier\":\"sendgrid-x1y2\","
				+ "\"credentials\":{\"apiKey\":\"" + SECRET + "\",\"from\":\"no-reply@example.com\",\"secure\":true},"
				+ "\"active\":true,\"check\":false,\"conditions\":[{\"isNegated\":false,\"type\":\"GROUP\",\"value\":\"OR\","
				+ "\"children\":[{\"field\":\"region\",\"value\":\"eu\",\"operator\":\"EQUAL\",\"on\":\"payload\"}]}]}");
	}

	@Test
	void createSendsATenantConditionAndAnEnvironmentId() {
		// The document forbids both, the server needs them: integration conditions are written
		// `on: "tenant"` (WIRE-FORMAT §9, values outside the schema's enums), and the server's
		// CreateIntegrationRequestDto checks _environmentId with @IsMongoId where the document says
		// format uuid (Novu's ids are Mongo ids; not yet listed in WIRE-FORMAT).
		novu.skipRequestValidationForThisTest();
		novu.stubFor(post("/v1/integrations").willReturn(json(201, "{\"data\":" + SENDGRID + "}")));

		novu.client()
			.integrations()
			.create(CreateIntegrationRequest.builder("sendgrid", ChannelType.EMAIL)
				.environmentId("65f0c0ffee0000000000cc01")
				.condition(StepFilter.allOf(FieldFilterPart.tenantIs("acme")))
				.build());

		assertThat(novu.requests().get(0).getBodyAsString()).isEqualTo("{\"providerId\":\"sendgrid\",\"channel\":\"email\","
				+ "\"_environmentId\":\"65f0c0ffee0000000000cc01\",\"conditions\":[{\"isNegated\":false,\"type\":\"GROUP\","
				+ "\"value\":\"AND\",\"children\":[{\"field\":\"identifier\",\"value\":\"acme\",\"operator\":\"EQUAL\","
				+ "\"on\":\"tenant\"}]}]}");
	}

	@Test
	void updatePutsOnlyWhatIsSet() {
		novu.stubFor(put("/v1/integrations/65f0c0ffee0000000000ab02").willReturn(json(200, "{\"data\":" + TWILIO + "}")));

		Integration updated = novu.client()
			.integrations()
			.update("65f0c0ffee0000000000ab02", UpdateIntegrationRequest.builder()
				.name("Twilio")
				.active(false)
				.credentials(IntegrationCredentials.builder().accountSid("AC123").token("twilio-token-secret").build())
				.removeNovuBranding(false)
				.clearConditions()
				.build());

		assertThat(updated.name()).isEqualTo("Twilio");
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("PUT");
		assertThat(request.getUrl()).isEqualTo("/v1/integrations/65f0c0ffee0000000000ab02");
		assertThat(request.getHeader("Idempotency-Key")).isNull();
		assertThat(request.getBodyAsString()).isEqualTo("{\"name\":\"Twilio\",\"active\":false,"
				+ "\"credentials\":{\"accountSid\":\"AC123\",\"token\":\"twilio-token-secret\"},"
				+ "\"removeNovuBranding\":false,\"conditions\":[]}");
	}

	@Test
	void updateOfAMissingIntegrationIsNotFoundCarryingNovusMessage() {
		novu.stubFor(put("/v1/integrations/65f0c0ffee0000000000dead").willReturn(json(404, "{\"statusCode\":404,"
				+ "\"message\":\"Entity with id 65f0c0ffee0000000000dead not found\",\"error\":\"Not Found\","
				+ "\"timestamp\":\"2024-12-13T10:00:00.000Z\",\"path\":\"/v1/integrations/65f0c0ffee0000000000dead\"}")));
		Integrations integrations = novu.client().integrations();

		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> integrations.update("65f0c0ffee0000000000dead",
					UpdateIntegrationRequest.builder().active(true).build()))
			.satisfies((ex) -> assertThat(ex.getNovuMessage())
				.isEqualTo("Entity with id 65f0c0ffee0000000000dead not found"));
	}

	@Test
	void deleteReturnsTheIntegrationsThatRemain() {
		novu.stubFor(delete("/v1/integrations/65f0c0ffee0000000000ab01")
			.willReturn(json(200, "{\"data\":[" + TWILIO + "]}")));

		List<Integration> remaining = novu.client().integrations().delete("65f0c0ffee0000000000ab01");

		assertThat(remaining).extracting(Integration::id).containsExactly("65f0c0ffee0000000000ab02");
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("DELETE");
		assertThat(request.getUrl()).isEqualTo("/v1/integrations/65f0c0ffee0000000000ab01");
	}

	@Test
	void setAsPrimaryAcceptsNovus201() {
		novu.stubFor(post("/v1/integrations/65f0c0ffee0000000000ab01/set-primary")
			.willReturn(json(201, "{\"data\":" + SENDGRID + "}")));

		Integration primary = novu.client().integrations().setAsPrimary("65f0c0ffee0000000000ab01");

		assertThat(primary.isPrimary()).isTrue();
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("POST");
		assertThat(request.getUrl()).isEqualTo("/v1/integrations/65f0c0ffee0000000000ab01/set-primary");
		assertThat(request.getBody()).isEmpty();
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
	}

	@Test
	void webhooksRetrieveReadsTheWrappedBoolean() {
		novu.stubFor(get("/v1/integrations/webhook/provider/sendgrid/status").willReturn(json(200, "{\"data\":true}")));
		novu.stubFor(get("/v1/integrations/webhook/provider/65f0c0ffee0000000000ab02/status")
			.willReturn(json(200, "{\"data\":false}")));
		NovuClient client = novu.client();

		assertThat(client.integrations().webhooks().retrieve("sendgrid")).isTrue();
		assertThat(client.integrations().webhooks().retrieve("65f0c0ffee0000000000ab02")).isFalse();
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/integrations/webhook/provider/sendgrid/status",
					"/v1/integrations/webhook/provider/65f0c0ffee0000000000ab02/status");
	}

	@Test
	void credentialsNeverAppearInToString() {
		novu.stubFor(get("/v1/integrations").willReturn(json(200, "{\"data\":[" + SENDGRID + "," + TWILIO + "]}")));
		IntegrationCredentials credentials = IntegrationCredentials.builder()
			.apiKey(SECRET)
			.password("smtp-password-secret")
			.put("privateKey", "-----BEGIN PRIVATE KEY-----")
			.build();

		List<Integration> integrations = novu.client().integrations().list();
		String printed = integrations + " " + credentials + " "
				+ CreateIntegrationRequest.builder("sendgrid", ChannelType.EMAIL).credentials(credentials).build() + " "
				+ UpdateIntegrationRequest.builder().credentials(credentials).build();

		assertThat(printed).doesNotContain(SECRET, "smtp-password-secret", "BEGIN PRIVATE KEY", "twilio-token-secret",
				"AC123", "no-reply@example.com");
		assertThat(credentials.toString())
			.isEqualTo("IntegrationCredentials{apiKey=<redacted>, password=<redacted>, privateKey=<redacted>}");
		assertThat(integrations.get(0).toString()).contains("providerId=sendgrid").contains("apiKey=<redacted>");
		// The values stay available to the program, just not to logs.
		assertThat(integrations.get(0).credentials().getString("apiKey")).isEqualTo(SECRET);
		assertThat(integrations.get(0).credentials().getString("secure")).isEqualTo("true");
	}

	@Test
	void badIdsAndMissingFieldsFailBeforeAnythingIsSent() {
		Integrations integrations = novu.client().integrations();
		UpdateIntegrationRequest update = UpdateIntegrationRequest.builder().active(true).build();

		assertThatIllegalArgumentException().isThrownBy(() -> integrations.update(" ", update))
			.withMessageContaining("integrationId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> integrations.delete(null))
			.withMessageContaining("integrationId must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> integrations.setAsPrimary(".."))
			.withMessageContaining("leave its path segment");
		assertThatIllegalArgumentException().isThrownBy(() -> integrations.webhooks().retrieve(""))
			.withMessageContaining("providerOrIntegrationId must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateIntegrationRequest.builder(" ", ChannelType.EMAIL).build())
			.withMessageContaining("needs a providerId");
		assertThatNullPointerException().isThrownBy(() -> CreateIntegrationRequest.builder("sendgrid", null).build());
		assertThatIllegalArgumentException().isThrownBy(() -> StepFilter.allOf())
			.withMessageContaining("at least one part");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FieldFilterPart.of(FilterPartType.TENANT, " ", FilterOperator.EQUAL, "x"))
			.withMessageContaining("needs the field");
		assertThatIllegalArgumentException().isThrownBy(() -> IntegrationCredentials.builder().put("", "x"))
			.withMessageContaining("needs a name");
		assertThatNullPointerException().isThrownBy(() -> integrations.create(null));
		assertThat(novu.requests()).isEmpty();
	}

}
