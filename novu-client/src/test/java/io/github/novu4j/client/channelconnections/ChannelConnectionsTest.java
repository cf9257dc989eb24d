package io.github.novu4j.client.channelconnections;

import io.github.novu4j.client.ContextMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.ChannelType;
import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuConflictException;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.OrderDirection;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.RichJson;
import io.github.novu4j.client.testing.WireStubs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ChannelConnectionsTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	static final String TOKEN = "xoxb-secret-token-4711";

	/** A connection as Novu sends it, every member of {@code GetChannelConnectionResponseDto} present. */
	static final String CONNECTION = """
			{"identifier":"slack-prod-user42-abc4","channel":"chat","providerId":"slack",
			 "integrationIdentifier":"slack-prod","subscriberId":"user-42","contextKeys":["tenant:org-acme"],
			 "workspace":{"id":"T123456","name":"Acme HQ"},"auth":{"accessToken":"xoxb-secret-token-4711",
			 "refreshToken":"xoxe-refresh-0815","expiresAt":"2026-06-15T12:00:00.000Z",
			 "refreshTokenExpiresAt":"2026-09-15T12:00:00.000Z"},"createdAt":"2026-04-19T10:00:00.000Z",
			 "updatedAt":"2026-04-19T11:00:00.000Z"}
			""";

	static final String FEATURE_OFF = WireStubs.error(404, "Not Found", "Feature not enabled", "/v1/channel-connections");

	@Test
	void createSendsTheConnectionAndReadsItBackWrapped() {
		novu.stubFor(post("/v1/channel-connections")
			.willReturn(json(201, "{\"data\":" + RichJson.withUnknownFields(CONNECTION) + "}")));

		ChannelConnection connection = novu.client()
			.channelConnections()
			.create(CreateChannelConnectionRequest
				.builder("slack-prod", Workspace.of("T123456", "Acme HQ"),
						ConnectionAuth.of(TOKEN, "xoxe-refresh-0815", "2026-06-15T12:00:00.000Z", null))
				.identifier("slack-prod-user42-abc4")
				.subscriberId("user-42")
				.context(ContextMap.builder().put("tenant", "org-acme").put("region", "eu", Map.of("name", "Europe")).build())
				.build());

		RichJson.assertNoFieldLost(connection, CONNECTION);
		assertThat(connection.channel()).isEqualTo(ChannelType.CHAT);
		assertThat(connection.contextKeys()).containsExactly("tenant:org-acme");
		LoggedRequest request = onlyRequest();
		assertThat(request.getBodyAsString()).isEqualTo("{\"identifier\":\"slack-prod-user42-abc4\","
				+ "\"subscriberId\":\"user-42\",\"context\":{\"tenant\":\"org-acme\",\"region\":{\"id\":\"eu\","
				+ "\"data\":{\"name\":\"Europe\"}}},\"integrationIdentifier\":\"slack-prod\",\"workspace\":{\"id\":\"T123456\","
				+ "\"name\":\"Acme HQ\"},\"auth\":{\"accessToken\":\"xoxb-secret-token-4711\",\"refreshToken\":\"xoxe-refresh-0815\","
				+ "\"expiresAt\":\"2026-06-15T12:00:00.000Z\"}}");
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
	}

	@Test
	void credentialsStayOutOfToString() {
		CreateChannelConnectionRequest request = CreateChannelConnectionRequest
			.builder("slack-prod", Workspace.of("T1", null), ConnectionAuth.of(TOKEN, "xoxe-refresh-0815", null, null))
			.connectionMode(ConnectionMode.SHARED)
			.context(ContextMap.of("tenant", "org-acme"))
			.build();
		novu.stubFor(get("/v1/channel-connections/c1").willReturn(json(200, "{\"data\":" + CONNECTION + "}")));

		ChannelConnection connection = novu.client().channelConnections().retrieve("c1");

		assertThat(request.toString()).doesNotContain(TOKEN).doesNotContain("xoxe-refresh-0815").contains("[redacted]");
		assertThat(connection.toString()).doesNotContain(TOKEN).doesNotContain("xoxe-refresh-0815").contains("T123456");
		assertThat(connection.auth().accessToken()).isEqualTo(TOKEN);
	}

	@Test
	void createOfAnExistingConnectionIsAConflict() {
		novu.stubFor(post("/v1/channel-connections").willReturn(json(409, WireStubs.error(409, "Conflict",
				"Channel connection already exists for this resource and integration", "/v1/channel-connections"))));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuConflictException.class)
			.isThrownBy(() -> client.channelConnections()
				.create(CreateChannelConnectionRequest
					.builder("slack-prod", Workspace.of("T1", null), ConnectionAuth.of(TOKEN))
					.subscriberId("user-42")
					.build()))
			.satisfies((ex) -> {
				assertThat(ex.getNovuMessage()).startsWith("Channel connection already exists");
				assertThat(ex.getMessage()).doesNotContain(TOKEN);
			});
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void featureNotEnabledIsANotFoundWithNovusMessageAsIs() {
		novu.stubFor(get(urlPathEqualTo("/v1/channel-connections")).willReturn(json(404, FEATURE_OFF)));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> client.channelConnections().list())
			.satisfies((ex) -> {
				assertThat(ex.getNovuMessage()).isEqualTo("Feature not enabled");
				assertThat(ex.getError()).isEqualTo("Not Found");
			});
	}

	@Test
	void listSendsTheFiltersAndFollowsTheCursor() {
		novu.stubFor(get(urlPathEqualTo("/v1/channel-connections")).withQueryParam("after", absent())
			.willReturn(json(200, WireStubs.cursorPage(List.of(RichJson.withUnknownFields(CONNECTION)),
					"6a0c0ffee000000000001111", null, 2))));
		novu.stubFor(get(urlPathEqualTo("/v1/channel-connections")).withQueryParam("after", equalTo("6a0c0ffee000000000001111"))
			.willReturn(json(200, WireStubs.cursorPage(List.of(CONNECTION.replace("user42-abc4", "user42-def5")), null,
					"6a0c0ffee000000000001111", 2))));

		CursorPagedIterable<ChannelConnection> connections = novu.client()
			.channelConnections()
			.list(ChannelConnectionFilter.subscriber("user-42")
				.integration("slack-prod")
				.channel(ChannelType.CHAT, "slack")
				.contextKeys(List.of("tenant:org-acme", "region:eu")),
					CursorPagination.builder().limit(1).orderBy("createdAt").orderDirection(OrderDirection.DESC).build(),
					RequestOptions.none());

		RichJson.assertNoFieldLost(connections.firstPage().data().get(0), CONNECTION);
		assertThat(connections.stream().map(ChannelConnection::identifier))
			.containsExactly("slack-prod-user42-abc4", "slack-prod-user42-def5");
		String filters = "&subscriberId=user-42&channel=chat&providerId=slack&integrationIdentifier=slack-prod"
				+ "&contextKeys=tenant%3Aorg-acme&contextKeys=region%3Aeu";
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/channel-connections?limit=1&orderBy=createdAt&orderDirection=DESC" + filters,
					"/v1/channel-connections?after=6a0c0ffee000000000001111&limit=1&orderBy=createdAt&orderDirection=DESC"
							+ filters);
	}

	@Test
	void updateReplacesWorkspaceAndCredentialsAndDeleteAnswers204() {
		novu.stubFor(patch("/v1/channel-connections/slack-prod-user42-abc4")
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(CONNECTION) + "}")));
		novu.stubFor(delete("/v1/channel-connections/slack-prod-user42-abc4").willReturn(aResponse().withStatus(204)));
		ChannelConnections connections = novu.client().channelConnections();

		ChannelConnection updated = connections.update("slack-prod-user42-abc4", Workspace.of("T123456", "Acme HQ"),
				ConnectionAuth.of("xoxb-new-token"));
		connections.delete("slack-prod-user42-abc4");

		RichJson.assertNoFieldLost(updated, CONNECTION);
		assertThat(novu.requests()).extracting((r) -> r.getMethod().getName() + " " + r.getBodyAsString())
			.containsExactly("PATCH {\"workspace\":{\"id\":\"T123456\",\"name\":\"Acme HQ\"},"
					+ "\"auth\":{\"accessToken\":\"xoxb-new-token\"}}", "DELETE ");
	}

	@Test
	void badInputFailsBeforeAnythingIsSent() {
		ChannelConnections connections = novu.client().channelConnections();

		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionAuth.of(" "))
			.withMessageContaining("accessToken must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> Workspace.of("", "x"))
			.withMessageContaining("workspace id must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateChannelConnectionRequest.builder(" ", Workspace.of("T1", null), ConnectionAuth.of("t"))
				.build())
			.withMessageContaining("integrationIdentifier must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateChannelConnectionRequest.builder("slack", Workspace.of("T1", null), ConnectionAuth.of("t"))
				.connectionMode(ConnectionMode.SHARED)
				.build())
			.withMessageContaining("shared connection belongs to a context");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateChannelConnectionRequest.builder("slack", new Workspace(null, "x", null), ConnectionAuth.of("t"))
				.build())
			.withMessageContaining("workspace id must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> ContextMap.of("tenant", "org acme"))
			.withMessageContaining("must be 1 to 100 characters of a-z, A-Z, 0-9, '_' and '-'");
		assertThatIllegalArgumentException().isThrownBy(() -> ContextMap.builder().put("a", "1").put("a", "2"))
			.withMessageContaining("is set twice");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ContextMap.of("a", "1").with("b", "1").with("c", "1").with("d", "1").with("e", "1").with("f", "1"))
			.withMessageContaining("1 to 5 entries");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChannelConnectionFilter.none().contextKeys(List.of("tenant")))
			.withMessageContaining("context key must be type:id");
		assertThatIllegalArgumentException().isThrownBy(() -> ChannelConnectionFilter.subscriber(" "))
			.withMessageContaining("subscriberId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> connections.retrieve(".."))
			.withMessageContaining("leave its path segment");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> connections.update("c1", new Workspace("T1", null, null), new ConnectionAuth(null, null, null, null, null)))
			.withMessageContaining("accessToken must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> connections.list(ChannelConnectionFilter.none(), CursorPagination.limit(101)))
			.withMessageContaining("limit must be 1 to 100");
		assertThatNullPointerException().isThrownBy(() -> connections.create(null));
		assertThat(novu.requests()).isEmpty();
	}

	private static LoggedRequest onlyRequest() {
		assertThat(novu.requests()).hasSize(1);
		return novu.requests().get(0);
	}

}
