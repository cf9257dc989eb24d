package io.github.novu4j.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import io.github.novu4j.client.events.BroadcastRequest;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.integrations.CreateIntegrationRequest;
import io.github.novu4j.client.integrations.UpdateIntegrationRequest;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.subscribers.ButtonType;
import io.github.novu4j.client.subscribers.ChannelCredentials;
import io.github.novu4j.client.subscribers.ChatOauthRequest;
import io.github.novu4j.client.subscribers.ChatOauthResult;
import io.github.novu4j.client.subscribers.CreateSubscriberRequest;
import io.github.novu4j.client.subscribers.MarkAllMessagesRequest;
import io.github.novu4j.client.subscribers.MarkAs;
import io.github.novu4j.client.subscribers.MarkMessagesAsRequest;
import io.github.novu4j.client.subscribers.MessageActionRequest;
import io.github.novu4j.client.subscribers.PreferenceLevel;
import io.github.novu4j.client.subscribers.SubscriberChannel;
import io.github.novu4j.client.subscribers.UpdateGlobalPreferencesRequest;
import io.github.novu4j.client.subscribers.UpdatePreferenceRequest;
import io.github.novu4j.client.subscribers.UpdateSubscriberRequest;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.RichJson;
import io.github.novu4j.client.topics.CreateTopicRequest;
import io.github.novu4j.client.topics.RenameTopicRequest;
import io.github.novu4j.client.topics.TopicSubscribersRequest;
import io.github.novu4j.client.workflowgroups.WorkflowGroupRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every one of the 56 seed operations decodes a rich, real-shaped answer (test resources
 * {@code wire-bodies/<operation>.json}, in the wire format of WIRE-FORMAT.md §3/§9 and
 * WIRE-FORMAT-CURRENT.md, with an unknown member added to every object of the result) and every JSON
 * path of that result is reachable from the returned object: modelled, or kept in
 * {@link AdditionalProperties#additionalProperties()}. Reachability is proven by writing the returned
 * object back with the client's mapper and comparing it with the body, path by path
 * ({@link RichJson#assertNoFieldLost}). The six operations without a JSON answer (four 204s and the two
 * chat OAuth pages) are checked for what they do return.
 */
class NoFieldLostTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	private static final String SUB = "/v1/subscribers/user-42";

	private static final String INTEGRATION = "/v1/integrations/6761a0000000000000000001";

	private static final String GROUP = "/v1/notification-groups/6761ab000000000000000001";

	static Stream<Operation> operations() {
		return Stream.of(
				op("environments.list", "GET", "/v1/environments", 200, (c) -> c.environments().list()),
				op("environments.apiKeys.list", "GET", "/v1/environments/api-keys", 200,
						(c) -> c.environments().apiKeys().list()),
				op("environments.retrieve", "GET", "/v1/environments/me", 200, (c) -> c.environments().retrieve()),
				op("trigger", "POST", "/v1/events/trigger", 201, (c) -> c.trigger(TriggerRequest.builder("order-shipped")
					.toSubscriber("user-42")
					.payload(Map.of("orderId", 1234))
					.build())),
				op("triggerBroadcast", "POST", "/v1/events/trigger/broadcast", 201,
						(c) -> c.triggerBroadcast(BroadcastRequest.builder("maintenance", Map.of("at", "22:00")).build())),
				op("triggerBulk", "POST", "/v1/events/trigger/bulk", 201, (c) -> c.triggerBulk(List.of(
						TriggerRequest.builder("order-shipped").toSubscriber("user-42").payload(Map.of()).build(),
						TriggerRequest.builder("order-shipped").toSubscriber("user-43").payload(Map.of()).build()))),
				op("cancel", "DELETE", "/v1/events/trigger/tx-8f2c", 200, (c) -> c.cancel("tx-8f2c")),
				op("executionDetails.retrieve", "GET", "/v1/execution-details", 200,
						(c) -> c.executionDetails().retrieve("6761f1a2b3c4d5e6f7a8b900", "user-42")),
				op("integrations.create", "POST", "/v1/integrations", 201, (c) -> c.integrations()
					.create(CreateIntegrationRequest.builder("sendgrid", ChannelType.EMAIL).name("SendGrid").build())),
				op("integrations.list", "GET", "/v1/integrations", 200, (c) -> c.integrations().list()),
				op("integrations.listActive", "GET", "/v1/integrations/active", 200,
						(c) -> c.integrations().listActive()),
				op("integrations.webhooks.retrieve", "GET", "/v1/integrations/webhook/provider/sendgrid/status", 200,
						(c) -> c.integrations().webhooks().retrieve("sendgrid")),
				op("integrations.delete", "DELETE", INTEGRATION, 200,
						(c) -> c.integrations().delete("6761a0000000000000000001")),
				op("integrations.update", "PUT", INTEGRATION, 200, (c) -> c.integrations()
					.update("6761a0000000000000000001", UpdateIntegrationRequest.builder().active(true).build())),
				op("integrations.setAsPrimary", "POST", INTEGRATION + "/set-primary", 201,
						(c) -> c.integrations().setAsPrimary("6761a0000000000000000001")),
				op("messages.retrieve", "GET", "/v1/messages", 200, (c) -> c.messages().retrieve().firstPage()),
				noContent("messages.deleteByTransactionId", "DELETE", "/v1/messages/transaction/tx-8f2c",
						(c) -> c.messages().deleteByTransactionId("tx-8f2c")),
				op("messages.delete", "DELETE", "/v1/messages/6761b0000000000000000001", 200,
						(c) -> c.messages().delete("6761b0000000000000000001")),
				op("workflowGroups.create", "POST", "/v1/notification-groups", 201,
						(c) -> c.workflowGroups().create(WorkflowGroupRequest.of("Orders"))),
				op("workflowGroups.list", "GET", "/v1/notification-groups", 200, (c) -> c.workflowGroups().list()),
				op("workflowGroups.delete", "DELETE", GROUP, 200,
						(c) -> c.workflowGroups().delete("6761ab000000000000000001")),
				op("workflowGroups.retrieve", "GET", GROUP, 200,
						(c) -> c.workflowGroups().retrieve("6761ab000000000000000001")),
				op("workflowGroups.update", "PATCH", GROUP, 200,
						(c) -> c.workflowGroups().update("6761ab000000000000000001", WorkflowGroupRequest.of("Orders"))),
				op("notifications.list", "GET", "/v1/notifications", 200, (c) -> c.notifications().list().firstPage()),
				op("notifications.stats.graph", "GET", "/v1/notifications/graph/stats", 200,
						(c) -> c.notifications().stats().graph()),
				op("notifications.stats.retrieve", "GET", "/v1/notifications/stats", 200,
						(c) -> c.notifications().stats().retrieve()),
				op("notifications.retrieve", "GET", "/v1/notifications/6761f1a2b3c4d5e6f7a8b900", 200,
						(c) -> c.notifications().retrieve("6761f1a2b3c4d5e6f7a8b900")),
				op("subscribers.create", "POST", "/v1/subscribers", 201,
						(c) -> c.subscribers().create(CreateSubscriberRequest.of("user-42"))),
				op("subscribers.list", "GET", "/v1/subscribers", 200, (c) -> c.subscribers().list().firstPage()),
				op("subscribers.createBulk", "POST", "/v1/subscribers/bulk", 201, (c) -> c.subscribers()
					.createBulk(List.of(CreateSubscriberRequest.of("user-42"), CreateSubscriberRequest.of("user-43")))),
				op("subscribers.delete", "DELETE", SUB, 200, (c) -> c.subscribers().delete("user-42")),
				op("subscribers.retrieve", "GET", SUB, 200, (c) -> c.subscribers().retrieve("user-42", true)),
				op("subscribers.update", "PUT", SUB, 200, (c) -> c.subscribers()
					.update("user-42", UpdateSubscriberRequest.builder().locale("en-GB").build())),
				op("subscribers.credentials.append", "PATCH", SUB + "/credentials", 200,
						(c) -> c.subscribers().credentials().append("user-42", slack())),
				op("subscribers.credentials.update", "PUT", SUB + "/credentials", 200,
						(c) -> c.subscribers().credentials().update("user-42", slack())),
				noContent("subscribers.credentials.delete", "DELETE", SUB + "/credentials/slack",
						(c) -> c.subscribers().credentials().delete("user-42", "slack")),
				op("subscribers.messages.markAll", "POST", SUB + "/messages/mark-all", 201,
						(c) -> c.subscribers().messages().markAll("user-42", MarkAllMessagesRequest.of(MarkAs.READ))),
				op("subscribers.messages.markAllAs", "POST", SUB + "/messages/mark-as", 201, (c) -> c.subscribers()
					.messages()
					.markAllAs("user-42", MarkMessagesAsRequest.of(MarkAs.SEEN, "6761b0000000000000000001"))),
				op("subscribers.messages.updateAsSeen", "POST",
						SUB + "/messages/6761b0000000000000000001/actions/primary", 201,
						(c) -> c.subscribers()
							.messages()
							.updateAsSeen("user-42", "6761b0000000000000000001", ButtonType.PRIMARY,
									MessageActionRequest.done(Map.of("choice", "track")))),
				op("subscribers.notifications.retrieve", "GET", SUB + "/notifications/feed", 200,
						(c) -> c.subscribers().notifications().retrieve("user-42").firstPage()),
				op("subscribers.notifications.unseenCount", "GET", SUB + "/notifications/unseen", 200,
						(c) -> c.subscribers().notifications().unseenCount("user-42")),
				op("subscribers.properties.updateOnlineFlag", "PATCH", SUB + "/online-status", 200,
						(c) -> c.subscribers().properties().updateOnlineFlag("user-42", true)),
				op("subscribers.preferences.list", "GET", SUB + "/preferences", 200,
						(c) -> c.subscribers().preferences().list("user-42", true)),
				op("subscribers.preferences.updateGlobal", "PATCH", SUB + "/preferences", 200,
						(c) -> c.subscribers()
							.preferences()
							.updateGlobal("user-42",
									UpdateGlobalPreferencesRequest.builder().channel(ChannelType.EMAIL, true).build())),
				op("subscribers.preferences.retrieveByLevel", "GET", SUB + "/preferences/template", 200,
						(c) -> c.subscribers().preferences().retrieveByLevel("user-42", PreferenceLevel.TEMPLATE, true)),
				op("subscribers.preferences.update", "PATCH", SUB + "/preferences/6761f0000000000000000001", 200,
						(c) -> c.subscribers()
							.preferences()
							.update("user-42", "6761f0000000000000000001",
									UpdatePreferenceRequest.builder().channel(ChannelType.SMS, false).enabled(true).build())),
				op("topics.create", "POST", "/v1/topics", 201,
						(c) -> c.topics().create(CreateTopicRequest.of("ops-team", "Operations"))),
				op("topics.list", "GET", "/v1/topics", 200, (c) -> c.topics().list().firstPage()),
				noContent("topics.delete", "DELETE", "/v1/topics/ops-team", (c) -> c.topics().delete("ops-team")),
				op("topics.rename", "PATCH", "/v1/topics/ops-team", 200,
						(c) -> c.topics().rename("ops-team", RenameTopicRequest.of("Operations"))),
				op("topics.retrieve", "GET", "/v1/topics/ops-team", 200, (c) -> c.topics().retrieve("ops-team")),
				op("topics.subscribers.assign", "POST", "/v1/topics/ops-team/subscribers", 200, (c) -> c.topics()
					.subscribers()
					.assign("ops-team", TopicSubscribersRequest.of("user-42", "user-99"))),
				noContent("topics.subscribers.delete", "POST", "/v1/topics/ops-team/subscribers/removal",
						(c) -> c.topics().subscribers().delete("ops-team", TopicSubscribersRequest.of("user-42"))),
				op("topics.subscribers.retrieve", "GET", "/v1/topics/ops-team/subscribers/user-42", 200,
						(c) -> c.topics().subscribers().retrieve("ops-team", "user-42")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operations")
	void everyJsonPathOfTheAnswerIsReachable(Operation operation) {
		if (operation.operationId().equals("subscribers.createBulk")) {
			// WIRE-FORMAT §9: the bulk items are subscriber objects, openapi-v1.json says strings.
			novu.skipRequestValidationForThisTest("POST", "/v1/subscribers/bulk");
		}
		if (operation.body() == null) {
			novu.stubFor(request(operation.method(), urlPathEqualTo(operation.path()))
				.willReturn(aResponse().withStatus(operation.status())));
			assertThat(operation.call().apply(novu.client())).isNull();
			assertThat(novu.requests()).singleElement()
				.satisfies((sent) -> assertThat(sent.getMethod().getName()).isEqualTo(operation.method()));
			return;
		}
		String served = RichJson.withUnknownFieldsInResult(operation.body());
		novu.stubFor(request(operation.method(), urlPathEqualTo(operation.path()))
			.willReturn(json(operation.status(), served)));

		Object returned = operation.call().apply(novu.client());

		String result = RichJson.result(served);
		JsonNode resultNode = NovuJson.mapper().readTree(result);
		if (resultNode.isValueNode()) {
			// cancel, webhooks.retrieve, markAll: the whole result is one value.
			JsonNode written = NovuJson.mapper().valueToTree(returned);
			assertThat(written).isEqualTo(resultNode);
		}
		else {
			assertThat(RichJson.paths(result)).as("a rich body").hasSizeGreaterThan(5)
				.anyMatch((path) -> path.endsWith("." + RichJson.UNKNOWN_FIELD));
			RichJson.assertNoFieldLost(returned, result);
		}
		assertThat(novu.requests()).singleElement()
			.satisfies((sent) -> assertThat(sent.getMethod().getName()).isEqualTo(operation.method()));
	}

	@Test
	void everySeedOperationIsCovered() {
		assertThat(operations().map(Operation::operationId).distinct()).hasSize(54);
	}

	@Test
	void chatAccessOauthKeepsTheRedirect() {
		String oauth = SUB + "/credentials/slack/oauth";
		novu.stubFor(request("GET", urlPathEqualTo(oauth))
			.willReturn(aResponse().withStatus(302).withHeader("Location", "https://slack.com/oauth/v2/authorize?x=1")));

		ChatOauthResult result = novu.client()
			.subscribers()
			.authentication()
			.chatAccessOauth(ChatOauthRequest.builder("user-42", "slack").environmentId("env-1").hmacHash("h").build());

		assertThat(result.isRedirect()).isTrue();
		assertThat(result.location()).isEqualTo("https://slack.com/oauth/v2/authorize?x=1");
	}

	@Test
	void chatAccessOauthCallBackKeepsThePage() {
		String page = "<html><body><script>window.close();</script></body></html>";
		novu.stubFor(request("GET", urlPathEqualTo(SUB + "/credentials/slack/oauth/callback"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody(page)));

		ChatOauthResult result = novu.client()
			.subscribers()
			.authentication()
			.chatAccessOauthCallBack(ChatOauthRequest.builder("user-42", "slack").environmentId("env-1").hmacHash("h").build(),
					"code-1");

		assertThat(result.status()).isEqualTo(200);
		assertThat(result.html()).isEqualTo(page);
	}

	private static SubscriberChannel slack() {
		return SubscriberChannel.of("slack", ChannelCredentials.builder()
			.webhookUrl("https://hooks.slack.com/services/T0/B0/X")
			.channel("#general")
			.build());
	}

	private static Operation op(String operationId, String method, String path, int status,
			Function<NovuClient, Object> call) {
		return new Operation(operationId, method, path, status, body(operationId), call);
	}

	private static Operation noContent(String operationId, String method, String path, Callback call) {
		return new Operation(operationId, method, path, 204, null, (client) -> {
			call.run(client);
			return null;
		});
	}

	private static String body(String operationId) {
		String resource = "/wire-bodies/" + operationId + ".json";
		try (InputStream in = NoFieldLostTest.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	interface Callback {

		void run(NovuClient client);

	}

	record Operation(String operationId, String method, String path, int status, String body,
			Function<NovuClient, Object> call) {

		@Override
		public String toString() {
			return this.operationId;
		}

	}

}
