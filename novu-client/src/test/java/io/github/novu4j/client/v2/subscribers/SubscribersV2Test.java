package io.github.novu4j.client.v2.subscribers;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.CursorPage;
import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuConflictException;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.NovuValidationException;
import io.github.novu4j.client.OrderDirection;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.RichJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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

class SubscribersV2Test {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void createSendsTheProfileAndReadsEveryFieldOfTheEnvelopedAnswer() {
		novu.stubFor(post("/v2/subscribers")
			.willReturn(json(201, "{\"data\":" + RichJson.withUnknownFields(V2Samples.SUBSCRIBER) + "}")));

		Subscriber subscriber = novu.client().v2().subscribers().create(CreateSubscriberRequest.builder("user-42")
			.firstName("Ada")
			.lastName("Lovelace")
			.email("ada@example.com")
			.timezone("Europe/London")
			.data(Map.of("plan", "pro"))
			.build());

		RichJson.assertNoFieldLost(subscriber, V2Samples.SUBSCRIBER);
		assertThat(subscriber.subscriberId()).isEqualTo("user-42");
		assertThat(subscriber.channels()).singleElement()
			.satisfies((channel) -> assertThat(channel.credentials()).containsKey("webhookUrl"));
		assertThat(subscriber.additionalProperties()).containsKey(RichJson.UNKNOWN_FIELD);
		// Channel credentials are secrets: never printed.
		assertThat(subscriber.toString()).doesNotContain("SLACKSECRET").contains("user-42");
		assertThat(subscriber.channels().get(0).toString()).doesNotContain("SLACKSECRET");
		LoggedRequest request = onlyRequest();
		assertThat(request.getUrl()).isEqualTo("/v2/subscribers");
		assertThat(request.getBodyAsString()).isEqualTo("{\"subscriberId\":\"user-42\",\"firstName\":\"Ada\","
				+ "\"lastName\":\"Lovelace\",\"email\":\"ada@example.com\",\"timezone\":\"Europe/London\","
				+ "\"data\":{\"plan\":\"pro\"}}");
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
	}

