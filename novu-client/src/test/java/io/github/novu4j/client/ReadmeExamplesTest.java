package io.github.novu4j.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.environments.Environment;
import io.github.novu4j.client.events.BroadcastRequest;
import io.github.novu4j.client.events.Recipient;
import io.github.novu4j.client.events.SubscriberRecipient;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.events.TriggerResult;
import io.github.novu4j.client.events.TriggerStatus;
import io.github.novu4j.client.integrations.Integration;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.messages.MessageListRequest;
import io.github.novu4j.client.notifications.NotificationStats;
import io.github.novu4j.client.subscribers.BulkCreateSubscribersResult;
import io.github.novu4j.client.subscribers.ChannelCredentials;
import io.github.novu4j.client.subscribers.CreateSubscriberRequest;
import io.github.novu4j.client.subscribers.FeedRequest;
import io.github.novu4j.client.subscribers.Subscriber;
import io.github.novu4j.client.subscribers.SubscriberChannel;
import io.github.novu4j.client.subscribers.SubscriberPreference;
import io.github.novu4j.client.subscribers.UnseenCount;
import io.github.novu4j.client.subscribers.UpdateGlobalPreferencesRequest;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.PageStubs;
import io.github.novu4j.client.topics.AssignSubscribersResult;
import io.github.novu4j.client.topics.CreateTopicRequest;
import io.github.novu4j.client.topics.CreateTopicResult;
import io.github.novu4j.client.topics.ListTopicsRequest;
import io.github.novu4j.client.topics.TopicSubscribersRequest;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Java examples of the README, section by section, as written there (only its placeholders, such
 * as {@code event1} or {@code tenThousandSubscribers}, get values), run against a local Novu answering
 * in its real wire format. If the README changes, change the test with it.
 *
 * <p>The README calls the client {@code novu}, so the local server is {@code mockNovu} here.
 */
class ReadmeExamplesTest {

	private static final Logger log = LoggerFactory.getLogger(ReadmeExamplesTest.class);

	@RegisterExtension
	static MockNovu mockNovu = new MockNovu();

	private static final String SENDGRID_KEY = "SG.readme-secret-key";

	private static final String SENDGRID = """
			{"_id":"65f0c0ffee0000000000ab01","_environmentId":"65f0c0ffee0000000000cc01",
			 "_organizationId":"65f0c0ffee0000000000bb01","name":"SendGrid","identifier":"sendgrid-x1y2",
			 "providerId":"sendgrid","channel":"email","credentials":{"apiKey":"%s","from":"no-reply@example.com"},
			 "active":true,"deleted":false,"primary":true,"priority":1,"conditions":[],
			 "createdAt":"2024-11-01T08:00:00.000Z","updatedAt":"2024-12-13T10:00:00.000Z","__v":0}"""
		.formatted(SENDGRID_KEY);

	private static final String SLACK_SUBSCRIBER = """
			{"_id":"id-user-42","subscriberId":"user-42","email":"ada@example.com",
			 "channels":[{"providerId":"slack","_integrationId":"int-1",
			  "credentials":{"webhookUrl":"https://hooks.slack.com/services/T0/B0/XYZ"}}],
			 "_organizationId":"org-1","_environmentId":"env-1","deleted":false,
			 "createdAt":"2024-01-01T00:00:00.000Z","updatedAt":"2024-01-01T00:00:00.000Z"}""";

	private final List<Duration> scheduled = new ArrayList<>();

