package io.github.novu4j.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.agents.AgentReplyRequest;
import io.github.novu4j.client.agents.SentMessageInfo;
import io.github.novu4j.client.channelconnections.ConnectionAuth;
import io.github.novu4j.client.channelconnections.CreateChannelConnectionRequest;
import io.github.novu4j.client.channelconnections.Workspace;
import io.github.novu4j.client.channelendpoints.CreateChannelEndpointRequest;
import io.github.novu4j.client.channelendpoints.EndpointData;
import io.github.novu4j.client.domains.CreateDomainRouteRequest;
import io.github.novu4j.client.domains.DomainRoutes;
import io.github.novu4j.client.environments.CreateEnvironmentRequest;
import io.github.novu4j.client.environmentvariables.CreateEnvironmentVariableRequest;
import io.github.novu4j.client.integrations.Integrations.OAuthUrlRequest;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.WireStubs;
import io.github.novu4j.client.ContextMap;
import io.github.novu4j.client.v2.subscribers.CreateSubscriberRequest;
import io.github.novu4j.client.v2.subscribers.InboxNotificationsPage;
import io.github.novu4j.client.v2.subscribers.ListNotificationsRequest;
import io.github.novu4j.client.v2.subscribers.PreferenceChannels;
import io.github.novu4j.client.v2.subscribers.SearchSubscribersRequest;
import io.github.novu4j.client.v2.subscribers.Subscriber;
import io.github.novu4j.client.v2.subscribers.UpdatePreferencesRequest;
import io.github.novu4j.client.v2.topics.CreateTopicRequest;
import io.github.novu4j.client.v2.topics.CreateTopicSubscriptionsRequest;
import io.github.novu4j.client.v2.topics.ListTopicsRequest;
import io.github.novu4j.client.v2.translations.TranslationFile;
import io.github.novu4j.client.v2.translations.TranslationResourceType;
import io.github.novu4j.client.v2.translations.UploadTranslationsRequest;
import io.github.novu4j.client.v2.workflows.CreateWorkflowRequest;
import io.github.novu4j.client.v2.workflows.StepRequest;
import io.github.novu4j.client.v2.workflows.Workflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java block of the README's section "Novu's current API", statement by statement as written
 * there (only {@code developmentId}, {@code productionId}, {@code conversationId}, {@code slackToken}
 * get values and the loop body an assertion), and the eight rows of its TypeScript-to-Java table, each run against a
 * local Novu answering in its current wire format (WIRE-FORMAT-CURRENT.md). If the README changes,
 * change this test with it.
 */
class ReadmeCurrentApiExamplesTest {

	@RegisterExtension
	static MockNovu mockNovu = new MockNovu();

	private static final String NID = "6790b0000000000000000001";

	private static final String SUBSCRIBER = """
			{"_id":"6790a1b2c3d4e5f6a7b8c9d0","firstName":"Ada","email":"ada@example.com","subscriberId":"user-42",
			 "_organizationId":"6790a1b2c3d4e5f6a7b8c9f0","_environmentId":"6790a1b2c3d4e5f6a7b8c9f1","deleted":false,
			 "createdAt":"2026-03-01T09:00:00.000Z","updatedAt":"2026-04-01T10:00:00.000Z"}""";

	private static final String NOTIFICATION = """
			{"id":"%s","transactionId":"txn-8f2e","body":"Your order 1234 is on its way",
			 "to":{"id":"6790a1b2c3d4e5f6a7b8c9d0","subscriberId":"user-42"},"isRead":%s,"isSeen":true,
			 "isArchived":false,"isSnoozed":false,"createdAt":"2026-04-01T10:00:00.000Z","channelType":"in_app",
			 "severity":"none"}""";

	private static final String TOPIC = "{\"_id\":\"64da692e9a94fb2e6449ad06\",\"key\":\"ops-team\",\"name\":\"Operations\","
			+ "\"createdAt\":\"2026-04-01T10:00:00.000Z\",\"updatedAt\":\"2026-04-02T10:00:00.000Z\"}";

