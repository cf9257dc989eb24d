package io.github.novu4j.client.subscribers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.AcknowledgedResult;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuValidationException;
import io.github.novu4j.client.Page;
import io.github.novu4j.client.PagedIterable;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.PageStubs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.subscribers.WireSamples.subscriber;
import static io.github.novu4j.client.subscribers.WireSamples.wrapped;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SubscribersTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void createSendsTheSubscriberAndReadsTheUpsertedOneWithItsData() {
		novu.stubFor(post("/v1/subscribers").willReturn(json(201, wrapped(WireSamples.SUBSCRIBER))));

		Subscriber created = novu.client()
			.subscribers()
			.create(CreateSubscriberRequest.builder("user-42")
				.email("ada@example.com")
				.firstName("Ada")
				.lastName("Lovelace")
				.phone("+441234567890")
				.avatar("https://cdn.example/ada.png")
				.locale("en-GB")
				.data(Map.of("plan", "pro"))
				.channel(SubscriberChannel.of("slack", ChannelCredentials.webhook("https://hooks.example/x")))
				.build());

		assertThat(created.subscriberId()).isEqualTo("user-42");
		assertThat(created.data()).containsEntry("plan", "pro").containsEntry("seats", 5);
		assertThat(created.channels()).extracting(SubscriberChannel::providerId)
			.containsExactly("slack", "fcm", "grafana-on-call");
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("POST");
		assertThat(request.getHeader("Authorization")).isEqualTo("ApiKey " + MockNovu.API_KEY);
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
		assertThat(request.getBodyAsString()).isEqualTo("{\"subscriberId\":\"user-42\",\"email\":\"ada@example.com\","
				+ "\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"phone\":\"+441234567890\","
				+ "\"avatar\":\"https://cdn.example/ada.png\",\"locale\":\"en-GB\",\"data\":{\"plan\":\"pro\"},"
				+ "\"channels\":[{\"providerId\":\"slack\",\"credentials\":{\"webhookUrl\":\"https://hooks.example/x\"}}]}");
	}

	@Test
	void retrieveReadsTheWrappedSubscriberAndCanAskForTopics() {
		novu.stubFor(get(urlPathEqualTo("/v1/subscribers/user-42")).willReturn(json(200, wrapped(WireSamples.SUBSCRIBER))));
		NovuClient client = novu.client();

		Subscriber plain = client.subscribers().retrieve("user-42");
		Subscriber withTopics = client.subscribers()
			.retrieve("user-42", true, io.github.novu4j.client.RequestOptions.none());

		assertThat(plain.email()).isEqualTo("ada@example.com");
		assertThat(withTopics.topics()).containsExactly("ops", "billing");
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/subscribers/user-42", "/v1/subscribers/user-42?includeTopics=true");
		assertThat(novu.requests().get(0).getHeader("Idempotency-Key")).isNull();
	}

	@Test
	void updatePutsOnlyTheFieldsSet() {
		novu.stubFor(put("/v1/subscribers/user-42").willReturn(json(200, wrapped(subscriber("user-42")))));

		Subscriber updated = novu.client()
			.subscribers()
			.update("user-42", UpdateSubscriberRequest.builder().locale("de-DE").data(Map.of("plan", "team")).build());

		assertThat(updated.subscriberId()).isEqualTo("user-42");
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("PUT");
		assertThat(request.getBodyAsString()).isEqualTo("{\"locale\":\"de-DE\",\"data\":{\"plan\":\"team\"}}");
	}

	@Test
	void updateOfAnUnknownSubscriberIsNovusBadRequest() {
		novu.stubFor(put("/v1/subscribers/nobody").willReturn(json(400,
				"{\"statusCode\":400,\"message\":\"Subscriber: nobody was not found\",\"error\":\"Bad Request\"}")));

		assertThatExceptionOfType(NovuValidationException.class)
			.isThrownBy(() -> novu.client().subscribers().update("nobody", UpdateSubscriberRequest.builder().firstName("X").build()))
			.withMessageContaining("subscribers.update")
			.withMessageContaining("was not found");
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void deleteReturnsTheAcknowledgement() {
		novu.stubFor(delete("/v1/subscribers/user-42")
			.willReturn(json(200, "{\"data\":{\"acknowledged\":true,\"status\":\"deleted\"}}")));

		AcknowledgedResult result = novu.client().subscribers().delete("user-42");

		assertThat(result.isDeleted()).isTrue();
		assertThat(result.status()).isEqualTo("deleted");
		assertThat(novu.requests().get(0).getMethod().getName()).isEqualTo("DELETE");
	}

	@Test
	void createBulkSendsTheSubscribersAndReadsCreatedUpdatedAndFailed() {
		// Novu's document types the bulk items as strings; the server takes subscriber objects
		// (WIRE-FORMAT §3 and §9), so this request cannot conform to the document.
		novu.skipRequestValidationForThisTest();
		novu.stubFor(post("/v1/subscribers/bulk").willReturn(json(201,
				"{\"data\":{\"created\":[{\"subscriberId\":\"a\"}],\"updated\":[{\"subscriberId\":\"b\"}],"
						+ "\"failed\":[{\"message\":\"email must be an email\",\"subscriberId\":\"c\"}]}}")));

		BulkCreateSubscribersResult result = novu.client()
			.subscribers()
			.createBulk(List.of(CreateSubscriberRequest.of("a"), CreateSubscriberRequest.of("b"),
					CreateSubscriberRequest.builder("c").email("not-an-email").build()));

		assertThat(result.created()).extracting(BulkCreateSubscribersResult.Item::subscriberId).containsExactly("a");
		assertThat(result.updated()).extracting(BulkCreateSubscribersResult.Item::subscriberId).containsExactly("b");
		assertThat(result.failed()).containsExactly(new BulkCreateSubscribersResult.Failure("c", "email must be an email", null));
		assertThat(novu.requests().get(0).getBodyAsString()).isEqualTo("{\"subscribers\":[{\"subscriberId\":\"a\"},"
				+ "{\"subscriberId\":\"b\"},{\"subscriberId\":\"c\",\"email\":\"not-an-email\"}]}");
	}

	@Test
	void createBulkChecksItsLimitsBeforeSending() {
		NovuClient client = novu.client();
		List<CreateSubscriberRequest> tooMany = new ArrayList<>();
		for (int i = 0; i < 501; i++) {
			tooMany.add(CreateSubscriberRequest.of("s" + i));
		}
		List<CreateSubscriberRequest> tooBig = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			tooBig.add(CreateSubscriberRequest.builder("s" + i).data(Map.of("bio", "x".repeat(6_000))).build());
		}

		assertThatIllegalArgumentException().isThrownBy(() -> client.subscribers().createBulk(List.of()))
			.withMessageContaining("1 to 500 subscribers, got 0");
		assertThatIllegalArgumentException().isThrownBy(() -> client.subscribers().createBulk(tooMany))
			.withMessageContaining("got 501")
			.withMessageContaining("importAll");
		assertThatIllegalArgumentException().isThrownBy(() -> client.subscribers().createBulk(tooBig))
			.withMessageContaining("over Novu's limit of 100000");
		assertThat(novu.requests()).isEmpty();
	}

	@Test
	void listIteratesEveryPageUntilHasMoreIsFalse() {
		PageStubs.stubPage(novu, "/v1/subscribers", 0, 2, true, subscriber("a"), subscriber("b"));
		PageStubs.stubPage(novu, "/v1/subscribers", 1, 2, true, subscriber("c"), subscriber("d"));
		PageStubs.stubPage(novu, "/v1/subscribers", 2, 2, false, subscriber("e"));
		PageStubs.stubPage(novu, "/v1/subscribers", 3, 2, false, subscriber("never"));

		PagedIterable<Subscriber> all = novu.client().subscribers().list(0, 2);
		List<String> ids = new ArrayList<>();
		for (Subscriber s : all) {
			ids.add(s.subscriberId());
		}

		assertThat(ids).containsExactly("a", "b", "c", "d", "e");
		assertThat(all.firstPage().hasMore()).isTrue();
		assertThat(all.firstPage().pageSize()).isEqualTo(2);
		assertThat(all.firstPage().totalCount()).isNull();
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/subscribers?page=0&limit=2", "/v1/subscribers?page=1&limit=2",
					"/v1/subscribers?page=2&limit=2");
	}

	@Test
	void listStopsOnAnEmptyPageEvenIfNovuSaysThereIsMore() {
		PageStubs.stubPage(novu, "/v1/subscribers", 0, 1, true, subscriber("a"));
		PageStubs.stubPage(novu, "/v1/subscribers", 1, 1, true, subscriber("b"));
		PageStubs.stubPage(novu, "/v1/subscribers", 2, 1, true);
		PageStubs.stubPage(novu, "/v1/subscribers", 3, 1, false, subscriber("never"));

		List<Page<Subscriber>> pages = new ArrayList<>();
		novu.client().subscribers().list(0, 1).pages().forEach(pages::add);

		assertThat(pages).hasSize(3);
		assertThat(pages.get(2).data()).isEmpty();
		assertThat(novu.requests()).hasSize(3);
	}

	@Test
	void listStreamsLazilyAndStartsAtTheRequestedPage() {
		PageStubs.stubPage(novu, "/v1/subscribers", 5, 2, true, subscriber("k"), subscriber("l"));
		PageStubs.stubPage(novu, "/v1/subscribers", 6, 2, true, subscriber("m"), subscriber("n"));

		List<String> firstThree = novu.client()
			.subscribers()
			.list(5, 2)
			.stream()
			.limit(3)
			.map(Subscriber::subscriberId)
			.toList();

		assertThat(firstThree).containsExactly("k", "l", "m");
		assertThat(novu.requests()).hasSize(2);
	}

	@Test
	void listWithoutArgumentsLeavesThePageSizeToNovu() {
		PageStubs.stubPage(novu, "/v1/subscribers", 0, 10, false, subscriber("a"));

		assertThat(novu.client().subscribers().list().firstPage().data()).hasSize(1);
		assertThat(novu.requests().get(0).getUrl()).isEqualTo("/v1/subscribers?page=0");
	}

	@Test
	void listChecksPageAndLimitBeforeSending() {
		Subscribers subscribers = novu.client().subscribers();

		assertThatIllegalArgumentException().isThrownBy(() -> subscribers.list(0, 101))
			.withMessage("subscribers.list limit must be 1 to 100, was 101");
		assertThatIllegalArgumentException().isThrownBy(() -> subscribers.list(0, 0)).withMessageContaining("was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> subscribers.list(-1, 10))
			.withMessageContaining("page must be 0 or more");
		assertThat(novu.requests()).isEmpty();
	}

	@Test
	void subscriberIdsTravelAsOneEncodedPathSegment() {
		String encoded = "/v1/subscribers/team%2Fada%20lovelace%20%C3%A9%E2%9C%93";
		novu.stubFor(get(urlPathEqualTo(encoded)).willReturn(json(200, wrapped(subscriber("team/ada lovelace é✓")))));
		novu.stubFor(delete(urlPathEqualTo(encoded))
			.willReturn(json(200, "{\"data\":{\"acknowledged\":true,\"status\":\"deleted\"}}")));
		novu.stubFor(post(urlPathEqualTo(encoded + "/messages/mark-all"))
			.withRequestBody(equalToJson("{\"markAs\":\"read\"}"))
			.willReturn(json(201, "{\"data\":0}")));
		NovuClient client = novu.client();

		assertThat(client.subscribers().retrieve("team/ada lovelace é✓").subscriberId()).isEqualTo("team/ada lovelace é✓");
		assertThat(client.subscribers().delete("team/ada lovelace é✓").isDeleted()).isTrue();
		assertThat(client.subscribers().messages().markAll("team/ada lovelace é✓", MarkAllMessagesRequest.of(MarkAs.READ)))
			.isZero();
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly(encoded, encoded, encoded + "/messages/mark-all");
	}

	@Test
	void badIdsAndMissingRequestsFailBeforeAnythingIsSent() {
		Subscribers subscribers = novu.client().subscribers();

		assertThatIllegalArgumentException().isThrownBy(() -> subscribers.retrieve(" "))
			.withMessage("subscriberId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> subscribers.delete(null))
			.withMessage("subscriberId must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> subscribers.update("..", UpdateSubscriberRequest.builder().build()))
			.withMessageContaining("leave its path segment");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateSubscriberRequest.of(""))
			.withMessage("subscriberId must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateSubscriberRequest.builder("x").channel(SubscriberChannel.of(" ", ChannelCredentials.webhook("u"))).build())
			.withMessageContaining("providerId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> subscribers.credentials().delete("user-42", ""))
			.withMessage("providerId must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> subscribers.preferences().update("user-42", " ", UpdatePreferenceRequest.enabled(false)))
			.withMessage("workflowId must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> subscribers.messages().updateAsSeen("user-42", "", ButtonType.PRIMARY, MessageActionRequest.done()))
			.withMessage("messageId must not be blank");
		assertThat(novu.requests()).isEmpty();
	}

}
