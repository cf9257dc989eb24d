package io.github.novu4j.client.channelendpoints;

import io.github.novu4j.client.ContextMap;
import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.ChannelType;
import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuConflictException;
import io.github.novu4j.client.NovuNotFoundException;
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

class ChannelEndpointsTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	/** An endpoint as Novu sends it, every member of {@code GetChannelEndpointResponseDto} present. */
	static final String ENDPOINT = """
			{"identifier":"slack-channel-user42-abc4","channel":"chat","providerId":"slack",
			 "integrationIdentifier":"slack-prod","connectionIdentifier":"slack-connection-abc123",
			 "subscriberId":"user-42","contextKeys":["tenant:org-acme"],"type":"slack_channel",
			 "endpoint":{"channelId":"C123456789"},"createdAt":"2026-04-19T10:00:00.000Z",
			 "updatedAt":"2026-04-19T11:00:00.000Z"}
			""";

	@Test
	void createSendsTypeAndEndpointAndReadsTheEndpointBack() {
		novu.stubFor(post("/v1/channel-endpoints")
			.willReturn(json(201, "{\"data\":" + RichJson.withUnknownFields(ENDPOINT) + "}")));

		ChannelEndpoint endpoint = novu.client()
			.channelEndpoints()
			.create(CreateChannelEndpointRequest.builder("user-42", "slack-prod", EndpointData.slackChannel("C123456789"))
				.identifier("slack-channel-user42-abc4")
				.connectionIdentifier("slack-connection-abc123")
				.context(ContextMap.of("tenant", "org-acme"))
				.build());

		RichJson.assertNoFieldLost(endpoint, ENDPOINT);
		assertThat(endpoint.type()).isEqualTo(ChannelEndpointType.SLACK_CHANNEL);
		assertThat(endpoint.channel()).isEqualTo(ChannelType.CHAT);
		assertThat(endpoint.endpoint()).containsEntry("channelId", "C123456789");
		assertThat(onlyRequest().getBodyAsString()).isEqualTo("{\"identifier\":\"slack-channel-user42-abc4\","
				+ "\"subscriberId\":\"user-42\",\"context\":{\"tenant\":\"org-acme\"},\"integrationIdentifier\":\"slack-prod\","
				+ "\"connectionIdentifier\":\"slack-connection-abc123\",\"type\":\"slack_channel\","
				+ "\"endpoint\":{\"channelId\":\"C123456789\"}}");
	}

	@Test
	void everyEndpointTypeIsAcceptedByTheDocument() {
		novu.stubFor(post("/v1/channel-endpoints").willReturn(json(201, "{\"data\":" + ENDPOINT + "}")));
		List<EndpointData> all = List.of(EndpointData.slackChannel("C1"), EndpointData.slackUser("U1"),
				EndpointData.webhook("https://example.com/hook", "ops"), EndpointData.phone("+15551234567"),
				EndpointData.msTeamsChannel("19:team@thread.tacv2", "19:chan@thread.tacv2"), EndpointData.msTeamsUser("29:1"),
				EndpointData.telegramChat("123456789"), EndpointData.webexRoom("room-1", "msg-1"),
				EndpointData.webexPersonEmail("user@example.com"), EndpointData.lineUser("U1234567890abcdef"));
		ChannelEndpoints endpoints = novu.client().channelEndpoints();

		for (EndpointData data : all) {
			endpoints.create(CreateChannelEndpointRequest.builder("user-42", "integration-1", data).build());
		}

		assertThat(novu.requests()).extracting(LoggedRequest::getBodyAsString)
			.containsExactly(body("slack_channel", "{\"channelId\":\"C1\"}"), body("slack_user", "{\"userId\":\"U1\"}"),
					body("webhook", "{\"url\":\"https://example.com/hook\",\"channel\":\"ops\"}"),
					body("phone", "{\"phoneNumber\":\"+15551234567\"}"),
					body("ms_teams_channel", "{\"teamId\":\"19:team@thread.tacv2\",\"channelId\":\"19:chan@thread.tacv2\"}"),
					body("ms_teams_user", "{\"userId\":\"29:1\"}"), body("telegram_chat", "{\"chatId\":\"123456789\"}"),
					body("webex_room", "{\"roomId\":\"room-1\",\"parentId\":\"msg-1\"}"),
					body("webex_person", "{\"personEmail\":\"user@example.com\"}"),
					body("line_user", "{\"userId\":\"U1234567890abcdef\"}"));
	}

	@Test
	void createOfAnExistingEndpointIsAConflictAndAnOffFeatureIsNotFound() {
		novu.stubFor(post("/v1/channel-endpoints").willReturn(json(409, WireStubs.error(409, "Conflict",
				"Channel endpoint with identifier slack-channel-user42-abc4 already exists", "/v1/channel-endpoints"))));
		novu.stubFor(get("/v1/channel-endpoints/e1").willReturn(json(404,
				WireStubs.error(404, "Not Found", "Feature not enabled", "/v1/channel-endpoints/e1"))));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuConflictException.class)
			.isThrownBy(() -> client.channelEndpoints()
				.create(CreateChannelEndpointRequest.builder("user-42", "slack-prod", EndpointData.slackUser("U1"))
					.identifier("slack-channel-user42-abc4")
					.build()))
			.satisfies((ex) -> assertThat(ex.getNovuMessage()).endsWith("already exists"));
		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> client.channelEndpoints().retrieve("e1"))
			.satisfies((ex) -> assertThat(ex.getNovuMessage()).isEqualTo("Feature not enabled"));
	}

	@Test
	void listSendsTheFiltersAndFollowsTheCursorUntilNextIsNull() {
		novu.stubFor(get(urlPathEqualTo("/v1/channel-endpoints")).withQueryParam("after", absent())
			.willReturn(json(200, WireStubs.cursorPage(List.of(RichJson.withUnknownFields(ENDPOINT)), "c-1", null, 3))));
		novu.stubFor(get(urlPathEqualTo("/v1/channel-endpoints")).withQueryParam("after", equalTo("c-1"))
			.willReturn(json(200, WireStubs.cursorPage(List.of(ENDPOINT, ENDPOINT), null, "c-1", 3))));

		CursorPagedIterable<ChannelEndpoint> endpoints = novu.client()
			.channelEndpoints()
			.list(ChannelEndpointFilter.subscriber("user-42")
				.integration("slack-prod", "slack-connection-abc123")
				.channel(ChannelType.CHAT, "slack")
				.contextKeys(List.of("tenant:org-acme")), CursorPagination.limit(1), RequestOptions.none());

		RichJson.assertNoFieldLost(endpoints.firstPage().data().get(0), ENDPOINT);
		assertThat(endpoints.stream()).hasSize(3);
		String filters = "&subscriberId=user-42&contextKeys=tenant%3Aorg-acme&channel=chat&providerId=slack"
				+ "&integrationIdentifier=slack-prod&connectionIdentifier=slack-connection-abc123";
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/channel-endpoints?limit=1" + filters,
					"/v1/channel-endpoints?after=c-1&limit=1" + filters);
	}

	@Test
	void listWithoutFiltersSendsNoQuery() {
		novu.stubFor(get("/v1/channel-endpoints").willReturn(json(200, WireStubs.cursorPage(List.of(), null, null, 0))));

		assertThat(novu.client().channelEndpoints().list().firstPage().data()).isEmpty();
		assertThat(onlyRequest().getUrl()).isEqualTo("/v1/channel-endpoints");
	}

	@Test
	void retrieveUpdateAndDelete() {
		novu.stubFor(get("/v1/channel-endpoints/slack-channel-user42-abc4")
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(ENDPOINT) + "}")));
		novu.stubFor(patch("/v1/channel-endpoints/slack-channel-user42-abc4")
			.willReturn(json(200, "{\"data\":" + ENDPOINT.replace("C123456789", "C987654321") + "}")));
		novu.stubFor(delete("/v1/channel-endpoints/slack-channel-user42-abc4").willReturn(aResponse().withStatus(204)));
		ChannelEndpoints endpoints = novu.client().channelEndpoints();

		ChannelEndpoint retrieved = endpoints.retrieve("slack-channel-user42-abc4");
		ChannelEndpoint updated = endpoints.update("slack-channel-user42-abc4", EndpointData.slackChannel("C987654321"));
		endpoints.delete("slack-channel-user42-abc4");

		RichJson.assertNoFieldLost(retrieved, ENDPOINT);
		assertThat(updated.endpoint()).containsEntry("channelId", "C987654321");
		assertThat(novu.requests()).extracting((r) -> r.getMethod().getName() + " " + r.getBodyAsString())
			.containsExactly("GET ", "PATCH {\"endpoint\":{\"channelId\":\"C987654321\"}}", "DELETE ");
	}

	@Test
	void badInputFailsBeforeAnythingIsSent() {
		ChannelEndpoints endpoints = novu.client().channelEndpoints();

		assertThatIllegalArgumentException().isThrownBy(() -> EndpointData.phone("5551234567"))
			.withMessageContaining("E.164");
		assertThatIllegalArgumentException().isThrownBy(() -> EndpointData.slackChannel(" "))
			.withMessageContaining("channelId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> EndpointData.msTeamsChannel("t", ""))
			.withMessageContaining("channelId must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateChannelEndpointRequest.builder("", "slack", EndpointData.slackUser("U1")).build())
			.withMessageContaining("subscriberId must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateChannelEndpointRequest.builder("u", "slack", EndpointData.slackUser("U1"))
				.connectionIdentifier(" ")
				.build())
			.withMessageContaining("connectionIdentifier must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChannelEndpointFilter.none().integration(" ", null))
			.withMessageContaining("integrationIdentifier must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> endpoints.delete("."))
			.withMessageContaining("leave its path segment");
		assertThatNullPointerException().isThrownBy(() -> endpoints.update("e1", null));
		assertThatNullPointerException()
			.isThrownBy(() -> CreateChannelEndpointRequest.builder("u", "slack", null));
		assertThat(novu.requests()).isEmpty();
	}

	private static String body(String type, String endpoint) {
		return "{\"subscriberId\":\"user-42\",\"integrationIdentifier\":\"integration-1\",\"type\":\"" + type
				+ "\",\"endpoint\":" + endpoint + "}";
	}

	private static LoggedRequest onlyRequest() {
		assertThat(novu.requests()).hasSize(1);
		return novu.requests().get(0);
	}

}