	@Test
	void createWithFailIfExistsSendsTheStringTrueAndAnExistingSubscriberIsAConflict() {
		novu.stubFor(post(urlPathEqualTo("/v2/subscribers")).withQueryParam("failIfExists", equalTo("true"))
			.willReturn(json(409, "{\"statusCode\":409,\"timestamp\":\"2026-04-01T10:00:00.000Z\","
					+ "\"path\":\"/v2/subscribers?failIfExists=true\",\"message\":\"Subscriber with subscriberId: user-42 already exists\","
					+ "\"error\":\"Conflict\"}")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuConflictException.class)
			.isThrownBy(() -> client.v2().subscribers().create(CreateSubscriberRequest.of("user-42"), true))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(409);
				assertThat(ex.getNovuMessage()).contains("already exists");
				assertThat(ex.getMessage()).contains("subscribers.create");
			});
		assertThat(onlyRequest().getUrl()).isEqualTo("/v2/subscribers?failIfExists=true");
	}

	@Test
	void createWithoutFailIfExistsSendsNoQuery() {
		novu.stubFor(post("/v2/subscribers").willReturn(json(201, "{\"data\":" + V2Samples.subscriber("u1") + "}")));

		assertThat(novu.client().v2().subscribers().create(CreateSubscriberRequest.of("u1"), false).subscriberId())
			.isEqualTo("u1");
		assertThat(onlyRequest().getUrl()).isEqualTo("/v2/subscribers");
		assertThat(onlyRequest().getBodyAsString()).isEqualTo("{\"subscriberId\":\"u1\"}");
	}

	@Test
	void retrieveEncodesTheIdAsOneSegmentAndA404CarriesNovusMessage() {
		novu.stubFor(get(urlPathEqualTo("/v2/subscribers/team%2Fada%20l"))
			.willReturn(json(200, "{\"data\":" + V2Samples.SUBSCRIBER + "}")));
		novu.stubFor(get("/v2/subscribers/ghost").willReturn(json(404, "{\"statusCode\":404,"
				+ "\"timestamp\":\"2026-04-01T10:00:00.000Z\",\"path\":\"/v2/subscribers/ghost\","
				+ "\"message\":\"Subscriber: ghost was not found\",\"error\":\"Not Found\"}")));
		NovuClient client = novu.client();

		RichJson.assertNoFieldLost(client.v2().subscribers().retrieve("team/ada l"), V2Samples.SUBSCRIBER);
		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> client.v2().subscribers().retrieve("ghost"))
			.satisfies((ex) -> {
				assertThat(ex.getNovuMessage()).isEqualTo("Subscriber: ghost was not found");
				assertThat(ex.getError()).isEqualTo("Not Found");
			});
	}

	@Test
	void patchSendsOnlyWhatWasSetWithExplicitNullsAndReturnsTheSubscriber() {
		novu.stubFor(patch("/v2/subscribers/user-42").willReturn(json(200, "{\"data\":" + V2Samples.SUBSCRIBER + "}")));

		Subscriber subscriber = novu.client().v2().subscribers().patch("user-42",
				PatchSubscriberRequest.builder().firstName("Ada").avatar(null).build());

		assertThat(subscriber.firstName()).isEqualTo("Ada");
		assertThat(onlyRequest().getBodyAsString()).isEqualTo("{\"firstName\":\"Ada\",\"avatar\":null}");
		assertThat(onlyRequest().getMethod().getName()).isEqualTo("PATCH");
	}

	@Test
	void patchOfAMissingSubscriberIsNotFound() {
		novu.stubFor(patch("/v2/subscribers/ghost").willReturn(json(404, "{\"statusCode\":404,"
				+ "\"timestamp\":\"2026-04-01T10:00:00.000Z\",\"path\":\"/v2/subscribers/ghost\","
				+ "\"message\":\"Subscriber ghost was not found\",\"error\":\"Not Found\"}")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> client.v2().subscribers().patch("ghost", PatchSubscriberRequest.builder().locale("en").build()))
			.withMessageContaining("Subscriber ghost was not found");
	}

	@Test
	void deleteReadsTheAcknowledgementAndA404BuiltFromAnObjectHasNoErrorKey() {
		novu.stubFor(delete("/v2/subscribers/user-42")
			.willReturn(json(200, "{\"data\":{\"acknowledged\":true,\"status\":\"deleted\"}}")));
		// WIRE-FORMAT-CURRENT §E: an exception built from an object has no "error" but its extra keys.
		novu.stubFor(delete("/v2/subscribers/ghost").willReturn(json(404, "{\"statusCode\":404,"
				+ "\"timestamp\":\"2026-04-01T10:00:00.000Z\",\"path\":\"/v2/subscribers/ghost\","
				+ "\"message\":\"Subscriber was not found\",\"externalSubscriberId\":\"ghost\","
				+ "\"ctx\":{\"message\":\"Subscriber was not found\",\"externalSubscriberId\":\"ghost\"}}")));
		NovuClient client = novu.client();

		SubscriberDeleted deleted = client.v2().subscribers().delete("user-42");

		assertThat(deleted.isDeleted()).isTrue();
		RichJson.assertNoFieldLost(deleted, "{\"acknowledged\":true,\"status\":\"deleted\"}");
		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> client.v2().subscribers().delete("ghost"))
			.satisfies((ex) -> {
				assertThat(ex.getNovuMessage()).isEqualTo("Subscriber was not found");
				assertThat(ex.getError()).isNull();
				assertThat(ex.getRawBody()).contains("\"externalSubscriberId\":\"ghost\"");
			});
	}

	@Test
	void searchPaginates250SubscribersByCursorFollowingNextUntilNull() {
		List<String> ids = IntStream.rangeClosed(1, 250).mapToObj((i) -> String.format("user-%03d", i)).toList();
		stubSearchPage(null, "c100", ids.subList(0, 100));
		stubSearchPage("c100", "c200", ids.subList(100, 200));
		stubSearchPage("c200", null, ids.subList(200, 250));

		CursorPagedIterable<Subscriber> all = novu.client().v2().subscribers()
			.search(SearchSubscribersRequest.none(), CursorPagination.builder().limit(100).orderBy("_id")
				.orderDirection(OrderDirection.ASC).build());

		assertThat(all.firstPage().totalCount()).isEqualTo(250);
		assertThat(all.stream().map(Subscriber::subscriberId)).containsExactlyElementsOf(ids);
		assertThat(all.pages()).extracting(CursorPage::next).containsExactly("c100", "c200", null);
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.startsWith("/v2/subscribers?limit=100&orderBy=_id&orderDirection=ASC",
					"/v2/subscribers?after=c100&limit=100&orderBy=_id&orderDirection=ASC",
					"/v2/subscribers?after=c200&limit=100&orderBy=_id&orderDirection=ASC");
	}

	@Test
	void searchSendsTheFiltersAndKeepsEveryFieldOfThePage() {
		String page = "{\"data\":[" + V2Samples.SUBSCRIBER + "],\"next\":null,\"previous\":null,"
				+ "\"totalCount\":1,\"totalCountCapped\":false}";
		novu.stubFor(get(urlPathEqualTo("/v2/subscribers")).willReturn(json(200, RichJson.withUnknownFields(page))));

		CursorPagedIterable<Subscriber> found = novu.client().v2().subscribers()
			.search(SearchSubscribersRequest.builder().email("ada@example.com").name("Ada L").phone("+15555550100")
				.subscriberId("user-42").build(), CursorPagination.none());

		RichJson.assertNoFieldLost(found.firstPage(), page);
		assertThat(found.firstPage().totalCountCapped()).isFalse();
		assertThat(onlyRequest().getUrl()).isEqualTo(
				"/v2/subscribers?email=ada%40example.com&name=Ada%20L&phone=%2B15555550100&subscriberId=user-42");
		assertThat(onlyRequest().queryParameter("phone").firstValue()).isEqualTo("+15555550100");
	}

	@Test
	void searchWithoutArgumentsAsksForNovusDefaults() {
		novu.stubFor(get("/v2/subscribers").willReturn(json(200,
				"{\"data\":[],\"next\":null,\"previous\":null,\"totalCount\":0,\"totalCountCapped\":false}")));

		assertThat(novu.client().v2().subscribers().search()).isEmpty();
		assertThat(onlyRequest().getUrl()).isEqualTo("/v2/subscribers");
	}

	@Test
	void aDtoValidationFailureKeepsTheGeneralErrorsOfThe422() {
		novu.stubFor(post("/v2/subscribers").willReturn(json(422, "{\"statusCode\":422,"
				+ "\"timestamp\":\"2026-04-01T10:00:00.000Z\",\"path\":\"/v2/subscribers\",\"message\":\"Validation Error\","
				+ "\"errors\":{\"general\":{\"messages\":[\"email must be an email\"],\"value\":\"No Value Recorded\"}}}")));
		NovuClient client = novu.client(
				(builder) -> builder.retry(io.github.novu4j.client.RetrySettings.builder().maxAttempts(1).build()));

		assertThatExceptionOfType(NovuValidationException.class)
			.isThrownBy(() -> client.v2().subscribers()
				.create(CreateSubscriberRequest.builder("user-42").email("not-an-email").build()))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(422);
				assertThat(ex.getNovuMessage()).isEqualTo("Validation Error");
				assertThat(ex.getValidationErrors()).singleElement().satisfies((error) -> {
					assertThat(error.field()).isEqualTo("general");
					assertThat(error.messages()).containsExactly("email must be an email");
					assertThat(error.value()).isEqualTo("\"No Value Recorded\"");
				});
			});
	}

	@Test
	void badInputFailsBeforeAnythingIsSent() {
		NovuClient client = novu.client();

		assertThatIllegalArgumentException().isThrownBy(() -> client.v2().subscribers().retrieve(" "))
			.withMessageContaining("subscriberId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> client.v2().subscribers().retrieve(".."))
			.withMessageContaining("leave its path segment");
		assertThatIllegalArgumentException().isThrownBy(() -> client.v2().subscribers().delete(null));
		assertThatIllegalArgumentException().isThrownBy(() -> CreateSubscriberRequest.builder(""))
			.withMessageContaining("subscriberId");
		assertThatIllegalArgumentException().isThrownBy(() -> PatchSubscriberRequest.builder().build())
			.withMessageContaining("at least one field");
		assertThatIllegalArgumentException().isThrownBy(() -> SearchSubscribersRequest.builder().email(" ").build())
			.withMessageContaining("email must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> CursorPagination.limit(101))
			.withMessageContaining("1 to 100");
		assertThatNullPointerException().isThrownBy(() -> client.v2().subscribers().create(null));
		assertThatNullPointerException()
			.isThrownBy(() -> client.v2().subscribers().patch("user-42", null));
		assertThatNullPointerException()
			.isThrownBy(() -> client.v2().subscribers().search(null, CursorPagination.none()));
		assertThat(novu.requests()).isEmpty();
	}

	private static void stubSearchPage(String after, String next, List<String> ids) {
		String data = ids.stream().map(V2Samples::subscriber).collect(Collectors.joining(","));
		novu.stubFor(get(urlPathEqualTo("/v2/subscribers"))
			.withQueryParam("after", (after != null) ? equalTo(after) : absent())
			.willReturn(json(200, "{\"data\":[" + data + "],\"next\":" + ((next != null) ? "\"" + next + "\"" : "null")
					+ ",\"previous\":" + ((after != null) ? "\"" + after + "\"" : "null")
					+ ",\"totalCount\":250,\"totalCountCapped\":false}")));
	}

	private static LoggedRequest onlyRequest() {
		assertThat(novu.requests()).hasSize(1);
		return novu.requests().get(0);
	}

}
