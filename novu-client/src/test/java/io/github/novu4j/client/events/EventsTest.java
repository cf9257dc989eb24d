package io.github.novu4j.client.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.subscribers.ChannelCredentials;
import io.github.novu4j.client.subscribers.SubscriberChannel;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventsTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void triggerSendsEveryKindOfRecipientAndUnwrapsTheEnvelope() {
		novu.stubFor(post("/v1/events/trigger").willReturn(json(201,
				"{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"tx-1\"}}")));
		NovuClient client = novu.client();

		TriggerResult result = client.trigger(TriggerRequest.builder("order-shipped")
			.to(Recipient.subscriber("user-42"))
			.to(Recipient.subscriber(SubscriberRecipient.builder("user-43")
				.email("ada@example.com")
				.firstName("Ada")
				.locale("en-GB")
				.data(Map.of("plan", "pro"))
				.channel(new SubscriberChannel("slack", null, ChannelCredentials.webhook("https://hooks.example/x")))
				.build()))
			.toTopic("ops-team")
			.payload(Map.of("orderId", 1234))
			.overrides(Map.of("fcm", Map.of("data", Map.of("k", "v"))))
			.transactionId("tx-1")
			.actor("user-1")
			.tenant(Tenant.of("acme", "Acme", Map.of("tier", "gold")))
			.build());

		assertThat(result.acknowledged()).isTrue();
		assertThat(result.isProcessed()).isTrue();
		assertThat(result.transactionId()).isEqualTo("tx-1");
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getHeader("Authorization")).isEqualTo("ApiKey " + MockNovu.API_KEY);
		assertThat(request.getHeader("User-Agent")).startsWith("novu-java/");
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
		assertThat(request.getHeader("Content-Type")).startsWith("application/json");
		String body = request.getBodyAsString();
		assertThat(body).contains("\"name\":\"order-shipped\"")
			.contains("\"to\":[\"user-42\",{\"subscriberId\":\"user-43\"")
			.contains("{\"topicKey\":\"ops-team\",\"type\":\"Topic\"}")
			.contains("\"payload\":{\"orderId\":1234}")
			.contains("\"actor\":\"user-1\"")
			.contains("\"tenant\":{\"identifier\":\"acme\",\"name\":\"Acme\",\"data\":{\"tier\":\"gold\"}}")
			.contains("\"webhookUrl\":\"https://hooks.example/x\"")
			.doesNotContain("null");
	}

	@Test
	void unknownTriggerStatusesAndFieldsDoNotBreakParsing() {
		novu.stubFor(post("/v1/events/trigger").willReturn(json(201,
				"{\"data\":{\"acknowledged\":true,\"status\":\"invalid_recipients\",\"error\":[\"bad\"],"
						+ "\"transactionId\":\"tx-2\",\"jobData\":{\"new\":1}}}")));

		TriggerResult result = novu.client().trigger(TriggerRequest.builder("w").toSubscriber("s").build());

		assertThat(result.status()).isEqualTo(TriggerStatus.INVALID_RECIPIENTS);
		assertThat(result.isProcessed()).isFalse();
		assertThat(result.error()).containsExactly("bad");
		assertThat(TriggerStatus.of("something_new_2030").value()).isEqualTo("something_new_2030");
	}

	@Test
	void triggerBulkSendsEventsAndReturnsOneResultPerEvent() {
		novu.stubFor(post("/v1/events/trigger/bulk").willReturn(json(201,
				"{\"data\":[{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"a\"},"
						+ "{\"acknowledged\":true,\"status\":\"error\",\"error\":[\"payload missing\"],\"transactionId\":\"b\"}]}")));

		List<TriggerResult> results = novu.client()
			.triggerBulk(List.of(TriggerRequest.builder("w").toSubscriber("a").payload(Map.of()).build(),
					TriggerRequest.builder("w").toTopic("t").payload(Map.of("x", 1)).build()));

		assertThat(results).extracting(TriggerResult::transactionId).containsExactly("a", "b");
		assertThat(results.get(1).status()).isEqualTo(TriggerStatus.ERROR);
		assertThat(novu.requests().get(0).getBodyAsString()).startsWith("{\"events\":[{\"name\":\"w\"");
	}

	@Test
	void triggerBulkChecksLimitsAndPayloadsBeforeSending() {
		NovuClient client = novu.client();
		TriggerRequest withPayload = TriggerRequest.builder("w").toSubscriber("a").payload(Map.of()).build();
		List<TriggerRequest> tooMany = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			tooMany.add(withPayload);
		}

		assertThatIllegalArgumentException().isThrownBy(() -> client.triggerBulk(List.of()))
			.withMessageContaining("1 to 100 events, got 0");
		assertThatIllegalArgumentException().isThrownBy(() -> client.triggerBulk(tooMany))
			.withMessageContaining("got 101");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.triggerBulk(
					List.of(withPayload, TriggerRequest.builder("second").toSubscriber("b").build())))
			.withMessageContaining("events[1] ('second') has no payload");
		assertThat(novu.requests()).isEmpty();
	}

	@Test
	void broadcastRequiresAPayloadAndSendsIt() {
		novu.stubFor(post("/v1/events/trigger/broadcast").willReturn(
				json(201, "{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"bc\"}}")));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BroadcastRequest("maintenance", null, null, null, null, null, null))
			.withMessageContaining("needs a payload");
		TriggerResult result = novu.client()
			.triggerBroadcast(BroadcastRequest.builder("maintenance", Map.of("at", "22:00")).build());

		assertThat(result.transactionId()).isEqualTo("bc");
		assertThat(novu.requests().get(0).getBodyAsString())
			.isEqualTo("{\"name\":\"maintenance\",\"payload\":{\"at\":\"22:00\"}}");
	}

	@Test
	void cancelReturnsWhetherAPendingEventWasCancelled() {
		novu.stubFor(delete("/v1/events/trigger/tx-pending").willReturn(json(200, "{\"data\":true}")));
		novu.stubFor(delete("/v1/events/trigger/tx-done").willReturn(json(200, "{\"data\":false}")));
		NovuClient client = novu.client();

		assertThat(client.cancel("tx-pending")).isTrue();
		assertThat(client.cancel("tx-done")).isFalse();
		assertThat(novu.requests()).allSatisfy((request) -> assertThat(request.getHeader("Idempotency-Key")).isNull());
	}

	@Test
	void idsTravelAsOneEncodedPathSegment() {
		novu.stubFor(delete(urlPathEqualTo("/v1/events/trigger/a%2Fb%3Fc%23d%25e%20f%C3%A9")).willReturn(json(200, "{\"data\":true}")));

		assertThat(novu.client().cancel("a/b?c#d%e fé")).isTrue();
		assertThat(novu.requests().get(0).getUrl()).isEqualTo("/v1/events/trigger/a%2Fb%3Fc%23d%25e%20f%C3%A9");
	}

	@Test
	void badIdsFailBeforeAnythingIsSent() {
		NovuClient client = novu.client();

		assertThatIllegalArgumentException().isThrownBy(() -> client.cancel(" ")).withMessageContaining("transactionId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> client.cancel(null)).withMessageContaining("transactionId must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> client.cancel("..")).withMessageContaining("leave its path segment");
		assertThatIllegalArgumentException().isThrownBy(() -> TriggerRequest.builder("w").build())
			.withMessageContaining("at least one recipient");
		assertThatIllegalArgumentException().isThrownBy(() -> TriggerRequest.builder(" ").toSubscriber("a").build())
			.withMessageContaining("trigger identifier");
		assertThatThrownBy(() -> client.trigger(null)).isInstanceOf(NullPointerException.class);
		assertThat(novu.requests()).isEmpty();
	}

}