	private static final String SUBSCRIPTION = "{\"_id\":\"64f5e95d3d7946d80d0cb679\","
			+ "\"identifier\":\"tk_ops-team:si_user-42:ctx_tenant:org-acme\","
			+ "\"topic\":{\"_id\":\"64da692e9a94fb2e6449ad06\",\"key\":\"ops-team\",\"name\":\"Operations\"},"
			+ "\"subscriber\":{\"_id\":\"6790a1b2c3d4e5f6a7b8c9d0\",\"subscriberId\":\"user-42\"},"
			+ "\"contextKeys\":[\"tenant:org-acme\"],\"createdAt\":\"2026-04-01T10:00:00.000Z\","
			+ "\"updatedAt\":\"2026-04-01T10:00:00.000Z\"}";

	private static final String STEP = "{\"_id\":\"6615a1b2c3d4e5f6a7b8c9d1\",\"stepId\":\"note\",\"slug\":\"note_st_x1\","
			+ "\"name\":\"Note\",\"type\":\"in_app\",\"controlValues\":{\"body\":\"Hi\"}}";

	// WIRE-FORMAT-CURRENT §E: "welcome" was taken, so Novu renamed it.
	private static final String WORKFLOW = "{\"_id\":\"6615a1b2c3d4e5f6a7b8c9d0\",\"workflowId\":\"welcome-a1b2c\","
			+ "\"slug\":\"welcome_wf_x0\",\"name\":\"Welcome\",\"tags\":[],\"active\":true,\"origin\":\"novu-cloud\","
			+ "\"createdAt\":\"2026-04-01T10:00:00.000Z\",\"updatedAt\":\"2026-04-01T10:00:00.000Z\","
			+ "\"steps\":[" + STEP + "],\"status\":\"ACTIVE\",\"severity\":\"none\"}";

	private static final String DEV = "6810c0ffee0000000000de01";

	private static final String PROD = "6810c0ffee0000000000pr01";

	private static final String VARIABLE = "{\"_id\":\"6810c0ffee0000000000va01\",\"_organizationId\":\"6810c0ffee0000000000or01\","
			+ "\"key\":\"API_BASE_URL\",\"type\":\"string\",\"isSecret\":false,"
			+ "\"values\":[{\"_environmentId\":\"" + DEV + "\",\"value\":\"https://dev.example.com\"},"
			+ "{\"_environmentId\":\"" + PROD + "\",\"value\":\"https://example.com\"}],"
			+ "\"createdAt\":\"2026-04-01T09:00:00.000Z\",\"updatedAt\":\"2026-04-02T09:00:00.000Z\"}";

	private static final String WILDCARD_ROUTE = """
			{"_id":"6a0c0ffee000000000a00001","_domainId":"6a0c0ffee000000000d00001","address":"*","type":"webhook",
			 "_environmentId":"6a0c0ffee0000000000e0001","_organizationId":"6a0c0ffee0000000000f0001",
			 "createdAt":"2026-04-19T10:00:00.000Z","updatedAt":"2026-04-19T10:00:00.000Z"}""";

	/** EnvironmentResponseDto as POST /v1/environments answers it (as in EnvironmentsCurrentTest). */
	private static final String STAGING = "{\"_id\":\"6810c0ffee0000000000st01\",\"name\":\"Staging\","
			+ "\"_organizationId\":\"6810c0ffee0000000000or01\",\"identifier\":\"Stg7Kq2Lm9Px\","
			+ "\"apiKeys\":[{\"key\":\"c0ffeec0ffeec0ffeec0ffeec0ffee00\",\"_userId\":\"6810c0ffee0000000000us01\"}],"
			+ "\"_parentId\":\"" + DEV + "\",\"slug\":\"staging\"}";

	/** GetChannelConnectionResponseDto (as in ChannelConnectionsTest). */
	private static final String CONNECTION = """
			{"identifier":"slack-prod-user42-abc4","channel":"chat","providerId":"slack",
			 "integrationIdentifier":"slack-prod","subscriberId":"user-42","contextKeys":[],
			 "workspace":{"id":"T123456","name":"Acme HQ"},"auth":{"accessToken":"xoxb-secret-token-4711"},
			 "createdAt":"2026-04-19T10:00:00.000Z","updatedAt":"2026-04-19T11:00:00.000Z"}""";

