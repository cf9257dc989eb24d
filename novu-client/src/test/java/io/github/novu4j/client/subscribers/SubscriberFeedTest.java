package io.github.novu4j.client.subscribers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.ChannelType;
import io.github.novu4j.client.PagedIterable;
import io.github.novu4j.client.messages.Message;
import io.github.novu4j.client.messages.MessageCta;
import io.github.novu4j.client.messages.MessageStatus;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.PageStubs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.subscribers.WireSamples.message;
import static io.github.novu4j.client.subscribers.WireSamples.wrapped;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** {@code subscribers().notifications()} (the in-app feed) and {@code subscribers().messages()}. */
class SubscriberFeedTest {

	private static final String FEED = "/v1/subscribers/user-42/notifications/feed";

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void feedReadsTheBarePageOfMessageObjects() {
		novu.stubFor(get(urlPathEqualTo(FEED)).willReturn(json(200, "{\"data\":[" + WireSamples.IN_APP_MESSAGE
				+ "],\"totalCount\":1,\"hasMore\":false,\"pageSize\":10,\"page\":0}")));

		PagedIterable<Message> feed = novu.client().subscribers().notifications().retrieve("user-42");

		Message message = feed.firstPage().data().get(0);
		assertThat(message.content().text()).isEqualTo("Your order <b>1234</b> has shipped");
		assertThat(message.cta().data().url()).isEqualTo("/orders/1234");
		assertThat(message.cta().action().buttons()).extracting(MessageCta.Button::type)
			.containsExactly("primary", "secondary");
		assertThat(message.subscriber().subscriberId()).isEqualTo("user-42");
		assertThat(message.read()).isTrue();
		assertThat(message.payload()).containsEntry("orderId", 1234);
		assertThat(feed.firstPage().totalCount()).isEqualTo(1);
		assertThat(feed).hasSize(1);
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl).containsExactly(FEED + "?page=0");
	}

	@Test
	void feedSendsEveryFilterAndEncodesThePayloadAsBase64Json() {
		// The server reads a repeatable feedIdentifier the document does not list (WIRE-FORMAT §4).
		novu.skipRequestValidationForThisTest();
		novu.stubFor(get(urlPathEqualTo(FEED)).willReturn(json(200,
				"{\"data\":[],\"totalCount\":0,\"hasMore\":false,\"pageSize\":50,\"page\":2}")));
		Map<String, Object> payload = new LinkedHashMap<>();
		// Chosen so the base64 text holds '+', '/' and '=', which must survive the query string.
		payload.put("q", "???>>>");
		payload.put("orderId", 1234);

		novu.client()
			.subscribers()
			.notifications()
			.retrieve("user-42", FeedRequest.builder()
				.page(2)
				.limit(50)
				.feedIdentifier("billing")
				.feedIdentifier("ops")
				.read(false)
				.seen(true)
				.payload(payload)
				.build())
			.firstPage();

		LoggedRequest request = novu.requests().get(0);
		String base64 = Base64.getEncoder().encodeToString("{\"q\":\"???>>>\",\"orderId\":1234}".getBytes(StandardCharsets.UTF_8));
		assertThat(base64).contains("+").contains("/").endsWith("=");
		assertThat(request.queryParameter("page").firstValue()).isEqualTo("2");
		assertThat(request.queryParameter("limit").firstValue()).isEqualTo("50");
		assertThat(request.queryParameter("feedIdentifier").values()).containsExactly("billing", "ops");
		assertThat(request.queryParameter("read").firstValue()).isEqualTo("false");
		assertThat(request.queryParameter("seen").firstValue()).isEqualTo("true");
		assertThat(request.queryParameter("payload").firstValue()).isEqualTo(base64);
		assertThat(new String(Base64.getDecoder().decode(request.queryParameter("payload").firstValue()),
				StandardCharsets.UTF_8)).isEqualTo("{\"q\":\"???>>>\",\"orderId\":1234}");
		assertThat(request.getUrl()).contains("feedIdentifier=billing&feedIdentifier=ops");
	}

	@Test
	void feedIteratesThreePagesAndStopsOnHasMoreFalse() {
		stubFeedPage(0, true, message("m1"), message("m2"));
		stubFeedPage(1, true, message("m3"), message("m4"));
		stubFeedPage(2, false, message("m5"));
		stubFeedPage(3, false, message("never"));

		List<String> ids = novu.client()
			.subscribers()
			.notifications()
			.retrieve("user-42", FeedRequest.builder().limit(2).build())
			.stream()
			.map(Message::id)
			.toList();

		assertThat(ids).containsExactly("m1", "m2", "m3", "m4", "m5");
		assertThat(novu.requests()).extracting((request) -> request.queryParameter("page").firstValue())
			.containsExactly("0", "1", "2");
	}

	@Test
	void feedStopsOnAnEmptyPageEvenIfHasMoreIsTrue() {
		stubFeedPage(0, true, message("m1"));
		stubFeedPage(1, true, message("m2"));
		stubFeedPage(2, true);
		stubFeedPage(3, true, message("never"));

		List<String> ids = new ArrayList<>();
		for (Message message : novu.client().subscribers().notifications().retrieve("user-42",
				FeedRequest.builder().limit(1).build())) {
			ids.add(message.id());
		}

		assertThat(ids).containsExactly("m1", "m2");
		assertThat(novu.requests()).hasSize(3);
	}

	@Test
	void feedLimitsAreCheckedBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> FeedRequest.builder().limit(101).build())
			.withMessage("feed limit must be 1 to 100, was 101");
		assertThatIllegalArgumentException().isThrownBy(() -> FeedRequest.builder().limit(0).build())
			.withMessageContaining("was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> FeedRequest.builder().page(-1).build())
			.withMessageContaining("page must be 0 or more");
		assertThatIllegalArgumentException().isThrownBy(() -> FeedRequest.builder().feedIdentifier(" ").build())
			.withMessage("feedIdentifier[0] must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> novu.client().subscribers().notifications().retrieve("", FeedRequest.all()))
			.withMessage("subscriberId must not be blank");
		assertThat(novu.requests()).isEmpty();
	}

	@Test
	void unseenCountAlwaysSendsSeenAndLimitAndReadsTheCount() {
		novu.stubFor(get(urlPathEqualTo("/v1/subscribers/user-42/notifications/unseen"))
			.willReturn(json(200, "{\"data\":{\"count\":3}}")));
		SubscriberNotifications notifications = novu.client().subscribers().notifications();

		assertThat(notifications.unseenCount("user-42").count()).isEqualTo(3);
		assertThat(notifications.unseenCount("user-42", UnseenCountRequest.builder().seen(true).limit(20).build()).count())
			.isEqualTo(3);

		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/subscribers/user-42/notifications/unseen?seen=false&limit=100",
					"/v1/subscribers/user-42/notifications/unseen?seen=true&limit=20");
		assertThatIllegalArgumentException().isThrownBy(() -> UnseenCountRequest.builder().limit(0).build())
			.withMessage("unseenCount limit must be 1 or more, was 0");
	}

	@Test
	void unseenCountCanBeLimitedToFeeds() {
		// The server reads a repeatable feedIdentifier here too, like the feed's (WIRE-FORMAT §4); the
		// document does not list it on this route.
		novu.skipRequestValidationForThisTest();
		novu.stubFor(get(urlPathEqualTo("/v1/subscribers/user-42/notifications/unseen"))
			.willReturn(json(200, "{\"data\":{\"count\":1}}")));

		UnseenCount count = novu.client()
			.subscribers()
			.notifications()
			.unseenCount("user-42", UnseenCountRequest.builder().feedIdentifier("billing").feedIdentifier("ops").build());

		assertThat(count.count()).isEqualTo(1);
		assertThat(novu.requests().get(0).getUrl()).isEqualTo(
				"/v1/subscribers/user-42/notifications/unseen?feedIdentifier=billing&feedIdentifier=ops&seen=false&limit=100");
	}

	@Test
	void markAllSendsTheMarkAndFeedsAndReturnsTheCount() {
		novu.stubFor(post("/v1/subscribers/user-42/messages/mark-all").willReturn(json(201, "{\"data\":7}")));
		SubscriberMessages messages = novu.client().subscribers().messages();

		assertThat(messages.markAll("user-42", MarkAllMessagesRequest.inFeeds(MarkAs.SEEN, "billing", "ops"))).isEqualTo(7);
		assertThat(messages.markAll("user-42", MarkAllMessagesRequest.of(MarkAs.UNREAD))).isEqualTo(7);

		assertThat(novu.requests()).extracting(LoggedRequest::getBodyAsString)
			.containsExactly("{\"markAs\":\"seen\",\"feedIdentifier\":[\"billing\",\"ops\"]}", "{\"markAs\":\"unread\"}");
		assertThat(novu.requests()).allSatisfy((request) -> assertThat(request.getHeader("Idempotency-Key")).isNotBlank());
	}

	@Test
	void markAllAsSendsTheIdsAndReadsTheWrappedMessages() {
		novu.stubFor(post("/v1/subscribers/user-42/messages/mark-as")
			.willReturn(json(201, "{\"data\":[" + message("m1") + "," + message("m2") + "]}")));

		List<Message> marked = novu.client()
			.subscribers()
			.messages()
			.markAllAs("user-42", MarkMessagesAsRequest.of(MarkAs.READ, "m1", "m2"));

		assertThat(marked).extracting(Message::id).containsExactly("m1", "m2");
		assertThat(marked.get(0).channel()).isEqualTo(ChannelType.IN_APP);
		assertThat(novu.requests().get(0).getBodyAsString()).isEqualTo("{\"messageId\":[\"m1\",\"m2\"],\"markAs\":\"read\"}");
		assertThatIllegalArgumentException().isThrownBy(() -> MarkMessagesAsRequest.of(MarkAs.READ))
			.withMessage("messageId needs at least one id");
	}

	@Test
	void updateAsSeenPostsTheActionWithTheButtonTypeInThePath() {
		// An in-app message without errorId / errorText, which the document marks required (WIRE-FORMAT §9).
		novu.stubFor(post("/v1/subscribers/user-42/messages/msg-1/actions/primary").willReturn(json(201,
				wrapped("{\"_id\":\"msg-1\",\"channel\":\"in_app\",\"content\":\"Hi\",\"read\":false,\"seen\":true,"
						+ "\"cta\":{\"type\":\"redirect\",\"data\":{\"url\":\"/x\"},\"action\":{\"status\":\"done\","
						+ "\"buttons\":[{\"type\":\"primary\",\"content\":\"Accept\"}],"
						+ "\"result\":{\"type\":\"primary\",\"payload\":{\"accepted\":true}}}},\"status\":\"sent\"}"))));

		Message message = novu.client()
			.subscribers()
			.messages()
			.updateAsSeen("user-42", "msg-1", ButtonType.PRIMARY, MessageActionRequest.done(Map.of("accepted", true)));

		assertThat(message.cta().action().status()).isEqualTo(MessageActionStatus.DONE.value());
		assertThat(message.cta().action().result().payload()).containsEntry("accepted", true);
		assertThat(message.errorId()).isNull();
		assertThat(message.status()).isEqualTo(MessageStatus.SENT);
		assertThat(novu.requests().get(0).getBodyAsString()).isEqualTo("{\"status\":\"done\",\"payload\":{\"accepted\":true}}");
	}

	private static void stubFeedPage(int page, boolean hasMore, String... messages) {
		PageStubs.stubPage(novu, FEED, page, 2, hasMore, messages);
	}

}
