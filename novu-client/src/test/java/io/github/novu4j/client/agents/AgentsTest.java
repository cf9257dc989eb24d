package io.github.novu4j.client.agents;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.ChannelType;
import io.github.novu4j.client.CursorPage;
import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuConflictException;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.NovuValidationException;
import io.github.novu4j.client.OrderDirection;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.NovuJson;
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
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class AgentsTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	/** An agent as Novu sends it, every member of {@code AgentResponseDto} present. */
	static final String AGENT = """
			{"_id":"6a0c0ffee0000000000a0001","name":"Support bot","identifier":"support-bot",
			 "description":"Answers tickets","behavior":{"acknowledgeOnReceived":true,"reactionOnResolved":"check",
			 "subscriberAccess":"restricted"},"active":true,"bridgeUrl":"https://api.example.com/novu",
			 "devBridgeUrl":"https://tunnel.example.dev/novu","devBridgeActive":false,"runtime":"managed",
			 "visibility":"public","managedRuntime":{"providerId":"anthropic","integrationId":"6a0c0ffee0000000000b0001",
			 "externalAgentId":"agent_01","externalEnvironmentId":"env_01","externalWorkspaceId":"default",
			 "consoleUrl":"https://platform.claude.com/agents/agent_01","tools":[{"externalId":"t1","name":"web_search",
			 "type":"builtin","description":"Searches the web"}],"mcpServers":[{"externalId":"m1","name":"crm",
			 "url":"https://mcp.example.com"}],"systemPrompt":"Be brief."},"_environmentId":"6a0c0ffee0000000000e0001",
			 "_organizationId":"6a0c0ffee0000000000f0001","createdBy":"6a0c0ffee0000000000c0001",
			 "createdAt":"2026-04-19T10:00:00.000Z","updatedAt":"2026-04-19T11:00:00.000Z",
			 "integrations":[{"integrationId":"6a0c0ffee0000000000b0002","providerId":"slack","name":"Slack prod",
			 "identifier":"slack-prod","channel":"chat","active":true}],"exceedsPlanLimit":false}
			""";

	/** An agent-integration link, every member of {@code AgentIntegrationResponseDto} present. */
	static final String LINK = """
			{"_id":"6a0c0ffee0000000000d0001","_agentId":"6a0c0ffee0000000000a0001",
			 "integration":{"_id":"6a0c0ffee0000000000b0002","identifier":"slack-prod","name":"Slack prod",
			 "providerId":"slack","channel":"chat","active":true,"sharedInboundAddress":"support-bot@agentconnect.sh",
			 "defaultSenderName":"Support bot","sharedInboxDisabled":false},"_environmentId":"6a0c0ffee0000000000e0001",
			 "_organizationId":"6a0c0ffee0000000000f0001","connectedAt":"2026-04-19T12:00:00.000Z",
			 "createdAt":"2026-04-19T10:00:00.000Z","updatedAt":"2026-04-19T11:00:00.000Z","exceedsPlanLimit":true}
			""";

	@Test
	void createSendsTheAgentWithTheAnalyticsHeaderAndReadsEveryField() {
		novu.stubFor(post("/v1/agents").willReturn(json(201, "{\"data\":" + RichJson.withUnknownFields(AGENT) + "}")));

		Agent agent = novu.client()
			.agents()
			.create(CreateAgentRequest.builder("Support bot", "support-bot")
				.description("Answers tickets")
				.managedRuntime(CreateAgentRequest.ManagedRuntime.of("anthropic", "6a0c0ffee0000000000b0001")
					.withModel("claude-sonnet-4-5", "Be brief."))
				.build());

		RichJson.assertNoFieldLost(agent, AGENT);
		assertThat(agent.identifier()).isEqualTo("support-bot");
		assertThat(agent.runtime()).isEqualTo(AgentRuntime.MANAGED);
		assertThat(agent.managedRuntime().tools()).extracting(Agent.Tool::name).containsExactly("web_search");
		assertThat(agent.integrations()).singleElement()
			.satisfies((summary) -> assertThat(summary.channel()).isEqualTo(ChannelType.CHAT));
		assertThat(agent.additionalProperties()).containsKey(RichJson.UNKNOWN_FIELD);
		LoggedRequest request = onlyRequest();
		assertThat(request.getHeader("Novu-Analytics-Source")).isEqualTo("api");
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
		assertThat(request.getBodyAsString()).isEqualTo("{\"name\":\"Support bot\",\"identifier\":\"support-bot\","
				+ "\"description\":\"Answers tickets\",\"runtime\":\"managed\",\"managedRuntime\":{\"providerId\":\"anthropic\","
				+ "\"integrationId\":\"6a0c0ffee0000000000b0001\",\"model\":\"claude-sonnet-4-5\",\"systemPrompt\":\"Be brief.\"}}");
	}

	@Test
	void createKeepsTheCallersAnalyticsSourceAndOtherOptions() {
		novu.stubFor(post("/v1/agents").willReturn(json(201, "{\"data\":" + AGENT + "}")));

		novu.client()
			.agents()
			.create(CreateAgentRequest.of("Support bot", "support-bot"), RequestOptions.builder()
				.header("novu-analytics-source", "cli")
				.idempotencyKey("agent-support-bot")
				.build());
		novu.client()
			.agents()
			.create(CreateAgentRequest.of("Support bot", "support-bot"),
					RequestOptions.builder().idempotencyKey("agent-2").header("X-Trace", "t1").build());

		assertThat(novu.requests().get(0).getHeader("Novu-Analytics-Source")).isEqualTo("cli");
		assertThat(novu.requests().get(0).getHeader("Idempotency-Key")).isEqualTo("agent-support-bot");
		assertThat(novu.requests().get(1).getHeader("Novu-Analytics-Source")).isEqualTo("api");
		assertThat(novu.requests().get(1).getHeader("Idempotency-Key")).isEqualTo("agent-2");
		assertThat(novu.requests().get(1).getHeader("X-Trace")).isEqualTo("t1");
	}

	@Test
	void createOfATakenIdentifierIsAConflict() {
		novu.stubFor(post("/v1/agents").willReturn(json(409, WireStubs.error(409, "Conflict",
				"Agent with identifier \\\"support-bot\\\" already exists", "/v1/agents"))));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuConflictException.class)
			.isThrownBy(() -> client.agents().create(CreateAgentRequest.of("Support bot", "support-bot")))
			.satisfies((ex) -> {
				assertThat(ex.getNovuMessage()).isEqualTo("Agent with identifier \"support-bot\" already exists");
				assertThat(ex.getMessage()).contains("agents.create");
			});
		// A 409 without Retry-After is final.
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void adoptingAManagedAgentNeedsNeitherNameNorIdentifier() {
		novu.stubFor(post("/v1/agents").willReturn(json(201, "{\"data\":" + AGENT + "}")));
		// The spec marks name and identifier required; the server requires them only outside adopt mode
		// (CreateAgentRequestDto @ValidateIf, WIRE-FORMAT-CURRENT §H: the server wins).
		novu.skipRequestValidationForThisTest("POST", "/v1/agents");

		novu.client()
			.agents()
			.create(CreateAgentRequest.builder(null, null)
				.managedRuntime(CreateAgentRequest.ManagedRuntime.of("anthropic", "int-1").adopting("agent_01"))
				.build());

		assertThat(onlyRequest().getBodyAsString()).isEqualTo("{\"runtime\":\"managed\",\"managedRuntime\":"
				+ "{\"providerId\":\"anthropic\",\"integrationId\":\"int-1\",\"externalAgentId\":\"agent_01\"}}");
	}

	@Test
	void listFollowsTheNextCursorAndReadsThePlanUsage() {
		String page1 = WireStubs.cursorPage(List.of(AGENT), "6a0c0ffee0000000000a0001", null, 2);
		page1 = page1.substring(0, page1.length() - 1) + ",\"planUsage\":{\"used\":2,\"limit\":3,\"totalCreated\":4,"
				+ "\"creationLimit\":5,\"limitSource\":\"plan\"}}";
		novu.stubFor(get(urlPathEqualTo("/v1/agents")).withQueryParam("after", absent())
			.willReturn(json(200, page1)));
		novu.stubFor(get(urlPathEqualTo("/v1/agents")).withQueryParam("after", equalTo("6a0c0ffee0000000000a0001"))
			.willReturn(json(200, WireStubs.cursorPage(List.of(AGENT.replace("support-bot", "sales-bot")), null,
					"6a0c0ffee0000000000a0001", 2))));

		CursorPagedIterable<Agent> agents = novu.client()
			.agents()
			.list("bot", CursorPagination.builder().limit(1).orderDirection(OrderDirection.ASC).build(),
					RequestOptions.none());

		CursorPage<Agent> first = agents.firstPage();
		assertThat(first.totalCount()).isEqualTo(2);
		assertThat(PlanUsage.of(first)).hasValueSatisfying((usage) -> {
			assertThat(usage.used()).isEqualTo(2);
			assertThat(usage.limit()).isEqualTo(3);
			assertThat(usage.totalCreated()).isEqualTo(4);
			assertThat(usage.creationLimit()).isEqualTo(5);
			assertThat(usage.limitSource()).isEqualTo("plan");
		});
		assertThat(agents.stream().map(Agent::identifier)).containsExactly("support-bot", "sales-bot");
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/agents?limit=1&orderDirection=ASC&identifier=bot",
					"/v1/agents?after=6a0c0ffee0000000000a0001&limit=1&orderDirection=ASC&identifier=bot");
	}

	@Test
	void listWithoutArgumentsSendsNoQueryAndAPageWithoutPlanUsageHasNone() {
		novu.stubFor(get("/v1/agents").willReturn(json(200, WireStubs.cursorPage(List.of(), null, null, 0))));

		CursorPagedIterable<Agent> agents = novu.client().agents().list();

		assertThat(agents.stream()).isEmpty();
		assertThat(PlanUsage.of(agents.firstPage())).isEmpty();
		assertThat(onlyRequest().getUrl()).isEqualTo("/v1/agents");
	}

	@Test
	void retrieveReadsTheAgentAndAMissingOneIsNotFound() {
		novu.stubFor(get("/v1/agents/support-bot")
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(AGENT) + "}")));
		novu.stubFor(get("/v1/agents/gone").willReturn(
				json(404, WireStubs.error(404, "Not Found", "Agent not found: gone", "/v1/agents/gone"))));
		NovuClient client = novu.client();

		RichJson.assertNoFieldLost(client.agents().retrieve("support-bot"), AGENT);
		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> client.agents().retrieve("gone"))
			.satisfies((ex) -> assertThat(ex.getNovuMessage()).isEqualTo("Agent not found: gone"));
	}

	@Test
	void updatePatchesOnlyWhatIsSet() {
		novu.stubFor(patch("/v1/agents/support-bot").willReturn(json(200, "{\"data\":" + AGENT + "}")));

		Agent agent = novu.client()
			.agents()
			.update("support-bot", UpdateAgentRequest.builder()
				.name("Support bot")
				.active(false)
				.behavior(AgentBehavior.of(true, null, AgentBehavior.ACCESS_OPEN))
				.build());

		assertThat(agent.name()).isEqualTo("Support bot");
		LoggedRequest request = onlyRequest();
		assertThat(request.getMethod().getName()).isEqualTo("PATCH");
		assertThat(request.getBodyAsString()).isEqualTo("{\"name\":\"Support bot\",\"active\":false,"
				+ "\"behavior\":{\"acknowledgeOnReceived\":true,\"subscriberAccess\":\"open\"}}");
	}

	@Test
	void reactionOnResolvedTravelsAsTheEmojiNameTheServerExpects() {
		novu.stubFor(patch("/v1/agents/support-bot").willReturn(json(200, "{\"data\":" + AGENT + "}")));
		// The spec types reactionOnResolved as an object; the server takes an emoji name string
		// (WIRE-FORMAT-CURRENT §H: the server wins).
		novu.skipRequestValidationForThisTest("PATCH", "/v1/agents/support-bot");

		novu.client()
			.agents()
			.update("support-bot", UpdateAgentRequest.builder().behavior(AgentBehavior.of(null, "star", null)).build());

		assertThat(onlyRequest().getBodyAsString()).isEqualTo("{\"behavior\":{\"reactionOnResolved\":\"star\"}}");
	}

	@Test
	void updateBridgePutsTheBridgeUrls() {
		novu.stubFor(put("/v1/agents/support-bot/bridge").willReturn(json(200, "{\"data\":" + AGENT + "}")));

		Agent agent = novu.client()
			.agents()
			.updateBridge("support-bot", UpdateAgentBridgeRequest.development("https://tunnel.example.dev/novu"));

		assertThat(agent.devBridgeUrl()).isEqualTo("https://tunnel.example.dev/novu");
		LoggedRequest request = onlyRequest();
		assertThat(request.getMethod().getName()).isEqualTo("PUT");
		assertThat(request.getBodyAsString())
			.isEqualTo("{\"devBridgeUrl\":\"https://tunnel.example.dev/novu\",\"devBridgeActive\":true}");
	}

	@Test
	void deleteSendsTheRequiredDeleteFromProviderFlag() {
		novu.stubFor(delete(urlPathEqualTo("/v1/agents/support-bot")).willReturn(aResponse().withStatus(204)));

		novu.client().agents().delete("support-bot");
		novu.client().agents().delete("support-bot", true, RequestOptions.none());

		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/agents/support-bot?deleteFromProvider=false",
					"/v1/agents/support-bot?deleteFromProvider=true");
	}

	@Test
	void sendReplyReturnsTheDeliveredMessage() {
		String sent = "{\"messageId\":\"1712345678.123456\",\"platformThreadId\":\"C0123456789\"}";
		novu.stubFor(post("/v1/agents/support-bot/reply")
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(sent) + "}")));

		Optional<SentMessageInfo> info = novu.client()
			.agents()
			.sendReply("support-bot", AgentReplyRequest.builder("64f5a1c2e8b7a3d9f0c1b2a3", "slack-support")
				.reply(AgentReplyRequest.Content.markdown("**Report ready.**")
					.withFiles(List.of(AgentReplyRequest.FileRef.url("report.pdf", "https://example.com/r.pdf"))))
				.resolve("Answered")
				.signal(AgentReplyRequest.Signal.setMetadata("crm:ticketId", Map.of("id", "TCK-1001")))
				.signal(AgentReplyRequest.Signal.trigger("order-shipped", "subscriber-123", Map.of("orderId", "ORD-42")))
				.build());

		assertThat(info).isPresent();
		RichJson.assertNoFieldLost(info.get(), sent);
		assertThat(onlyRequest().getBodyAsString()).isEqualTo("{\"conversationId\":\"64f5a1c2e8b7a3d9f0c1b2a3\","
				+ "\"integrationIdentifier\":\"slack-support\",\"reply\":{\"markdown\":\"**Report ready.**\","
				+ "\"files\":[{\"filename\":\"report.pdf\",\"url\":\"https://example.com/r.pdf\"}]},"
				+ "\"resolve\":{\"summary\":\"Answered\"},\"signals\":[{\"type\":\"metadata\",\"action\":\"set\","
				+ "\"key\":\"crm:ticketId\",\"value\":{\"id\":\"TCK-1001\"}},{\"type\":\"trigger\",\"workflowId\":\"order-shipped\","
				+ "\"to\":\"subscriber-123\",\"payload\":{\"orderId\":\"ORD-42\"}}]}");
	}

	@Test
	void sendReplyIsEmptyWhenNovuAnswersDataNull() {
		novu.stubFor(post("/v1/agents/support-bot/reply").willReturn(json(200, "{\"data\":null}")));

		Optional<SentMessageInfo> info = novu.client()
			.agents()
			.sendReply("support-bot", AgentReplyRequest.builder("64f5a1c2e8b7a3d9f0c1b2a3", "slack-support")
				.typing("Looking up your order…")
				.addReaction("1712345678.123456", "white_check_mark")
				.deleteMessage("1712345678.000001")
				.build());

		assertThat(info).isEmpty();
		assertThat(onlyRequest().getBodyAsString()).isEqualTo("{\"conversationId\":\"64f5a1c2e8b7a3d9f0c1b2a3\","
				+ "\"integrationIdentifier\":\"slack-support\",\"addReactions\":[{\"messageId\":\"1712345678.123456\","
				+ "\"emojiName\":\"white_check_mark\"}],\"deleteMessages\":[{\"messageId\":\"1712345678.000001\"}],"
				+ "\"typing\":{\"status\":\"Looking up your order…\"}}");
	}

	@Test
	void sendReplyCarriesEditsStopTypingAndErrorsOnTheirOwn() {
		novu.stubFor(post("/v1/agents/support-bot/reply").willReturn(json(200, "{\"data\":null}")));
		NovuClient client = novu.client();

		client.agents()
			.sendReply("support-bot", AgentReplyRequest.builder("c1", "slack-support")
				.edit("1712345678.123456", AgentReplyRequest.Content.markdown("Fixed typo"))
				.stopTyping()
				.build());
		client.agents().sendReply("support-bot", AgentReplyRequest.builder("c1", "slack-support").error().build());

		assertThat(novu.requests()).extracting(LoggedRequest::getBodyAsString)
			.containsExactly("{\"conversationId\":\"c1\",\"integrationIdentifier\":\"slack-support\",\"edit\":"
					+ "{\"messageId\":\"1712345678.123456\",\"content\":{\"markdown\":\"Fixed typo\"}},\"typing\":\"stop\"}",
					"{\"conversationId\":\"c1\",\"integrationIdentifier\":\"slack-support\",\"error\":true}");
	}

	@Test
	void aServerSideValidationErrorOfAReplyIsAValidationException() {
		novu.stubFor(post("/v1/agents/support-bot/reply").willReturn(json(422, """
				{"statusCode":422,"timestamp":"2026-04-19T10:00:00.000Z","path":"/v1/agents/support-bot/reply",
				 "message":"Validation Error","errors":{"general":{"messages":["conversationId must be a mongodb id"],
				 "value":"No Value Recorded"}}}
				""")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuValidationException.class)
			.isThrownBy(() -> client.agents()
				.sendReply("support-bot", AgentReplyRequest.builder("c1", "slack-support").resolve(null).build()))
			.satisfies((ex) -> assertThat(ex.getRawBody()).contains("conversationId must be a mongodb id"));
	}

	@Test
	void integrationsAreListedCreatedRepointedAndRemoved() {
		novu.stubFor(get(urlPathEqualTo("/v1/agents/support-bot/integrations")).willReturn(json(200,
				WireStubs.cursorPage(List.of(RichJson.withUnknownFields(LINK)), null, null, 1)
					.replace("\"totalCountCapped\":false", "\"totalCountCapped\":false,\"planUsage\":{\"used\":1,\"limit\":1}"))));
		novu.stubFor(post("/v1/agents/support-bot/integrations")
			.willReturn(json(201, "{\"data\":" + RichJson.withUnknownFields(LINK) + "}")));
		novu.stubFor(patch("/v1/agents/support-bot/integrations/6a0c0ffee0000000000d0001")
			.willReturn(json(200, "{\"data\":" + LINK + "}")));
		novu.stubFor(delete("/v1/agents/support-bot/integrations/6a0c0ffee0000000000d0001")
			.willReturn(aResponse().withStatus(204)));
		AgentIntegrations integrations = novu.client().agents().integrations();

		CursorPagedIterable<AgentIntegration> links = integrations.list("support-bot", "slack-prod",
				CursorPagination.limit(50), RequestOptions.none());
		AgentIntegration created = integrations.create("support-bot", AddAgentIntegrationRequest.integration("slack-prod"));
		AgentIntegration updated = integrations.update("support-bot", created.id(), "slack-eu");
		integrations.delete("support-bot", created.id());

		RichJson.assertNoFieldLost(links.firstPage().data().get(0), LINK);
		assertThat(PlanUsage.of(links.firstPage()).map(PlanUsage::limit)).contains(1);
		RichJson.assertNoFieldLost(created, LINK);
		assertThat(updated.integration().sharedInboundAddress()).isEqualTo("support-bot@agentconnect.sh");
		assertThat(novu.requests()).extracting((r) -> r.getMethod().getName() + " " + r.getUrl() + " " + r.getBodyAsString())
			.containsExactly("GET /v1/agents/support-bot/integrations?limit=50&integrationIdentifier=slack-prod ",
					"POST /v1/agents/support-bot/integrations {\"integrationIdentifier\":\"slack-prod\"}",
					"PATCH /v1/agents/support-bot/integrations/6a0c0ffee0000000000d0001 {\"integrationIdentifier\":\"slack-eu\"}",
					"DELETE /v1/agents/support-bot/integrations/6a0c0ffee0000000000d0001 ");
	}

	@Test
	void integrationsCanBeCreatedForAProvider() {
		novu.stubFor(post("/v1/agents/support-bot/integrations").willReturn(json(201, "{\"data\":" + LINK + "}")));
		novu.stubFor(get("/v1/agents/support-bot/integrations")
			.willReturn(json(200, WireStubs.cursorPage(List.of(LINK), null, null, 1))));

		novu.client().agents().integrations().create("support-bot", AddAgentIntegrationRequest.provider("novu-email-agent"));
		novu.client().agents().integrations().list("support-bot");

		assertThat(novu.requests().get(0).getBodyAsString()).isEqualTo("{\"providerId\":\"novu-email-agent\"}");
		assertThat(novu.requests().get(1).getUrl()).isEqualTo("/v1/agents/support-bot/integrations");
	}

	@Test
	void badInputFailsBeforeAnythingIsSent() {
		Agents agents = novu.client().agents();

		assertThatIllegalArgumentException().isThrownBy(() -> CreateAgentRequest.of("Bot", "support bot"))
			.withMessageContaining("must be a slug");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateAgentRequest.of("Bot", "-bot"))
			.withMessageContaining("must be a slug");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateAgentRequest.of("x".repeat(61), "bot"))
			.withMessageContaining("at most 60 characters, was 61");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateAgentRequest.of(null, "bot"))
			.withMessageContaining("agent name is required");
		assertThatIllegalArgumentException().isThrownBy(() -> UpdateAgentRequest.builder().build())
			.withMessageContaining("at least one field");
		assertThatIllegalArgumentException().isThrownBy(() -> new UpdateAgentBridgeRequest(null, null, null))
			.withMessageContaining("bridgeUrl, devBridgeUrl or devBridgeActive");
		assertThatIllegalArgumentException().isThrownBy(() -> AgentReplyRequest.builder("c1", "slack").build())
			.withMessageContaining("at least one action");
		assertThatIllegalArgumentException().isThrownBy(() -> AgentReplyRequest.builder(" ", "slack").error().build())
			.withMessageContaining("conversationId must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AgentReplyRequest.builder("c1", "slack")
				.edit("m1", AgentReplyRequest.Content.markdown("x"))
				.resolve(null)
				.build())
			.withMessageContaining("edit cannot be combined");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AgentReplyRequest.builder("c1", "slack").error().typing(null).build())
			.withMessageContaining("error cannot be combined");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AgentReplyRequest.Content("a", Map.of("type", "card"), null, null))
			.withMessageContaining("exactly one of markdown, card or toolApprovalCard");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AgentReplyRequest.FileRef("a.pdf", null, "QQ==", "https://x"))
			.withMessageContaining("exactly one of data or url");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AgentReplyRequest.Content.markdown("x")
				.withFiles(java.util.Collections.nCopies(16, AgentReplyRequest.FileRef.url("a", "https://x"))))
			.withMessageContaining("at most 15 files");
		assertThatIllegalArgumentException().isThrownBy(() -> AgentReplyRequest.Signal.setMetadata("bad key", 1))
			.withMessageContaining("metadata key");
		assertThatIllegalArgumentException().isThrownBy(() -> new AddAgentIntegrationRequest(null, null))
			.withMessageContaining("integrationIdentifier or providerId");
		assertThatIllegalArgumentException().isThrownBy(() -> agents.retrieve(" "))
			.withMessageContaining("identifier must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> agents.delete(".."))
			.withMessageContaining("leave its path segment");
		assertThatIllegalArgumentException().isThrownBy(() -> agents.list(" ", CursorPagination.none(), RequestOptions.none()))
			.withMessageContaining("identifier must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> agents.integrations().update("bot", "l1", " "))
			.withMessageContaining("integrationIdentifier must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> agents.integrations().delete("bot", ""))
			.withMessageContaining("agentIntegrationId must not be blank");
		assertThatNullPointerException().isThrownBy(() -> agents.create(null));
		assertThat(novu.requests()).isEmpty();
	}

	@Test
	void typingWithoutStatusIsAnEmptyObjectSoNovuShowsItsDefault() {
		String json = NovuJson.mapper()
			.writeValueAsString(AgentReplyRequest.builder("c1", "slack-support").typing(null).build());

		assertThat(json).isEqualTo("{\"conversationId\":\"c1\",\"integrationIdentifier\":\"slack-support\",\"typing\":{}}");
	}

	private static LoggedRequest onlyRequest() {
		assertThat(novu.requests()).hasSize(1);
		return novu.requests().get(0);
	}

}