	/** GetChannelEndpointResponseDto (as in ChannelEndpointsTest). */
	private static final String ENDPOINT = """
			{"identifier":"slack-channel-user42-abc4","channel":"chat","providerId":"slack",
			 "integrationIdentifier":"slack-prod","connectionIdentifier":"slack-prod-user42-abc4",
			 "subscriberId":"user-42","contextKeys":[],"type":"slack_channel",
			 "endpoint":{"channelId":"C123456789"},"createdAt":"2026-04-19T10:00:00.000Z",
			 "updatedAt":"2026-04-19T11:00:00.000Z"}""";

	private static final String PREFERENCES = "{\"global\":{\"enabled\":true,\"channels\":{\"email\":false,\"in_app\":true}},"
			+ "\"workflows\":[]}";

	@Test
	void theCurrentApiBlockSendsWhatItSaysAndReadsNovusAnswers() throws IOException {
		mockNovu.stubFor(post("/v2/subscribers").willReturn(json(201, "{\"data\":" + SUBSCRIBER + "}")));
		mockNovu.stubFor(get(urlPathEqualTo("/v2/subscribers")).willReturn(json(200, WireStubs.cursorPage(
				List.of(SUBSCRIBER, SUBSCRIBER.replace("user-42", "user-43")), null, null, 2))));
		mockNovu.stubFor(get(urlPathEqualTo("/v2/subscribers/user-42/notifications")).willReturn(json(200,
				"{\"data\":[" + NOTIFICATION.formatted(NID, false) + "],\"hasMore\":false,\"filter\":{\"read\":false}}")));
		mockNovu.stubFor(patch("/v2/subscribers/user-42/notifications/" + NID + "/read")
			.willReturn(json(200, "{\"data\":" + NOTIFICATION.formatted(NID, true) + "}")));
		mockNovu.stubFor(post("/v2/topics").willReturn(json(201, "{\"data\":" + TOPIC + "}")));
		mockNovu.stubFor(post("/v2/topics/ops-team/subscriptions").willReturn(json(201, "{\"data\":[" + SUBSCRIPTION
				+ "],\"meta\":{\"totalCount\":1,\"successful\":1,\"failed\":0},\"errors\":[]}")));
		mockNovu.stubFor(post("/v2/workflows").willReturn(json(201, "{\"data\":" + WORKFLOW + "}")));
		mockNovu.stubFor(post("/v2/translations/upload").willReturn(json(200,
				"{\"data\":{\"totalFiles\":1,\"successfulUploads\":1,\"failedUploads\":0,\"errors\":[]}}")));
		mockNovu.stubFor(post("/v1/environment-variables").willReturn(json(201, "{\"data\":" + VARIABLE + "}")));
		mockNovu.stubFor(post("/v1/domains/inbound.example.com/routes")
			.willReturn(json(201, "{\"data\":" + WILDCARD_ROUTE + "}")));
		mockNovu.stubFor(post("/v1/agents/support-bot/reply").willReturn(json(200,
				"{\"data\":{\"messageId\":\"1712345678.123456\",\"platformThreadId\":\"C0123456789\"}}")));
		mockNovu.stubFor(post("/v1/environments").willReturn(json(201, "{\"data\":" + STAGING + "}")));
		mockNovu.stubFor(post("/v1/channel-connections").willReturn(json(201, "{\"data\":" + CONNECTION + "}")));
		mockNovu.stubFor(post("/v1/channel-endpoints").willReturn(json(201, "{\"data\":" + ENDPOINT + "}")));
		mockNovu.stubFor(post("/v1/integrations/chat/oauth").willReturn(json(201,
				"{\"data\":{\"url\":\"https://slack.com/oauth/v2/authorize?state=s1\"}}")));
		NovuClient novu = mockNovu.client();
		String developmentId = DEV;
		String productionId = PROD;
		String conversationId = "64f5a1c2e8b7a3d9f0c1b2a3";
		String slackToken = "xoxb-secret-token-4711";
		List<String> seen = new ArrayList<>();
		// The README reads a file relative to the working directory: give it one there, and remove it after.
		Path i18n = Path.of("i18n");
		assertThat(i18n).doesNotExist();
		Files.createDirectories(i18n);
		Files.writeString(i18n.resolve("de_DE.json"), "{\"welcome.title\":\"Willkommen\"}");
		try {
			// README, "Novu's current API":
			// v2 subscribers and their Inbox
			novu.v2().subscribers().create(CreateSubscriberRequest.builder("user-42").email("ada@example.com").build());
			for (Subscriber s : novu.v2().subscribers().search(SearchSubscribersRequest.none(), CursorPagination.limit(100))) { seen.add(s.subscriberId()); }
			InboxNotificationsPage inbox = novu.v2().subscribers().notifications()
					.list("user-42", ListNotificationsRequest.builder().read(false).build());
			novu.v2().subscribers().notifications().markAsRead("user-42", inbox.data().get(0).id());

			// v2 topics and their subscriptions, scoped by a context
			novu.v2().topics().create(CreateTopicRequest.of("ops-team", "Operations"));
			novu.v2().topics().subscriptions().create("ops-team", CreateTopicSubscriptionsRequest.builder()
					.subscriberIds("user-42").context(ContextMap.of("tenant", "org-acme")).build());

			// Workflows: a workflowId that is taken is silently renamed by Novu, so use the returned id
			Workflow welcome = novu.v2().workflows().create(CreateWorkflowRequest.builder("welcome", "Welcome")
					.step(StepRequest.of(StepType.IN_APP, "Note").withControlValues(Map.of("body", "Hi"))).build());

			// Translations: files as paths, bytes or streams, sent as multipart and retried safely
			novu.v2().translations().upload(UploadTranslationsRequest.of(TranslationResourceType.WORKFLOW,
					"welcome", TranslationFile.of(Path.of("i18n/de_DE.json"))));

			// Newer /v1 resources
			novu.environmentVariables().create(CreateEnvironmentVariableRequest.builder("API_BASE_URL")
					.value(developmentId, "https://dev.example.com").value(productionId, "https://example.com").build());
			novu.domains().routes().create("inbound.example.com", CreateDomainRouteRequest.webhook(DomainRoutes.WILDCARD));
			Optional<SentMessageInfo> sent = novu.agents().sendReply("support-bot",
					AgentReplyRequest.builder(conversationId, "slack-prod").replyMarkdown("Done!").build());
			novu.environments().create(CreateEnvironmentRequest.builder("Staging", "#3498db").parentId(developmentId).build());
			novu.channelConnections().create(CreateChannelConnectionRequest.builder("slack-prod",
					Workspace.of("T123456", "Acme HQ"), ConnectionAuth.of(slackToken)).subscriberId("user-42").build());
			novu.channelEndpoints().create(CreateChannelEndpointRequest.builder("user-42", "slack-prod",
					EndpointData.slackChannel("C123456789")).build());
			String oauthUrl = novu.integrations().generateChatOAuthUrl(OAuthUrlRequest.builder("slack-prod")
					.subscriberId("user-42").build()).url();

			assertThat(seen).containsExactly("user-42", "user-43");
			assertThat(inbox.data()).singleElement().satisfies((n) -> assertThat(n.isRead()).isFalse());
			assertThat(welcome.workflowId()).isEqualTo("welcome-a1b2c");
			assertThat(sent).hasValueSatisfying((info) -> assertThat(info.messageId()).isEqualTo("1712345678.123456"));
			assertThat(oauthUrl).isEqualTo("https://slack.com/oauth/v2/authorize?state=s1");
		}
		finally {
			Files.deleteIfExists(i18n.resolve("de_DE.json"));
			Files.deleteIfExists(i18n);
		}

		List<LoggedRequest> requests = mockNovu.requests();
		assertThat(requests).extracting((r) -> r.getMethod().getName() + " " + r.getUrl()).containsExactly(
				"POST /v2/subscribers", "GET /v2/subscribers?limit=100",
				"GET /v2/subscribers/user-42/notifications?read=false",
				"PATCH /v2/subscribers/user-42/notifications/" + NID + "/read", "POST /v2/topics",
				"POST /v2/topics/ops-team/subscriptions", "POST /v2/workflows", "POST /v2/translations/upload",
				"POST /v1/environment-variables", "POST /v1/domains/inbound.example.com/routes",
				"POST /v1/agents/support-bot/reply", "POST /v1/environments", "POST /v1/channel-connections",
				"POST /v1/channel-endpoints", "POST /v1/integrations/chat/oauth");
		assertThat(body(requests.get(0))).isEqualTo(tree("{\"subscriberId\":\"user-42\",\"email\":\"ada@example.com\"}"));
		assertThat(body(requests.get(4))).isEqualTo(tree("{\"key\":\"ops-team\",\"name\":\"Operations\"}"));
		assertThat(body(requests.get(5)))
			.isEqualTo(tree("{\"subscriptions\":[\"user-42\"],\"context\":{\"tenant\":\"org-acme\"}}"));
		assertThat(body(requests.get(6))).isEqualTo(tree("{\"workflowId\":\"welcome\",\"name\":\"Welcome\","
				+ "\"steps\":[{\"name\":\"Note\",\"type\":\"in_app\",\"controlValues\":{\"body\":\"Hi\"}}]}"));
		List<Request.Part> parts = List.copyOf(requests.get(7).getParts());
		assertThat(parts).extracting(Request.Part::getName).containsExactly("resourceId", "resourceType", "files");
		assertThat(parts.get(0).getBody().asString()).isEqualTo("welcome");
		assertThat(parts.get(1).getBody().asString()).isEqualTo("workflow");
		assertThat(parts.get(2).getHeader("Content-Disposition").firstValue()).contains("filename=\"de_DE.json\"");
		assertThat(parts.get(2).getBody().asBytes())
			.isEqualTo("{\"welcome.title\":\"Willkommen\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(body(requests.get(8))).isEqualTo(tree("{\"key\":\"API_BASE_URL\",\"values\":["
				+ "{\"_environmentId\":\"" + DEV + "\",\"value\":\"https://dev.example.com\"},"
				+ "{\"_environmentId\":\"" + PROD + "\",\"value\":\"https://example.com\"}]}"));
		assertThat(body(requests.get(9))).isEqualTo(tree("{\"address\":\"*\",\"type\":\"webhook\"}"));
		assertThat(body(requests.get(10))).isEqualTo(tree("{\"conversationId\":\"" + conversationId + "\","
				+ "\"integrationIdentifier\":\"slack-prod\",\"reply\":{\"markdown\":\"Done!\"}}"));
		assertThat(body(requests.get(11)))
			.isEqualTo(tree("{\"name\":\"Staging\",\"parentId\":\"" + DEV + "\",\"color\":\"#3498db\"}"));
		assertThat(body(requests.get(12))).isEqualTo(tree("{\"subscriberId\":\"user-42\",\"integrationIdentifier\":\"slack-prod\","
				+ "\"workspace\":{\"id\":\"T123456\",\"name\":\"Acme HQ\"},\"auth\":{\"accessToken\":\"" + slackToken + "\"}}"));
		assertThat(body(requests.get(13))).isEqualTo(tree("{\"subscriberId\":\"user-42\",\"integrationIdentifier\":\"slack-prod\","
				+ "\"type\":\"slack_channel\",\"endpoint\":{\"channelId\":\"C123456789\"}}"));
		assertThat(body(requests.get(14)))
			.isEqualTo(tree("{\"integrationIdentifier\":\"slack-prod\",\"subscriberId\":\"user-42\"}"));
		assertThat(requests).filteredOn((r) -> !r.getMethod().getName().equals("GET"))
			.allSatisfy((r) -> assertThat(r.getHeader("Idempotency-Key")).isNotBlank());
	}

