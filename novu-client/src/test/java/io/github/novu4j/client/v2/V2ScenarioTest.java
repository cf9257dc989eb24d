package io.github.novu4j.client.v2;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.events.Recipient;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.events.TriggerResult;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.ContextMap;
import io.github.novu4j.client.v2.subscribers.CreateSubscriberRequest;
import io.github.novu4j.client.v2.subscribers.InboxNotification;
import io.github.novu4j.client.v2.subscribers.InboxNotificationsPage;
import io.github.novu4j.client.v2.subscribers.ListNotificationsRequest;
import io.github.novu4j.client.v2.subscribers.NotificationCount;
import io.github.novu4j.client.v2.subscribers.NotificationFilter;
import io.github.novu4j.client.v2.subscribers.Subscriber;
import io.github.novu4j.client.v2.subscribers.SubscriberDeleted;
import io.github.novu4j.client.v2.topics.CreateTopicSubscriptionsRequest;
import io.github.novu4j.client.v2.topics.TopicSubscriptionsResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's scenario through {@code novu.v2()}, against a local Novu that keeps state between calls
 * (a WireMock scenario): two subscribers are created and subscribed to a topic within a context, a
 * workflow is triggered to the topic with that context, and one subscriber's Inbox is listed, one notification marked
 * read, one snoozed, the unread ones counted, one deleted and counted again; then the subscribers
 * are deleted. Each step only succeeds in the state the previous one left, so a step sent out of
 * order, to another route or with another body finds no stub and fails the test. Bodies follow
 * WIRE-FORMAT-CURRENT.md (§B envelopes, §D Inbox pages, §C 204 answers).
 *
 * <p>Paginating 250 subscribers with {@code search} by cursor is proven by
 * {@code SubscribersV2Test.searchPaginates250SubscribersByCursorFollowingNextUntilNull}; it is not
 * repeated here.
 */
class V2ScenarioTest {

	private static final String SCENARIO = "v2-inbox";

	private static final String INBOX = "/v2/subscribers/user-42/notifications";

	private static final String ACME = "tenant:org-acme";

	private static final String N1 = "6790b0000000000000000001";

	private static final String N2 = "6790b0000000000000000002";

	private static final String N3 = "6790b0000000000000000003";

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void subscribersOfATopicInAContextReceiveATriggerAndWorkTheirInbox() {
		stubNovu();
		NovuClient client = novu.client();
		Instant until = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);

		List<Subscriber> created = Stream.of("user-42", "user-43")
			.map((id) -> client.v2().subscribers()
				.create(CreateSubscriberRequest.builder(id).email(id + "@example.com").build()))
			.toList();
		TopicSubscriptionsResult subscribed = client.v2().topics().subscriptions().create("ops-team",
				CreateTopicSubscriptionsRequest.builder()
					.subscriberIds("user-42", "user-43")
					.context(ContextMap.of("tenant", "org-acme"))
					.build());
		// openapi-v1.json predates the trigger's context (WIRE-FORMAT-CURRENT.md §F); TriggerAdditionsTest
		// validates that field against openapi-current.json's trigger schema.
		novu.skipRequestValidationForThisTest("POST", "/v1/events/trigger");
		TriggerResult triggered = client.trigger(TriggerRequest.builder("order-shipped")
			.to(Recipient.topic("ops-team"))
			.context("tenant", "org-acme")
			.payload(Map.of("orderId", "1234"))
			.build());
		var inbox = client.v2().subscribers().notifications();
		InboxNotificationsPage unread = inbox.list("user-42",
				ListNotificationsRequest.builder().read(false).contextKeys(List.of(ACME)).build());
		InboxNotification read = inbox.markAsRead("user-42", unread.data().get(0).id());
		InboxNotification snoozed = inbox.snooze("user-42", unread.data().get(1).id(), until);
		NotificationFilter unreadNotSnoozed = NotificationFilter.builder().read(false).snoozed(false).build();
		List<NotificationCount> before = inbox.count("user-42", List.of(unreadNotSnoozed));
		inbox.delete("user-42", unread.data().get(2).id());
		List<NotificationCount> after = inbox.count("user-42", List.of(unreadNotSnoozed));
		List<SubscriberDeleted> deleted = Stream.of("user-42", "user-43")
			.map((id) -> client.v2().subscribers().delete(id))
			.toList();

