package io.github.novu4j.client.environments;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuAuthenticationException;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.RichJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EnvironmentsTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	private static final String SECRET_1 = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6";

	private static final String SECRET_2 = "f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1";

	/**
	 * A production environment as Novu's 2024 server sends it in {@code environments.list}: every field
	 * of {@code EnvironmentResponseDto}, {@code apiKeys} as objects (the document says strings), and
	 * fields the document does not list.
	 */
	private static final String PRODUCTION = """
			{"_id":"6615943e7ace93b0540ae377","name":"Production","_organizationId":"6615943e7ace93b0540ae370",
			 "identifier":"Xq3Tn9bL2kPz","slug":"production","_parentId":"6615943e7ace93b0540ae372",
			 "apiKeys":[{"key":"%s","_userId":"6615943d7ace93b0540ae36b","hash":"9f86d081884c7d65"}],
			 "widget":{"notificationCenterEncryption":false},
			 "dns":{"inboundParseDomain":"in.example.com","mxRecordConfigured":false},
			 "bridge":{"url":"https://bridge.example.com/api/novu"},"echo":{"url":"https://bridge.example.com/api/novu"},
			 "createdAt":"2024-04-09T19:20:30.331Z","updatedAt":"2024-11-02T08:00:12.012Z","__v":0}
			""".formatted(SECRET_1);

	private static final String DEVELOPMENT = """
			{"_id":"6615943e7ace93b0540ae372","name":"Development","_organizationId":"6615943e7ace93b0540ae370",
			 "identifier":"Hd8Wm1cR5vQa","slug":"development",
			 "apiKeys":[{"key":"%s","_userId":"6615943d7ace93b0540ae36b"}],
			 "createdAt":"2024-04-09T19:20:30.120Z","updatedAt":"2024-04-09T19:20:30.120Z","__v":0}
			""".formatted(SECRET_2);

	@Test
	void retrieveReturnsTheEnvironmentOfTheKey() {
		// /me answers without apiKeys.
		novu.stubFor(get("/v1/environments/me").willReturn(json(200, """
				{"data":{"_id":"6615943e7ace93b0540ae372","name":"Development","_organizationId":"6615943e7ace93b0540ae370",
				 "identifier":"Hd8Wm1cR5vQa","slug":"development","widget":{"notificationCenterEncryption":false},
				 "createdAt":"2024-04-09T19:20:30.120Z","__v":0}}""")));

		Environment environment = novu.client().environments().retrieve();

		assertThat(environment.id()).isEqualTo("6615943e7ace93b0540ae372");
		assertThat(environment.name()).isEqualTo("Development");
		assertThat(environment.identifier()).isEqualTo("Hd8Wm1cR5vQa");
		assertThat(environment.apiKeys()).isNull();
		assertThat(environment.parentId()).isNull();
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("GET");
		assertThat(request.getUrl()).isEqualTo("/v1/environments/me");
		assertThat(request.getHeader("Authorization")).isEqualTo("ApiKey " + MockNovu.API_KEY);
		assertThat(request.getHeader("Idempotency-Key")).isNull();
		assertThat(request.getBodyAsString()).isEmpty();
	}

	@Test
	void listReturnsEveryEnvironmentWithApiKeyObjects() {
		novu.stubFor(get("/v1/environments").willReturn(json(200, "{\"data\":[" + DEVELOPMENT + "," + PRODUCTION + "]}")));

		List<Environment> environments = novu.client().environments().list();

		assertThat(environments).extracting(Environment::name).containsExactly("Development", "Production");
		assertThat(environments.get(0).apiKeys()).containsExactly(new ApiKey(SECRET_2, "6615943d7ace93b0540ae36b", null, null));
		assertThat(environments.get(1).parentId()).isEqualTo(environments.get(0).id());
		assertThat(novu.requests()).singleElement().satisfies((request) -> {
			assertThat(request.getMethod().getName()).isEqualTo("GET");
			assertThat(request.getUrl()).isEqualTo("/v1/environments");
		});
	}

	@Test
	void apiKeysListReturnsTheKeys() {
		novu.stubFor(get("/v1/environments/api-keys").willReturn(json(200,
				"{\"data\":[{\"key\":\"" + SECRET_1 + "\",\"_userId\":\"u-1\"},{\"key\":\"" + SECRET_2
						+ "\",\"_userId\":\"u-2\"}]}")));

		List<ApiKey> keys = novu.client().environments().apiKeys().list();

		assertThat(keys).containsExactly(new ApiKey(SECRET_1, "u-1", null, null), new ApiKey(SECRET_2, "u-2", null, null));
		assertThat(novu.requests()).singleElement().satisfies((request) -> {
			assertThat(request.getMethod().getName()).isEqualTo("GET");
			assertThat(request.getUrl()).isEqualTo("/v1/environments/api-keys");
		});
	}

	@Test
	void richEnvironmentRoundTripsWithNoFieldLost() {
		novu.stubFor(get("/v1/environments")
			.willReturn(json(200, "{\"data\":[" + RichJson.withUnknownFields(PRODUCTION) + "]}")));

		Environment environment = novu.client().environments().list().get(0);

		assertThat(environment.id()).isEqualTo("6615943e7ace93b0540ae377");
		assertThat(environment.apiKeys()).singleElement()
			.satisfies((key) -> assertThat(key.hash()).isEqualTo("9f86d081884c7d65"));
		assertThat(environment.widget()).containsEntry("notificationCenterEncryption", false);
		assertThat(environment.createdAt()).isEqualTo("2024-04-09T19:20:30.331Z");
		assertThat(environment.updatedAt()).isEqualTo("2024-11-02T08:00:12.012Z");
		assertThat(environment.bridge()).containsEntry("url", "https://bridge.example.com/api/novu");
		assertThat(environment.dns()).containsEntry("inboundParseDomain", "in.example.com");
		assertThat(environment.additionalProperties()).containsOnlyKeys("__v", RichJson.UNKNOWN_FIELD);
		// Every field comes back, modelled or kept in additionalProperties(), down to the added unknown ones.
		RichJson.assertNoFieldLost(environment, RichJson.withUnknownFields(PRODUCTION));
	}

	@Test
	void secretKeysAreNeverPrinted() {
		novu.stubFor(get("/v1/environments").willReturn(json(200, "{\"data\":[" + DEVELOPMENT + "," + PRODUCTION + "]}")));
		novu.stubFor(get("/v1/environments/api-keys")
			.willReturn(json(200, "{\"data\":[{\"key\":\"" + SECRET_1 + "\",\"_userId\":\"u-1\"}]}")));

		List<Environment> environments = novu.client().environments().list();
		List<ApiKey> keys = novu.client().environments().apiKeys().list();

		String printed = environments + " " + keys + " " + environments.get(0).apiKeys();
		assertThat(printed).doesNotContain(SECRET_1)
			.doesNotContain(SECRET_2)
			.contains("Production")
			.contains("1 redacted")
			.doesNotContain("9f86d081884c7d65")
			.contains("ApiKey{key=<redacted>, userId=u-1, hash=null");
	}

	@Test
	void aRejectedKeyIsAnAuthenticationFailureThatDoesNotShowTheKey() {
		novu.stubFor(get("/v1/environments/me").willReturn(json(401,
				"{\"statusCode\":401,\"message\":\"API Key not found\",\"error\":\"Unauthorized\"}")));

		assertThatExceptionOfType(NovuAuthenticationException.class)
			.isThrownBy(() -> novu.client().environments().retrieve())
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("environments.retrieve")
				.contains("API Key not found")
				.doesNotContain(MockNovu.API_KEY));
		assertThat(novu.requests()).hasSize(1);
	}

}