	@Test
	void theEightMovedCallsOfTheTableHitTheirV2RouteAndTheSeedNamesStayOnV1() {
		String ack = "{\"data\":{\"acknowledged\":true,\"status\":\"deleted\"}}";
		mockNovu.stubFor(post("/v2/subscribers").willReturn(json(201, "{\"data\":" + SUBSCRIBER + "}")));
		mockNovu.stubFor(get("/v2/subscribers/user-42").willReturn(json(200, "{\"data\":" + SUBSCRIBER + "}")));
		mockNovu.stubFor(delete("/v2/subscribers/user-42").willReturn(json(200, ack)));
		mockNovu.stubFor(get("/v2/subscribers/user-42/preferences").willReturn(json(200, "{\"data\":" + PREFERENCES + "}")));
		mockNovu.stubFor(patch("/v2/subscribers/user-42/preferences").willReturn(json(200, "{\"data\":" + PREFERENCES + "}")));
		mockNovu.stubFor(post("/v2/topics").willReturn(json(201, "{\"data\":" + TOPIC + "}")));
		mockNovu.stubFor(get(urlPathEqualTo("/v2/topics"))
			.willReturn(json(200, WireStubs.cursorPage(List.of(TOPIC), null, null, 1))));
		mockNovu.stubFor(delete("/v2/topics/ops-team").willReturn(json(200, "{\"data\":{\"acknowledged\":true}}")));
		String v1Subscriber = SUBSCRIBER.replace("6790a1b2c3d4e5f6a7b8c9d0", "id-user-42");
		mockNovu.stubFor(post("/v1/subscribers").willReturn(json(201, "{\"data\":" + v1Subscriber + "}")));
		mockNovu.stubFor(get("/v1/subscribers/user-42").willReturn(json(200, "{\"data\":" + v1Subscriber + "}")));
		mockNovu.stubFor(delete("/v1/subscribers/user-42").willReturn(json(200, ack)));
		mockNovu.stubFor(post("/v1/topics")
			.willReturn(json(201, "{\"data\":{\"_id\":\"65f0c0ffee0000000000aa01\",\"key\":\"ops-team\"}}")));
		mockNovu.stubFor(delete("/v1/topics/ops-team").willReturn(aResponse().withStatus(204)));
		NovuClient novu = mockNovu.client();
		Map<String, Runnable> table = new LinkedHashMap<>();
		table.put("POST /v2/subscribers", () -> novu.v2().subscribers()
			.create(CreateSubscriberRequest.of("user-42")));
		table.put("GET /v2/subscribers/user-42", () -> novu.v2().subscribers().retrieve("user-42"));
		table.put("DELETE /v2/subscribers/user-42", () -> novu.v2().subscribers().delete("user-42"));
		table.put("GET /v2/subscribers/user-42/preferences", () -> novu.v2().subscribers().preferences().list("user-42"));
		table.put("PATCH /v2/subscribers/user-42/preferences", () -> novu.v2().subscribers().preferences()
			.update("user-42", UpdatePreferencesRequest.builder()
				.channels(PreferenceChannels.builder().email(false).build())
				.build()));
		table.put("POST /v2/topics", () -> novu.v2().topics().create(CreateTopicRequest.of("ops-team", "Operations")));
		table.put("GET /v2/topics", () -> novu.v2().topics().list(ListTopicsRequest.of(CursorPagination.none())).firstPage());
		table.put("DELETE /v2/topics/ops-team", () -> novu.v2().topics().delete("ops-team"));
		// Without v2(), the same names keep calling the seed's /v1 routes.
		table.put("POST /v1/subscribers", () -> novu.subscribers()
			.create(io.github.novu4j.client.subscribers.CreateSubscriberRequest.builder("user-42").build()));
		table.put("GET /v1/subscribers/user-42", () -> novu.subscribers().retrieve("user-42"));
		table.put("DELETE /v1/subscribers/user-42", () -> novu.subscribers().delete("user-42"));
		table.put("POST /v1/topics", () -> novu.topics()
			.create(io.github.novu4j.client.topics.CreateTopicRequest.of("ops-team", "Operations")));
		table.put("DELETE /v1/topics/ops-team", () -> novu.topics().delete("ops-team"));

		table.values().forEach(Runnable::run);

		assertThat(mockNovu.requests()).extracting((r) -> r.getMethod().getName() + " " + r.getUrl())
			.containsExactlyElementsOf(table.keySet());
		assertThat(body(mockNovu.requests().get(4))).isEqualTo(tree("{\"channels\":{\"email\":false}}"));
	}

	private static JsonNode body(LoggedRequest request) {
		return tree(request.getBodyAsString());
	}

	private static JsonNode tree(String json) {
		return NovuJson.mapper().readTree(json);
	}

}