		assertThat(created).extracting(Subscriber::subscriberId).containsExactly("user-42", "user-43");
		assertThat(subscribed.meta().successful()).isEqualTo(2);
		assertThat(subscribed.data()).allSatisfy((s) -> assertThat(s.contextKeys()).containsExactly(ACME));
		assertThat(triggered.acknowledged()).isTrue();
		assertThat(triggered.transactionId()).isEqualTo("txn-8f2e");
		assertThat(unread.data()).extracting(InboxNotification::id).containsExactly(N1, N2, N3);
		assertThat(unread.data()).allSatisfy((n) -> {
			assertThat(n.isRead()).isFalse();
			assertThat(n.transactionId()).isEqualTo("txn-8f2e");
		});
		assertThat(read.isRead()).isTrue();
		assertThat(snoozed.isSnoozed()).isTrue();
		assertThat(snoozed.snoozedUntil()).isEqualTo(until.toString());
		assertThat(before).extracting(NotificationCount::count).containsExactly(1);
		assertThat(after).extracting(NotificationCount::count).containsExactly(0);
		assertThat(deleted).allSatisfy((d) -> assertThat(d.isDeleted()).isTrue());
		assertThat(novu.server().getAllScenarios().getScenarios()).singleElement()
			.satisfies((s) -> assertThat(s.getState()).isEqualTo("subscribers deleted"));