	@Test
	void triggeringWorkflows() {
		mockNovu.stubFor(post("/v1/events/trigger").willReturn(json(201,
				"{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"order-1234-shipped\"}}")));
		// The second status is one this client does not know: it must be kept, not fail the call.
		mockNovu.stubFor(post("/v1/events/trigger/bulk").willReturn(json(201,
				"{\"data\":[{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"tx-1\"},"
						+ "{\"acknowledged\":true,\"status\":\"a_status_added_later\",\"transactionId\":\"tx-2\"}]}")));
		mockNovu.stubFor(post("/v1/events/trigger/broadcast").willReturn(json(201,
				"{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"tx-3\"}}")));
		mockNovu.stubFor(delete("/v1/events/trigger/order-1234-shipped").willReturn(json(200, "{\"data\":true}")));
		mockNovu.stubFor(delete(urlPathEqualTo("/v1/events/trigger/a%2Fb%3Fc")).willReturn(json(200, "{\"data\":false}")));
		NovuClient novu = mockNovu.client();
		TriggerRequest event1 = TriggerRequest.builder("order-shipped")
			.to(Recipient.subscriber("user-42"))
			.payload(Map.of("orderId", 1))
			.build();
		TriggerRequest event2 = TriggerRequest.builder("order-shipped")
			.to(Recipient.topic("ops-team"))
			.payload(Map.of("orderId", 2))
			.build();

		// README, "Triggering workflows":
		TriggerResult result = novu.trigger(TriggerRequest.builder("order-shipped")
				.to(Recipient.subscriber("user-42"))
				.to(Recipient.subscriber(SubscriberRecipient.builder("user-43").email("ada@example.com").firstName("Ada").build()))
				.to(Recipient.topic("ops-team"))
				.payload(Map.of("orderId", 1234))
				.actor("user-1")
				.tenant("acme")
				.transactionId("order-1234-shipped")
				.build());
		result.transactionId();
		result.isProcessed();
		List<TriggerResult> results = novu.triggerBulk(List.of(event1, event2));
		novu.triggerBroadcast(BroadcastRequest.builder("maintenance", Map.of("at", "22:00")).build());
		boolean cancelled = novu.cancel("order-1234-shipped");

		assertThat(result.transactionId()).isEqualTo("order-1234-shipped");
		assertThat(result.isProcessed()).isTrue();
		assertThat(results).extracting(TriggerResult::transactionId).containsExactly("tx-1", "tx-2");
		assertThat(results.get(1).status()).isEqualTo(TriggerStatus.of("a_status_added_later"));
		assertThat(results.get(1).isProcessed()).isFalse();
		assertThat(cancelled).isTrue();
		List<LoggedRequest> requests = mockNovu.requests();
		assertThat(requests).extracting((request) -> request.getMethod() + " " + request.getUrl())
			.containsExactly("POST /v1/events/trigger", "POST /v1/events/trigger/bulk", "POST /v1/events/trigger/broadcast",
					"DELETE /v1/events/trigger/order-1234-shipped");
		assertThat(body(requests.get(0))).isEqualTo(tree("""
				{"name":"order-shipped",
				 "to":["user-42",{"subscriberId":"user-43","email":"ada@example.com","firstName":"Ada"},
				       {"type":"Topic","topicKey":"ops-team"}],
				 "payload":{"orderId":1234},"transactionId":"order-1234-shipped","actor":"user-1","tenant":"acme"}"""));
		assertThat(body(requests.get(1))).isEqualTo(tree("""
				{"events":[{"name":"order-shipped","to":["user-42"],"payload":{"orderId":1}},
				           {"name":"order-shipped","to":[{"type":"Topic","topicKey":"ops-team"}],"payload":{"orderId":2}}]}"""));
		assertThat(body(requests.get(2))).isEqualTo(tree("{\"name\":\"maintenance\",\"payload\":{\"at\":\"22:00\"}}"));

		// The text under the example: bad input fails before sending, ids stay in their path segment.
		TriggerRequest withoutPayload = TriggerRequest.builder("order-shipped").to(Recipient.subscriber("user-42")).build();
		assertThatIllegalArgumentException().isThrownBy(() -> novu.cancel(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> novu.cancel("."));
		assertThatIllegalArgumentException().isThrownBy(() -> novu.cancel(".."));
		assertThatIllegalArgumentException().isThrownBy(() -> TriggerRequest.builder("order-shipped").build());
		assertThatIllegalArgumentException().isThrownBy(() -> novu.triggerBulk(List.of(event1, withoutPayload)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> novu.triggerBulk(IntStream.range(0, 101).mapToObj((i) -> event1).toList()));
		assertThatIllegalArgumentException().isThrownBy(() -> BroadcastRequest.builder("maintenance", null))
			.withMessageContaining("needs a payload");
		assertThat(mockNovu.requests()).hasSize(4);
		assertThat(novu.cancel("a/b?c")).isFalse();
		assertThat(mockNovu.requests().get(4).getUrl()).isEqualTo("/v1/events/trigger/a%2Fb%3Fc");
	}

	@Test
	void theRestOfTheApi() {
		// Novu's document types the bulk items as strings; the server takes subscriber objects
		// (WIRE-FORMAT §3 and §9). Every other request of this test is still validated.
		mockNovu.skipRequestValidationForThisTest("POST", "/v1/subscribers/bulk");
		mockNovu.stubFor(post("/v1/subscribers").willReturn(json(201, wrapped(subscriber("user-42", "ada@example.com")))));
		mockNovu.stubFor(patch("/v1/subscribers/user-42/preferences").willReturn(json(200,
				"{\"data\":{\"preference\":{\"enabled\":true,\"channels\":{\"email\":true,\"sms\":false,\"in_app\":true,"
						+ "\"chat\":true,\"push\":true}}}}")));
		mockNovu.stubFor(put("/v1/subscribers/user-42/credentials").willReturn(json(200, wrapped(SLACK_SUBSCRIBER))));
		mockNovu.stubFor(get(urlPathEqualTo("/v1/subscribers/user-42/notifications/unseen"))
			.willReturn(json(200, "{\"data\":{\"count\":3}}")));
		// Novu answers each bulk request with the subscribers it created: here, the ones sent.
		mockNovu.stubFor(post("/v1/subscribers/bulk").willReturn(json(201, "{\"data\":{\"created\":["
				+ "{{#each (jsonPath request.body '$.subscribers') as |s|}}{\"subscriberId\":\"{{s.subscriberId}}\"}"
				+ "{{#unless @last}},{{/unless}}{{/each}}],\"updated\":[],\"failed\":[]}}")
			.withTransformers("response-template")));
		mockNovu.stubFor(post("/v1/topics")
			.willReturn(json(201, "{\"data\":{\"_id\":\"65f0c0ffee0000000000aa01\",\"key\":\"ops-team\"}}")));
		mockNovu.stubFor(post("/v1/topics/ops-team/subscribers")
			.willReturn(json(200, "{\"data\":{\"succeeded\":[\"user-42\",\"user-43\"]}}")));
		mockNovu.stubFor(get("/v1/integrations/active").willReturn(json(200, "{\"data\":[" + SENDGRID + "]}")));
		mockNovu.stubFor(delete(urlPathEqualTo("/v1/messages/transaction/order-1234-shipped"))
			.willReturn(aResponse().withStatus(204)));
		mockNovu.stubFor(get("/v1/notifications/stats")
			.willReturn(json(200, "{\"data\":{\"weeklySent\":42,\"monthlySent\":180}}")));
		mockNovu.stubFor(get("/v1/environments/me").willReturn(json(200, """
				{"data":{"_id":"6615943e7ace93b0540ae372","name":"Development","_organizationId":"6615943e7ace93b0540ae370",
				 "identifier":"Hd8Wm1cR5vQa","slug":"development","createdAt":"2024-04-09T19:20:30.120Z","__v":0}}""")));
		NovuClient novu = mockNovu.client();
		String slackWebhookUrl = "https://hooks.slack.com/services/T0/B0/XYZ";
		// Half small, half with 300 bytes of data each: the first half is split by count, the rest by size.
		List<CreateSubscriberRequest> tenThousandSubscribers = IntStream.range(0, 10_000)
			.mapToObj((i) -> CreateSubscriberRequest.builder("s" + i)
				.email("s" + i + "@example.com")
				.data((i < 5_000) ? null : Map.of("bio", "x".repeat(300)))
				.build())
			.toList();

		// README, "The rest of the API" (results the README ignores are kept here to check them):
		Subscriber created = novu.subscribers().create(CreateSubscriberRequest.builder("user-42").email("ada@example.com").build());
		SubscriberPreference global = novu.subscribers().preferences().updateGlobal("user-42",
				UpdateGlobalPreferencesRequest.builder().channel(ChannelType.SMS, false).build());
		Subscriber withSlack = novu.subscribers().credentials().update("user-42",
				new SubscriberChannel("slack", null, ChannelCredentials.webhook(slackWebhookUrl)));
		UnseenCount unseen = novu.subscribers().notifications().unseenCount("user-42");
		BulkCreateSubscribersResult imported = novu.subscribers().importAll(tenThousandSubscribers);
		CreateTopicResult topic = novu.topics().create(CreateTopicRequest.of("ops-team", "Operations"));
		AssignSubscribersResult assigned = novu.topics().subscribers().assign("ops-team", TopicSubscribersRequest.of("user-42", "user-43"));
		List<Integration> active = novu.integrations().listActive();
		novu.messages().deleteByTransactionId("order-1234-shipped");
		NotificationStats stats = novu.notifications().stats().retrieve();
		Environment current = novu.environments().retrieve();

		assertThat(created.email()).isEqualTo("ada@example.com");
		assertThat(global.isGlobal()).isTrue();
		assertThat(global.preference().channels().sms()).isFalse();
		assertThat(withSlack.channels().get(0).credentials().webhookUrl()).isEqualTo(slackWebhookUrl);
		assertThat(unseen.count()).isEqualTo(3);
		assertThat(imported.created()).extracting(BulkCreateSubscribersResult.Item::subscriberId)
			.isEqualTo(tenThousandSubscribers.stream().map(CreateSubscriberRequest::subscriberId).toList());
		assertThat(imported.size()).isEqualTo(10_000);
		assertThat(topic.key()).isEqualTo("ops-team");
		assertThat(assigned.allSucceeded()).isTrue();
		assertThat(active).singleElement().satisfies((integration) -> {
			assertThat(integration.providerId()).isEqualTo("sendgrid");
			assertThat(integration.toString()).doesNotContain(SENDGRID_KEY);
		});
		assertThat(stats).isEqualTo(new NotificationStats(42, 180, null));
		assertThat(current.name()).isEqualTo("Development");

		List<LoggedRequest> requests = mockNovu.requests();
		List<LoggedRequest> bulk = requests.stream().filter((r) -> r.getUrl().equals("/v1/subscribers/bulk")).toList();
		List<LoggedRequest> others = requests.stream().filter((r) -> !bulk.contains(r)).toList();
		assertThat(others).extracting((request) -> request.getMethod() + " " + request.getUrl())
			.containsExactly("POST /v1/subscribers", "PATCH /v1/subscribers/user-42/preferences",
					"PUT /v1/subscribers/user-42/credentials",
					"GET /v1/subscribers/user-42/notifications/unseen?seen=false&limit=100", "POST /v1/topics",
					"POST /v1/topics/ops-team/subscribers", "GET /v1/integrations/active",
					"DELETE /v1/messages/transaction/order-1234-shipped", "GET /v1/notifications/stats",
					"GET /v1/environments/me");
		assertThat(others).extracting(ReadmeExamplesTest::body)
			.containsExactly(tree("{\"subscriberId\":\"user-42\",\"email\":\"ada@example.com\"}"),
					tree("{\"preferences\":[{\"type\":\"sms\",\"enabled\":false}]}"),
					tree("{\"providerId\":\"slack\",\"credentials\":{\"webhookUrl\":\"" + slackWebhookUrl + "\"}}"), null,
					tree("{\"key\":\"ops-team\",\"name\":\"Operations\"}"),
					tree("{\"subscribers\":[\"user-42\",\"user-43\"]}"), null, null, null, null);
		// "split under 500 items and 100 kB": both limits were needed, nothing was lost or repeated.
		List<String> sent = new ArrayList<>();
		for (LoggedRequest request : bulk) {
			JsonNode subscribers = body(request).get("subscribers");
			assertThat(subscribers.size()).isLessThanOrEqualTo(500);
			assertThat(request.getBody().length).isLessThan(100_000);
			subscribers.forEach((subscriber) -> sent.add(subscriber.get("subscriberId").asString()));
		}
		assertThat(bulk).filteredOn((request) -> body(request).get("subscribers").size() == 500).hasSize(10);
		assertThat(bulk).hasSizeGreaterThan(20);
		assertThat(sent).isEqualTo(imported.created().stream().map(BulkCreateSubscribersResult.Item::subscriberId).toList());
	}

	@Test
	void pagination() {
		// 70 subscribers in pages of 10 (Novu's default page size); every tenth has an email.
		for (int page = 0; page < 7; page++) {
			String[] items = new String[10];
			for (int i = 0; i < 10; i++) {
				int n = page * 10 + i;
				items[i] = subscriber("s" + n, (n % 10 == 0) ? "s" + n + "@example.com" : null);
			}
			PageStubs.stubPage(mockNovu, "/v1/subscribers", page, 10, page < 6, items);
		}
		// Page 2 at 100 per page is past the end: empty.
		mockNovu.stubFor(get(urlPathEqualTo("/v1/subscribers")).atPriority(1)
			.withQueryParam("page", equalTo("2"))
			.withQueryParam("limit", equalTo("100"))
			.willReturn(json(200, "{\"page\":2,\"hasMore\":false,\"pageSize\":100,\"data\":[]}")));
		NovuClient novu = mockNovu.client();
		List<String> everyone = new ArrayList<>();
		List<Integer> pageNumbers = new ArrayList<>();

		// README, "Pagination":
		PagedIterable<Subscriber> subscribers = novu.subscribers().list();
		Page<Subscriber> first = subscribers.firstPage();
		int requestsForFirstPage = mockNovu.requests().size();
		for (Subscriber s : subscribers) {
			everyone.add(s.subscriberId());
		}
		int requestsForEveryone = mockNovu.requests().size();
		List<Subscriber> withoutEmail = subscribers.stream().filter(s -> s.email() == null).limit(50).toList();
		int requestsForFifty = mockNovu.requests().size();
		for (Page<Subscriber> page : subscribers.pages()) {
			pageNumbers.add(page.page());
		}
		PagedIterable<Subscriber> fromPageTwo = novu.subscribers().list(2, 100);

		assertThat(first.data()).hasSize(10);
		assertThat(first.page()).isZero();
		assertThat(first.pageSize()).isEqualTo(10);
		assertThat(first.hasMore()).isTrue();
		assertThat(requestsForFirstPage).isEqualTo(1);
		assertThat(everyone).isEqualTo(IntStream.range(0, 70).mapToObj((n) -> "s" + n).toList());
		assertThat(requestsForEveryone).isEqualTo(7);
		// 9 without email per page: 50 are found on the sixth page, so the seventh is never asked for.
		assertThat(withoutEmail).hasSize(50).allSatisfy((s) -> assertThat(s.email()).isNull());
		assertThat(requestsForFifty - requestsForEveryone).isEqualTo(5);
		assertThat(pageNumbers).containsExactly(0, 1, 2, 3, 4, 5, 6);
		assertThat(fromPageTwo.firstPage().page()).isEqualTo(2);
		assertThat(fromPageTwo.firstPage().pageSize()).isEqualTo(100);
		assertThat(fromPageTwo).isEmpty();
		List<String> urls = mockNovu.requests().stream().map(LoggedRequest::getUrl).toList();
		assertThat(urls.get(0)).isEqualTo("/v1/subscribers?page=0");
		assertThat(urls.subList(1, 7)).isEqualTo(pageUrls(1, 7));
		assertThat(urls.subList(7, 12)).isEqualTo(pageUrls(1, 6));
		assertThat(urls.subList(12, 18)).isEqualTo(pageUrls(1, 7));
		assertThat(urls.subList(18, urls.size())).containsExactly("/v1/subscribers?page=2&limit=100");

		// The text under the example: page sizes are checked before sending.
		assertThatIllegalArgumentException().isThrownBy(() -> novu.subscribers().list(2, 101));
		assertThatIllegalArgumentException().isThrownBy(() -> FeedRequest.builder().limit(101).build());
		assertThatIllegalArgumentException().isThrownBy(() -> ListTopicsRequest.builder().pageSize(11).build());
		assertThatIllegalArgumentException().isThrownBy(() -> MessageListRequest.builder().limit(1001).build());
		assertThat(FeedRequest.builder().limit(100).build().limit()).isEqualTo(100);
		assertThat(ListTopicsRequest.builder().pageSize(10).build().pageSize()).isEqualTo(10);
		assertThat(MessageListRequest.builder().limit(1000).build().limit()).isEqualTo(1000);
		assertThat(mockNovu.requests()).hasSize(19);
	}

	@Test
	void errors() {
		ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) log;
		ListAppender<ILoggingEvent> logged = new ListAppender<>();
		logged.start();
		logger.addAppender(logged);
		NovuClient novu = mockNovu.client();
		TriggerRequest request = TriggerRequest.builder("order-shipped")
			.to(Recipient.subscriber("user-42"))
			.payload(Map.of("orderId", 1234))
			.build();
		try {
			mockNovu.stubFor(post("/v1/events/trigger").willReturn(json(422,
					"{\"statusCode\":422,\"message\":\"Validation Error\",\"errors\":{\"payload.orderId\":"
							+ "{\"messages\":[\"orderId must be a string\"],\"value\":1234}}}")
				.withHeader("RateLimit-Limit", "60")
				.withHeader("RateLimit-Remaining", "59")
				.withHeader("RateLimit-Reset", "5")
				.withHeader("RateLimit-Policy", "60;w=5")));
			triggerOrScheduleLater(novu, request);
			NovuValidationException invalid = catchThrowableOfType(NovuValidationException.class, () -> novu.trigger(request));
			// A 429 is retried (here quickly: MockNovu's client waits milliseconds), then thrown.
			mockNovu.stubFor(post("/v1/events/trigger").willReturn(json(429,
					"{\"statusCode\":429,\"message\":\"API rate limit exceeded\"}")
				.withHeader("Retry-After", "7")
				.withHeader("RateLimit-Limit", "60")
				.withHeader("RateLimit-Remaining", "0")
				.withHeader("RateLimit-Reset", "7")
				.withHeader("RateLimit-Policy", "60;w=5")));
			triggerOrScheduleLater(novu, request);

			assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
				.containsExactly("payload.orderId: [orderId must be a string]");
			assertThat(this.scheduled).containsExactly(Duration.ofSeconds(7));
			// The getters the text lists, on the validation failure.
			assertThat(invalid.getStatusCode()).isEqualTo(422);
			assertThat(invalid.getNovuMessage()).isEqualTo("Validation Error");
			assertThat(invalid.getMessages()).containsExactly("Validation Error");
			assertThat(invalid.getError()).isNull();
			assertThat(invalid.getPath()).isNull();
			assertThat(invalid.getErrorId()).isNull();
			assertThat(invalid.getValidationErrors())
				.containsExactly(new ValidationError("payload.orderId", List.of("orderId must be a string"), "1234"));
			assertThat(invalid.getHeaders()).isNotEmpty();
			assertThat(invalid.getHeader("RateLimit-Remaining")).isEqualTo("59");
			assertThat(invalid.getRateLimit().remaining()).isEqualTo(59);
			assertThat(invalid.getRetryAfter()).isNull();
			assertThat(invalid.getRawBody()).contains("\"errors\"");
			assertThat(invalid.getMessage()).contains("events.trigger").contains("orderId must be a string")
				.doesNotContain(MockNovu.API_KEY);
			List<LoggedRequest> requests = mockNovu.requests();
			// 422: one request each; 429: the first attempt and three retries, all with the same key.
			assertThat(requests).hasSize(6);
			assertThat(requests.subList(2, 6)).extracting((r) -> r.getHeader("Idempotency-Key")).containsOnly(
					requests.get(2).getHeader("Idempotency-Key"));
			assertThat(requests).allSatisfy((r) -> assertThat(body(r)).isEqualTo(
					tree("{\"name\":\"order-shipped\",\"to\":[\"user-42\"],\"payload\":{\"orderId\":1234}}")));
		}
		finally {
			logger.detachAppender(logged);
		}
	}

	/** The README's "Errors" example. */
	private void triggerOrScheduleLater(NovuClient novu, TriggerRequest request) {
		try {
			novu.trigger(request);
		} catch (NovuValidationException e) {
			e.getValidationErrors().forEach(v -> log.warn("{}: {}", v.field(), v.messages()));
		} catch (NovuRateLimitException e) {
			scheduleLater(e.getRetryAfter());
		}
	}

	private void scheduleLater(Duration retryAfter) {
		this.scheduled.add(retryAfter);
	}

	@Test
	void withoutSpringBoot() {
		mockNovu.stubFor(get("/v1/environments/me").willReturn(json(200,
				"{\"data\":{\"_id\":\"6615943e7ace93b0540ae372\",\"name\":\"Development\"}}")));
		mockNovu.stubFor(get("/v1/integrations/active")
			.willReturn(json(503, "{\"statusCode\":503,\"message\":\"Service Unavailable\"}")));
		TestObservationRegistry registry = TestObservationRegistry.create();

		// README, "Without Spring Boot", pointed at the local server instead of a region and with the
		// test key instead of System.getenv("NOVU_API_KEY"):
		NovuClient novu = NovuClient.builder()
				.apiKey(MockNovu.API_KEY)
				.baseUrl(mockNovu.baseUrl())
				.connectTimeout(Duration.ofSeconds(5))
				.readTimeout(Duration.ofSeconds(10))
				.retry(RetrySettings.builder().maxAttempts(3).build())
				.observationRegistry(registry)               // optional
				.build();

		Environment environment = novu.environments().retrieve();
		// 503 is retried with the default back-off (about 0.75 to 1.5 s in all), up to the 3 attempts set above.
		assertThatExceptionOfType(NovuServerException.class).isThrownBy(() -> novu.integrations().listActive());

		assertThat(environment.name()).isEqualTo("Development");
		List<LoggedRequest> requests = mockNovu.requests();
		assertThat(requests).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/environments/me", "/v1/integrations/active", "/v1/integrations/active",
					"/v1/integrations/active");
		assertThat(requests).allSatisfy((request) -> {
			assertThat(request.getHeader("Authorization")).isEqualTo("ApiKey " + MockNovu.API_KEY);
			assertThat(request.getHeader("User-Agent")).startsWith("novu-java/");
		});
		io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat(registry)
			.hasNumberOfObservationsWithNameEqualTo("novu.client.operation", 2)
			.hasAnObservation((observation) -> observation.hasLowCardinalityKeyValue("operation", "environments.retrieve")
				.hasLowCardinalityKeyValue("outcome", "SUCCESS"))
			.hasAnObservation((observation) -> observation.hasLowCardinalityKeyValue("operation", "integrations.listActive")
				.hasLowCardinalityKeyValue("outcome", "SERVER_ERROR")
				.hasHighCardinalityKeyValue("attempts", "3"));
		// The lines the example's comments offer instead of baseUrl.
		assertThat(NovuClient.builder().region(NovuRegion.EU).resolveBaseUrl()).isEqualTo("https://eu.api.novu.co");
		assertThat(NovuClient.builder().region(NovuRegion.EU).baseUrl("https://novu.internal.example.com").resolveBaseUrl())
			.isEqualTo("https://novu.internal.example.com");
	}

	private static String subscriber(String subscriberId, String email) {
		return "{\"_id\":\"id-" + subscriberId + "\",\"subscriberId\":\"" + subscriberId + "\","
				+ ((email != null) ? "\"email\":\"" + email + "\"," : "")
				+ "\"_organizationId\":\"org-1\",\"_environmentId\":\"env-1\",\"deleted\":false,"
				+ "\"createdAt\":\"2024-01-01T00:00:00.000Z\",\"updatedAt\":\"2024-01-01T00:00:00.000Z\"}";
	}

	private static String wrapped(String json) {
		return "{\"data\":" + json + "}";
	}

	private static List<String> pageUrls(int from, int to) {
		return IntStream.range(from, to).mapToObj((page) -> "/v1/subscribers?page=" + page).toList();
	}

	private static JsonNode body(LoggedRequest request) {
		return (request.getBody().length > 0) ? NovuJson.mapper().readTree(request.getBodyAsString()) : null;
	}

	private static JsonNode tree(String json) {
		return NovuJson.mapper().readTree(json);
	}

}
