package io.github.novu4j.client.messages;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.AcknowledgedResult;
import io.github.novu4j.client.ChannelType;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.Page;
import io.github.novu4j.client.PagedIterable;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.PageStubs;
import io.github.novu4j.client.testing.RichJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MessagesTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	/** One message per channel; together they set every field of {@link Message}. */
	static final String RICH_PAGE = """
			{"page":0,"totalCount":4,"hasMore":false,"pageSize":10,"data":[
			 {"_id":"6761f1a2b3c4d5e6f7a8b901","_templateId":"6761f0000000000000000001",
			  "_environmentId":"6761e0000000000000000001","_messageTemplateId":"6761f0000000000000000002",
			  "_organizationId":"6761d0000000000000000001","_notificationId":"6761f1a2b3c4d5e6f7a8b900",
			  "_subscriberId":"6761c0000000000000000042","_jobId":"6761f1a2b3c4d5e6f7a8b902",
			  "_feedId":"6761f0000000000000000003","_actorId":"6761c0000000000000000007",
			  "subscriber":{"_id":"6761c0000000000000000042","subscriberId":"user-42","firstName":"Ada",
			   "lastName":"Lovelace","avatar":"https://cdn.example.com/ada.png"},
			  "actor":{"type":"user","data":"https://cdn.example.com/grace.png"},
			  "template":{"_id":"6761f0000000000000000001","name":"Order shipped","tags":["orders"],
			   "critical":false,"data":{"team":"logistics"}},
			  "templateIdentifier":"order-shipped","transactionId":"tx-8f2c","channel":"in_app",
			  "providerId":"novu","content":"Your order <b>1234</b> has shipped",
			  "cta":{"type":"redirect","data":{"url":"/orders/1234"},"action":{"status":"done",
			   "buttons":[{"type":"primary","content":"Track","resultContent":"Tracked"},
			    {"type":"secondary","content":"Dismiss"}],
			   "result":{"type":"primary","payload":{"clicked":true}}}},
			  "read":true,"seen":true,"lastSeenDate":"2024-12-13T10:01:00.000Z",
			  "lastReadDate":"2024-12-13T10:02:00.000Z","status":"sent",
			  "payload":{"orderId":1234,"items":[{"sku":"A1","qty":2}]},"overrides":{},"deleted":false,
			  "createdAt":"2024-12-13T10:00:00.000Z","updatedAt":"2024-12-13T10:02:00.000Z",
			  "expireAt":"2025-12-13T10:00:00.000Z"},
			 {"_id":"6761f1a2b3c4d5e6f7a8b911","_templateId":"6761f0000000000000000001",
			  "_environmentId":"6761e0000000000000000001","_messageTemplateId":"6761f0000000000000000004",
			  "_organizationId":"6761d0000000000000000001","_notificationId":"6761f1a2b3c4d5e6f7a8b900",
			  "_subscriberId":"6761c0000000000000000042","_feedId":null,"templateIdentifier":"order-shipped",
			  "transactionId":"tx-8f2c","identifier":"sg-3f9a","channel":"email","providerId":"sendgrid",
			  "subject":"Your order has shipped",
			  "content":[{"type":"text","content":"Hello {{firstName}}","styles":{"textAlign":"left"}},
			   {"type":"button","content":"Track","url":"https://example.com/t/1234","styles":{"textAlign":"center"}}],
			  "email":"ada@example.com","seen":false,"read":false,"status":"error","errorId":"mail_unexpected_error",
			  "errorText":"Error while sending email with provider","payload":{"orderId":1234},
			  "overrides":{"email":{"replyTo":"support@example.com"}},
			  "createdAt":"2024-12-13T10:00:01.000Z","updatedAt":"2024-12-13T10:00:02.000Z"},
			 {"_id":"6761f1a2b3c4d5e6f7a8b921","channel":"push","providerId":"fcm","title":"Shipped",
			  "content":"Order 1234 is on its way","deviceTokens":["fcm-token-1","fcm-token-2"],"status":"warning",
			  "transactionId":"tx-8f2c","createdAt":"2024-12-13T10:00:03.000Z"},
			 {"_id":"6761f1a2b3c4d5e6f7a8b931","channel":"sms","providerId":"twilio","phone":"+441234567890",
			  "content":"Order 1234 shipped","status":"sent","transactionId":"tx-8f2c",
			  "createdAt":"2024-12-13T10:00:04.000Z"},
			 {"_id":"6761f1a2b3c4d5e6f7a8b941","channel":"chat","providerId":"slack",
			  "directWebhookUrl":"https://hooks.slack.com/services/T000/B000/secret","content":"Order 1234 shipped",
			  "status":"sent","transactionId":"tx-8f2c","createdAt":"2024-12-13T10:00:05.000Z"}]}
			""";

	@Test
	void retrieveSendsFiltersAsQueryParametersAndReadsTheBarePage() {
		novu.stubFor(get(urlPathEqualTo("/v1/messages")).willReturn(json(200, RICH_PAGE)));

		PagedIterable<Message> messages = novu.client()
			.messages()
			.retrieve(MessageListRequest.builder()
				.page(0)
				.limit(50)
				.channel(ChannelType.IN_APP)
				.subscriberId("user-42")
				.transactionId("tx-8f2c", "tx-9a1b")
				.build());

		Page<Message> page = messages.firstPage();
		assertThat(page.page()).isZero();
		assertThat(page.totalCount()).isEqualTo(4);
		assertThat(page.hasMore()).isFalse();
		assertThat(page.data()).extracting(Message::channel)
			.containsExactly(ChannelType.IN_APP, ChannelType.EMAIL, ChannelType.PUSH, ChannelType.SMS, ChannelType.CHAT);
		Message inApp = page.data().get(0);
		assertThat(inApp.subscriber().subscriberId()).isEqualTo("user-42");
		assertThat(inApp.internalSubscriberId()).isEqualTo("6761c0000000000000000042");
		assertThat(inApp.content().text()).isEqualTo("Your order <b>1234</b> has shipped");
		assertThat(inApp.cta().action().buttons()).extracting(MessageCta.Button::content).containsExactly("Track", "Dismiss");
		assertThat(inApp.read()).isTrue();
		assertThat(inApp.status()).isEqualTo(MessageStatus.SENT);
		assertThat(inApp.errorId()).isNull();
		Message email = page.data().get(1);
		assertThat(email.content().isText()).isFalse();
		assertThat(email.content().blocks()).extracting(EmailBlock::type).containsExactly("text", "button");
		assertThat(email.content().blocks().get(1).styles().textAlign()).isEqualTo("center");
		assertThat(email.status()).isEqualTo(MessageStatus.ERROR);
		assertThat(email.feedId()).isNull();
		assertThat(page.data().get(2).deviceTokens().values()).containsExactly("fcm-token-1", "fcm-token-2");
		assertThat(novu.requests()).hasSize(1);
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("GET");
		assertThat(request.getUrl()).startsWith("/v1/messages?");
		assertThat(request.queryParameter("page").values()).containsExactly("0");
		assertThat(request.queryParameter("limit").values()).containsExactly("50");
		assertThat(request.queryParameter("channel").values()).containsExactly("in_app");
		assertThat(request.queryParameter("subscriberId").values()).containsExactly("user-42");
		assertThat(request.queryParameter("transactionId").values()).containsExactly("tx-8f2c", "tx-9a1b");
		assertThat(request.getHeader("Authorization")).isEqualTo("ApiKey " + MockNovu.API_KEY);
	}

	@Test
	void aRichMessagePageDeserializesWithNoFieldLost() {
		novu.stubFor(get(urlPathEqualTo("/v1/messages")).willReturn(json(200, RichJson.withUnknownFields(RICH_PAGE))));

		Page<Message> page = novu.client().messages().retrieve().firstPage();

		RichJson.assertNoFieldLost(page, RICH_PAGE);
		assertThat(novu.requests().get(0).getUrl()).isEqualTo("/v1/messages?page=0");
	}

	@Test
	void iteratesThreePagesAndStopsWhenHasMoreIsFalse() {
		stubMessagePage(0, true, "m1", "m2");
		stubMessagePage(1, true, "m3", "m4");
		stubMessagePage(2, false, "m5");

		List<String> ids = novu.client()
			.messages()
			.retrieve(MessageListRequest.builder().limit(2).subscriberId("user-42").build())
			.stream()
			.map(Message::id)
			.toList();

		assertThat(ids).containsExactly("m1", "m2", "m3", "m4", "m5");
		assertThat(novu.requests()).extracting((request) -> request.queryParameter("page").firstValue())
			.containsExactly("0", "1", "2");
		assertThat(novu.requests()).allSatisfy((request) -> {
			assertThat(request.queryParameter("limit").firstValue()).isEqualTo("2");
			assertThat(request.queryParameter("subscriberId").firstValue()).isEqualTo("user-42");
		});
	}

	@Test
	void iterationStopsOnAnEmptyPageEvenIfNovuSaysThereIsMore() {
		stubMessagePage(3, true, "m7", "m8");
		stubMessagePage(4, true, "m9", "m10");
		stubMessagePage(5, true);

		PagedIterable<Message> messages = novu.client()
			.messages()
			.retrieve(MessageListRequest.builder().page(3).limit(2).build());

		assertThat(messages).extracting(Message::id).containsExactly("m7", "m8", "m9", "m10");
		assertThat(novu.requests()).extracting((request) -> request.queryParameter("page").firstValue())
			.containsExactly("3", "4", "5");
	}

	@Test
	void withoutHasMoreIterationFollowsTotalCount() {
		// The 2024 server's GET /v1/messages may send totalCount and no hasMore (WIRE-FORMAT §4).
		for (int page = 0; page < 3; page++) {
			String item = "{\"_id\":\"m" + page + "\",\"channel\":\"sms\"}";
			novu.stubFor(get(urlPathEqualTo("/v1/messages")).withQueryParam("page", equalTo(String.valueOf(page)))
				.willReturn(json(200, "{\"page\":" + page + ",\"totalCount\":3,\"pageSize\":1,\"data\":[" + item + "]}")));
		}

		List<String> ids = novu.client()
			.messages()
			.retrieve(MessageListRequest.builder().limit(1).build())
			.stream()
			.map(Message::id)
			.toList();

		assertThat(ids).containsExactly("m0", "m1", "m2");
		assertThat(novu.requests()).hasSize(3);
	}

	@Test
	void deleteReturnsNovusAcknowledgement() {
		novu.stubFor(delete("/v1/messages/6761f1a2b3c4d5e6f7a8b901")
			.willReturn(json(200, "{\"data\":{\"acknowledged\":true,\"status\":\"deleted\"}}")));

		AcknowledgedResult result = novu.client().messages().delete("6761f1a2b3c4d5e6f7a8b901");

		assertThat(result.acknowledged()).isTrue();
		assertThat(result.status()).isEqualTo("deleted");
		assertThat(result.isDeleted()).isTrue();
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("DELETE");
		assertThat(request.getUrl()).isEqualTo("/v1/messages/6761f1a2b3c4d5e6f7a8b901");
		assertThat(request.getBody()).isEmpty();
		assertThat(request.getHeader("Idempotency-Key")).isNull();
	}

	@Test
	void deleteByTransactionIdAcceptsNoContentWithAndWithoutChannel() {
		novu.stubFor(delete(urlPathEqualTo("/v1/messages/transaction/tx-8f2c")).willReturn(aResponse().withStatus(204)));
		NovuClient client = novu.client();

		client.messages().deleteByTransactionId("tx-8f2c");
		client.messages().deleteByTransactionId("tx-8f2c", ChannelType.EMAIL);

		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/messages/transaction/tx-8f2c", "/v1/messages/transaction/tx-8f2c?channel=email");
		assertThat(novu.requests()).allSatisfy((request) -> assertThat(request.getMethod().getName()).isEqualTo("DELETE"));
	}

	@Test
	void deleteByTransactionIdOfUnknownTransactionIsNotFound() {
		novu.stubFor(delete(urlPathEqualTo("/v1/messages/transaction/tx-none")).willReturn(json(404,
				"{\"statusCode\":404,\"message\":\"Invalid transactionId or channel\",\"error\":\"Not Found\","
						+ "\"timestamp\":\"2024-12-13T10:00:00.000Z\",\"path\":\"/v1/messages/transaction/tx-none?channel=sms\"}")));

		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> novu.client().messages().deleteByTransactionId("tx-none", ChannelType.SMS))
			.satisfies((ex) -> assertThat(ex.getNovuMessage()).isEqualTo("Invalid transactionId or channel"))
			.withMessageContaining("messages.deleteByTransactionId");
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void limitsAndBadIdsAreRejectedBeforeSending() {
		NovuClient client = novu.client();
		Messages messages = client.messages();

		assertThatIllegalArgumentException().isThrownBy(() -> MessageListRequest.builder().limit(1001).build())
			.withMessage("messages.retrieve limit must be 1 to 1000, was 1001");
		assertThatIllegalArgumentException().isThrownBy(() -> MessageListRequest.builder().limit(0).build())
			.withMessageContaining("limit must be 1 to 1000");
		assertThatIllegalArgumentException().isThrownBy(() -> MessageListRequest.builder().page(-1).build())
			.withMessageContaining("pages start at 0");
		assertThatIllegalArgumentException().isThrownBy(() -> MessageListRequest.builder().subscriberId(" ").build())
			.withMessageContaining("subscriberId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> MessageListRequest.builder().transactionId("").build())
			.withMessageContaining("blank id");
		assertThatIllegalArgumentException().isThrownBy(() -> messages.delete(" "))
			.withMessageContaining("messageId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> messages.delete(null))
			.withMessageContaining("messageId must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> messages.delete(".."))
			.withMessageContaining("leave its path segment");
		assertThatIllegalArgumentException().isThrownBy(() -> messages.deleteByTransactionId(""))
			.withMessageContaining("transactionId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> messages.deleteByTransactionId(null, ChannelType.SMS))
			.withMessageContaining("transactionId must not be null");
		assertThat(MessageListRequest.builder().limit(MessageListRequest.MAX_LIMIT).build().limit()).isEqualTo(1000);
		assertThat(novu.requests()).isEmpty();
	}

	@Test
	void unusualShapesAndNewValuesStillParse() {
		// Nested device tokens (the message schema declares an array of arrays), a single email block,
		// and a channel and status this client does not know yet.
		novu.stubFor(get(urlPathEqualTo("/v1/messages")).willReturn(json(200,
				"{\"page\":0,\"hasMore\":false,\"pageSize\":10,\"data\":[{\"_id\":\"m1\",\"channel\":\"whatsapp\","
						+ "\"status\":\"queued\",\"deviceTokens\":[[\"t1\"],[\"t2\",\"t3\"]],"
						+ "\"content\":{\"type\":\"text\",\"content\":\"Hi\"}}]}")));

		Message message = novu.client().messages().retrieve().firstPage().data().get(0);

		assertThat(message.channel()).isEqualTo(ChannelType.of("whatsapp"));
		assertThat(message.status().value()).isEqualTo("queued");
		assertThat(message.deviceTokens().values()).containsExactly("t1", "t2", "t3");
		assertThat(message.content().blocks()).containsExactly(new EmailBlock("text", "Hi", null, null, null));
	}

	@Test
	void toStringKeepsChannelSecretsOut() {
		novu.stubFor(get(urlPathEqualTo("/v1/messages")).willReturn(json(200, RICH_PAGE)));

		List<Message> messages = novu.client().messages().retrieve().firstPage().data();

		String printed = messages.toString();
		assertThat(printed).contains("Message{id=6761f1a2b3c4d5e6f7a8b941", "directWebhookUrl=<redacted>",
				"deviceTokens=DeviceTokens[2 redacted]");
		assertThat(printed).doesNotContain("hooks.slack.com", "fcm-token-1");
	}

	private static void stubMessagePage(int page, boolean hasMore, String... ids) {
		String[] items = new String[ids.length];
		for (int i = 0; i < ids.length; i++) {
			items[i] = "{\"_id\":\"" + ids[i] + "\",\"channel\":\"in_app\",\"content\":\"Hi\",\"read\":false,\"seen\":false}";
		}
		PageStubs.stubPage(novu, "/v1/messages", page, 2, hasMore, items);
	}

}