		List<LoggedRequest> requests = novu.requests();
		assertThat(requests).extracting((r) -> r.getMethod().getName() + " " + r.getUrl()).containsExactly(
				"POST /v2/subscribers", "POST /v2/subscribers", "POST /v2/topics/ops-team/subscriptions",
				"POST /v1/events/trigger", "GET " + INBOX + "?read=false&contextKeys=tenant%3Aorg-acme",
				"PATCH " + INBOX + "/" + N1 + "/read", "PATCH " + INBOX + "/" + N2 + "/snooze",
				"GET " + INBOX + "/count?filters=%5B%7B%22read%22%3Afalse%2C%22snoozed%22%3Afalse%7D%5D",
				"DELETE " + INBOX + "/" + N3,
				"GET " + INBOX + "/count?filters=%5B%7B%22read%22%3Afalse%2C%22snoozed%22%3Afalse%7D%5D",
				"DELETE /v2/subscribers/user-42", "DELETE /v2/subscribers/user-43");
		assertThat(body(requests.get(2))).isEqualTo(tree(
				"{\"subscriptions\":[\"user-42\",\"user-43\"],\"context\":{\"tenant\":\"org-acme\"}}"));
		JsonNode trigger = body(requests.get(3));
		assertThat(trigger.get("name").asString()).isEqualTo("order-shipped");
		assertThat(trigger.get("to")).isEqualTo(tree("[{\"type\":\"Topic\",\"topicKey\":\"ops-team\"}]"));
		assertThat(trigger.get("payload")).isEqualTo(tree("{\"orderId\":\"1234\"}"));
		assertThat(trigger.get("context")).isEqualTo(tree("{\"tenant\":\"org-acme\"}"));
		assertThat(body(requests.get(6))).isEqualTo(tree("{\"snoozeUntil\":\"" + until + "\"}"));
		assertThat(requests).filteredOn((r) -> List.of("POST", "PATCH").contains(r.getMethod().getName()))
			.allSatisfy((r) -> assertThat(r.getHeader("Idempotency-Key")).isNotBlank());
	}

	private static void stubNovu() {
		for (String id : List.of("user-42", "user-43")) {
			novu.stubFor(post("/v2/subscribers").withRequestBody(matchingJsonPath("$.subscriberId", equalTo(id)))
				.willReturn(json(201, "{\"data\":" + subscriber(id) + "}")));
		}
		step(post("/v2/topics/ops-team/subscriptions")
			.withRequestBody(matchingJsonPath("$.context.tenant", equalTo("org-acme"))), Scenario.STARTED, "subscribed",
				json(201, "{\"data\":[" + subscription("user-42") + "," + subscription("user-43") + "],"
						+ "\"meta\":{\"totalCount\":2,\"successful\":2,\"failed\":0},\"errors\":[]}"));
		step(post("/v1/events/trigger").withRequestBody(matchingJsonPath("$.to[0].topicKey", equalTo("ops-team")))
			.withRequestBody(matchingJsonPath("$.context.tenant", equalTo("org-acme"))),
				"subscribed", "delivered", json(201,
						"{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"txn-8f2e\"}}"));
		step(get(urlPathEqualTo(INBOX)).withQueryParam("read", equalTo("false"))
			.withQueryParam("contextKeys", equalTo(ACME)), "delivered", "delivered", json(200, "{\"data\":["
					+ Stream.of(N1, N2, N3).map((id) -> notification(id, false, null)).collect(Collectors.joining(","))
					+ "],\"hasMore\":false,\"filter\":{\"read\":false}}"));
		step(patch(INBOX + "/" + N1 + "/read"), "delivered", "one read",
				json(200, "{\"data\":" + notification(N1, true, null) + "}"));
		step(patch(INBOX + "/" + N2 + "/snooze").withRequestBody(matchingJsonPath("$.snoozeUntil")), "one read",
				"one snoozed", aResponse().withStatus(200).withHeader("Content-Type", "application/json")
					.withBody("{\"data\":" + notification(N2, false, "{{jsonPath request.body '$.snoozeUntil'}}") + "}")
					.withTransformers("response-template"));
		step(get(urlPathEqualTo(INBOX + "/count")), "one snoozed", "one snoozed", json(200, count(1)));
		step(delete(INBOX + "/" + N3), "one snoozed", "one deleted", aResponse().withStatus(204));
		step(get(urlPathEqualTo(INBOX + "/count")), "one deleted", "one deleted", json(200, count(0)));
		step(delete("/v2/subscribers/user-42"), "one deleted", "one subscriber deleted",
				json(200, "{\"data\":{\"acknowledged\":true,\"status\":\"deleted\"}}"));
		step(delete("/v2/subscribers/user-43"), "one subscriber deleted", "subscribers deleted",
				json(200, "{\"data\":{\"acknowledged\":true,\"status\":\"deleted\"}}"));
	}

	private static void step(MappingBuilder request, String state, String next,
			com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
		novu.stubFor(request.inScenario(SCENARIO).whenScenarioStateIs(state).willSetStateTo(next).willReturn(response));
	}

	private static String subscriber(String id) {
		return "{\"_id\":\"mongo-" + id + "\",\"subscriberId\":\"" + id + "\",\"email\":\"" + id + "@example.com\","
				+ "\"_organizationId\":\"6790a1b2c3d4e5f6a7b8c9f0\",\"_environmentId\":\"6790a1b2c3d4e5f6a7b8c9f1\","
				+ "\"deleted\":false,\"createdAt\":\"2026-04-01T09:00:00.000Z\",\"updatedAt\":\"2026-04-01T09:00:00.000Z\"}";
	}

	private static String subscription(String id) {
		return "{\"_id\":\"sub-" + id + "\",\"identifier\":\"tk_ops-team:si_" + id + ":ctx_" + ACME + "\","
				+ "\"topic\":{\"_id\":\"64da692e9a94fb2e6449ad06\",\"key\":\"ops-team\",\"name\":\"Operations\"},"
				+ "\"subscriber\":{\"_id\":\"mongo-" + id + "\",\"subscriberId\":\"" + id + "\"},"
				+ "\"contextKeys\":[\"" + ACME + "\"],\"createdAt\":\"2026-04-01T10:00:00.000Z\","
				+ "\"updatedAt\":\"2026-04-01T10:00:00.000Z\"}";
	}

	private static String notification(String id, boolean read, String snoozedUntil) {
		return "{\"id\":\"" + id + "\",\"transactionId\":\"txn-8f2e\",\"subject\":\"Order shipped\","
				+ "\"body\":\"Your order 1234 is on its way\",\"to\":{\"id\":\"mongo-user-42\",\"subscriberId\":\"user-42\"},"
				+ "\"isRead\":" + read + ",\"isSeen\":" + read + ",\"isArchived\":false,\"isSnoozed\":" + (snoozedUntil != null)
				+ ",\"snoozedUntil\":" + ((snoozedUntil != null) ? "\"" + snoozedUntil + "\"" : "null")
				+ ",\"readAt\":" + (read ? "\"2026-04-01T10:06:00.000Z\"" : "null")
				+ ",\"createdAt\":\"2026-04-01T10:00:00.000Z\",\"channelType\":\"in_app\",\"tags\":[\"orders\"],"
				+ "\"data\":{\"orderId\":\"1234\"},\"workflow\":{\"id\":\"6790c0000000000000000001\","
				+ "\"identifier\":\"order-shipped\",\"name\":\"Order shipped\",\"critical\":false,\"tags\":[\"orders\"],"
				+ "\"severity\":\"none\"},\"severity\":\"none\"}";
	}

	private static String count(int count) {
		return "{\"data\":[{\"count\":" + count + ",\"filter\":{\"read\":false,\"snoozed\":false}}]}";
	}

	private static JsonNode body(LoggedRequest request) {
		return tree(request.getBodyAsString());
	}

	private static JsonNode tree(String json) {
		return NovuJson.mapper().readTree(json);
	}

}
