package io.github.novu4j.client.v2.subscribers;

import io.github.novu4j.client.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuValidationException;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.RichJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class SubscriberNotificationsTest {

	private static final String BASE = "/v2/subscribers/user-42/notifications";

	private static final String NID = "6790b0000000000000000001";

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void listSendsThePageAndEveryFilterAndReadsTheBarePage() {
		String page = "{\"data\":[" + V2Samples.NOTIFICATION + "],\"hasMore\":true,"
				+ "\"filter\":{\"read\":false,\"severity\":[\"high\",\"medium\"]}}";
		novu.stubFor(get(urlPathEqualTo(BASE)).willReturn(json(200, RichJson.withUnknownFields(page))));

		InboxNotificationsPage result = novu.client().v2().subscribers().notifications().list("user-42",
				ListNotificationsRequest.builder()
					.limit(20)
					.after("6790affffffffffffffffff0")
					.read(false)
					.archived(false)
					.snoozed(false)
					.seen(true)
					.data(Map.of("orderId", "1234"))
					.severity(List.of(Severity.HIGH, Severity.MEDIUM))
					.createdGte(Instant.parse("2026-04-01T00:00:00Z"))
					.createdLte(Instant.parse("2026-04-02T00:00:00Z"))
					.contextKeys(List.of("tenant:acme"))
					.build());

		RichJson.assertNoFieldLost(result, page);
		assertThat(result.hasMore()).isTrue();
		InboxNotification notification = result.data().get(0);
		assertThat(notification.severity()).isEqualTo(Severity.HIGH);
		assertThat(notification.workflow().severity()).isEqualTo(Severity.MEDIUM);
		assertThat(notification.primaryAction().redirect().target()).isEqualTo("_blank");
		assertThat(result.lastId()).isEqualTo(NID);
		LoggedRequest request = onlyRequest();
		assertThat(request.getUrl()).isEqualTo(BASE + "?limit=20&after=6790affffffffffffffffff0&read=false"
				+ "&archived=false&snoozed=false&seen=true&data=%7B%22orderId%22%3A%221234%22%7D"
				+ "&severity=high&severity=medium&createdGte=1775001600000&createdLte=1775088000000"
				+ "&contextKeys=tenant%3Aacme");
		assertThat(request.queryParameter("data").firstValue()).isEqualTo("{\"orderId\":\"1234\"}");
	}

	@Test
	void theNextPageGoesAfterTheLastIdOrByOffset() {
		novu.stubFor(get(urlPathEqualTo(BASE))
			.willReturn(json(200, "{\"data\":[" + V2Samples.NOTIFICATION + "],\"hasMore\":false,\"filter\":{}}")));
		var notifications = novu.client().v2().subscribers().notifications();
		ListNotificationsRequest first = ListNotificationsRequest.builder().limit(1).offset(0).read(false).build();

		InboxNotificationsPage page = notifications.list("user-42", first);
		notifications.list("user-42", first.withAfter(page.lastId()));
		notifications.list("user-42");

		assertThat(novu.requests()).extracting(LoggedRequest::getUrl).containsExactly(
				BASE + "?limit=1&offset=0&read=false", BASE + "?limit=1&after=" + NID + "&read=false", BASE);
		assertThat(new InboxNotificationsPage(List.of(), false, null, null).lastId()).isNull();
	}

	@Test
	void listAllGoesAfterTheLastIdOfEachPageWhileNovuSaysHasMore() {
		stubInboxPage(null, true, "n1", "n2");
		stubInboxPage("n2", true, "n3", "n4");
		stubInboxPage("n4", false, "n5");

		InboxNotificationsIterable all = novu.client().v2().subscribers().notifications().listAll("user-42",
				ListNotificationsRequest.builder().limit(2).offset(0).read(false).build());

		assertThat(all.firstPage().data()).hasSize(2);
		assertThat(novu.requests()).hasSize(1);
		assertThat(all.stream().map(InboxNotification::id)).containsExactly("n1", "n2", "n3", "n4", "n5");
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl).containsExactly(
				BASE + "?limit=2&offset=0&read=false", BASE + "?limit=2&after=n2&read=false",
				BASE + "?limit=2&after=n4&read=false");
	}

	@Test
	void listAllNeverFollowsTheSameIdTwiceNorContinuesAfterAnEmptyPage() {
		stubInboxPage(null, true, "n1");
		stubInboxPage("n1", true, "n1");
		var notifications = novu.client().v2().subscribers().notifications();

		assertThat(notifications.listAll("user-42", ListNotificationsRequest.none()))
			.extracting(InboxNotification::id).containsExactly("n1", "n1");
		assertThat(novu.requests()).hasSize(2);

		novu.server().resetAll();
		stubInboxPage(null, true);
		assertThat(notifications.listAll("user-42", ListNotificationsRequest.none(), io.github.novu4j.client.RequestOptions.none())).isEmpty();
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void anInvalidAfterIsA422NamingTheField() {
		// WIRE-FORMAT-CURRENT §D, §E: after must be a Mongo id, else a command validation 422.
		novu.stubFor(get(urlPathEqualTo(BASE)).willReturn(json(422, "{\"statusCode\":422,"
				+ "\"timestamp\":\"2026-04-01T10:00:00.000Z\",\"path\":\"" + BASE + "?after=abc\","
				+ "\"message\":\"Validation failed for GetSubscriberNotificationsCommand: after: after must be a mongodb id\","
				+ "\"errors\":{\"after\":{\"messages\":[\"after must be a mongodb id\"],\"value\":\"abc\"}}}")));
		NovuClient client = novu.client((builder) -> builder.retry(RetrySettings.builder().maxAttempts(1).build()));

		assertThatExceptionOfType(NovuValidationException.class)
			.isThrownBy(() -> client.v2().subscribers().notifications().list("user-42",
					ListNotificationsRequest.builder().after("abc").build()))
			.satisfies((ex) -> assertThat(ex.getValidationErrors()).singleElement().satisfies((error) -> {
				assertThat(error.field()).isEqualTo("after");
				assertThat(error.messages()).containsExactly("after must be a mongodb id");
			}));
	}

	@Test
	void countSendsTheFiltersAsOneJsonStringAndReadsTheCountsInOrder() {
		String counts = "[{\"count\":3,\"filter\":{\"read\":false,\"archived\":false}},"
				+ "{\"count\":1,\"filter\":{\"tags\":{\"and\":[{\"or\":[\"billing\",\"security\"]},{\"or\":[\"urgent\"]}]},"
				+ "\"severity\":[\"high\"]}}]";
		novu.stubFor(get(urlPathEqualTo(BASE + "/count"))
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(counts) + "}")));

		List<NotificationCount> result = novu.client().v2().subscribers().notifications().count("user-42", List.of(
				NotificationFilter.builder().read(false).archived(false).build(),
				NotificationFilter.builder()
					.tagGroups(List.of(List.of("billing", "security"), List.of("urgent")))
					.severity(List.of(Severity.HIGH))
					.build()));

		RichJson.assertNoFieldLost(result, counts);
		assertThat(result).extracting(NotificationCount::count).containsExactly(3, 1);
		assertThat(onlyRequest().queryParameter("filters").firstValue()).isEqualTo("[{\"read\":false,\"archived\":false},"
				+ "{\"tags\":{\"and\":[{\"or\":[\"billing\",\"security\"]},{\"or\":[\"urgent\"]}]},\"severity\":[\"high\"]}]");
	}

	@Test
	void aSingleSeverityInTheEchoedFilterIsReadAsAListOfOne() {
		novu.stubFor(get(urlPathEqualTo(BASE + "/count"))
			.willReturn(json(200, "{\"data\":[{\"count\":0,\"filter\":{\"severity\":\"low\",\"tags\":[\"a\"]}}]}")));

		NotificationCount count = novu.client().v2().subscribers().notifications()
			.count("user-42", List.of(NotificationFilter.builder().tags(List.of("a")).build())).get(0);

		assertThat(count.filter().severity()).containsExactly(Severity.LOW);
		assertThat(count.filter().tags()).isEqualTo(List.of("a"));
		assertThat(onlyRequest().queryParameter("filters").firstValue()).isEqualTo("[{\"tags\":[\"a\"]}]");
	}

	@Test
	void aZodFailureOfCountIsA400KeepingItsErrorsArray() {
		// WIRE-FORMAT-CURRENT §E: a Zod failure is a 400 with errors as an array.
		novu.stubFor(get(urlPathEqualTo(BASE + "/count")).willReturn(json(400, "{\"statusCode\":400,"
				+ "\"timestamp\":\"2026-04-01T10:00:00.000Z\",\"path\":\"" + BASE + "/count\","
				+ "\"message\":\"Zod Validation Failed\","
				+ "\"errors\":[{\"message\":\"Expected boolean, received string\",\"path\":[\"filters\",0,\"read\"]}]}")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuValidationException.class)
			.isThrownBy(() -> client.v2().subscribers().notifications()
				.count("user-42", List.of(NotificationFilter.builder().read(true).build())))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getNovuMessage()).isEqualTo("Zod Validation Failed");
				assertThat(ex.getRawBody()).contains("Expected boolean, received string").contains("\"read\"");
			});
	}

	@Test
	void countTakesOneToThirtyFilters() {
		var notifications = novu.client().v2().subscribers().notifications();
		NotificationFilter unread = NotificationFilter.builder().read(false).build();

		assertThatIllegalArgumentException().isThrownBy(() -> notifications.count("user-42", List.of()))
			.withMessageContaining("1 to 30 filters, had 0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> notifications.count("user-42", Collections.nCopies(31, unread)))
			.withMessageContaining("had 31");
		assertThatNullPointerException().isThrownBy(() -> notifications.count("user-42", null));
		assertThat(novu.requests()).isEmpty();
	}

	@Test
	void everySingleNotificationActionPatchesItsRouteAndReturnsTheNotification() {
		novu.stubFor(patch(anyUrl()).willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(V2Samples.NOTIFICATION) + "}")));
		var notifications = novu.client().v2().subscribers().notifications();
		List<String> acme = List.of("tenant:acme");
		Map<String, Function<String, InboxNotification>> actions = new java.util.LinkedHashMap<>();
		actions.put("/read", (id) -> notifications.markAsRead("user-42", id));
		actions.put("/unread", (id) -> notifications.markAsUnread("user-42", id, io.github.novu4j.client.RequestOptions.none()));
		actions.put("/archive?contextKeys=tenant%3Aacme",
				(id) -> notifications.archive("user-42", id, acme, io.github.novu4j.client.RequestOptions.none()));
		actions.put("/unarchive", (id) -> notifications.unarchive("user-42", id));
		actions.put("/unsnooze", (id) -> notifications.unsnooze("user-42", id));
		actions.put("/actions/primary/complete",
				(id) -> notifications.completeAction("user-42", id, NotificationActionType.PRIMARY));
		actions.put("/actions/secondary/revert?contextKeys=tenant%3Aacme", (id) -> notifications.revertAction("user-42",
				id, NotificationActionType.SECONDARY, acme, io.github.novu4j.client.RequestOptions.none()));

		actions.forEach((route, action) -> RichJson.assertNoFieldLost(action.apply(NID), V2Samples.NOTIFICATION));

		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactlyElementsOf(actions.keySet().stream().map((route) -> BASE + "/" + NID + route).toList());
		assertThat(novu.requests()).allSatisfy((request) -> {
			assertThat(request.getMethod().getName()).isEqualTo("PATCH");
			assertThat(request.getBodyAsString()).isEmpty();
		});
	}

	@Test
	void snoozeSendsTheInstantAndRefusesOneLessThanAMinuteAhead() {
		novu.stubFor(patch(BASE + "/" + NID + "/snooze")
			.willReturn(json(200, "{\"data\":" + V2Samples.NOTIFICATION.replace("\"isSnoozed\":false", "\"isSnoozed\":true") + "}")));
		var notifications = novu.client().v2().subscribers().notifications();
		Instant until = Instant.now().plus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

		assertThat(notifications.snooze("user-42", NID, until).isSnoozed()).isTrue();
		assertThat(onlyRequest().getBodyAsString()).isEqualTo("{\"snoozeUntil\":\"" + until + "\"}");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> notifications.snooze("user-42", NID, Instant.now().plusSeconds(30)))
			.withMessageContaining("at least 60 seconds ahead");
		assertThatNullPointerException().isThrownBy(() -> notifications.snooze("user-42", NID, null));
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void bulkActionsPostTheirSelectionAndExpectNoContent() {
		novu.stubFor(post(urlPathEqualTo(BASE + "/seen")).willReturn(aResponse().withStatus(204)));
		novu.stubFor(post(urlPathEqualTo(BASE + "/read")).willReturn(aResponse().withStatus(204)));
		novu.stubFor(post(urlPathEqualTo(BASE + "/archive")).willReturn(aResponse().withStatus(204)));
		novu.stubFor(post(urlPathEqualTo(BASE + "/read-archive")).willReturn(aResponse().withStatus(204)));
		novu.stubFor(post(urlPathEqualTo(BASE + "/delete")).willReturn(aResponse().withStatus(204)));
		// Spec vs server (WIRE-FORMAT-CURRENT §H): the document types "tags" as an object only, while its own
		// description ("OR for string[]") and the server take a plain array too; only that request skips validation.
		novu.skipRequestValidationForThisTest("POST", BASE + "/read");
		var notifications = novu.client().v2().subscribers().notifications();

		notifications.markAsSeen("user-42", BulkNotificationsRequest.ofIds(List.of(NID)));
		notifications.markAllAsRead("user-42", BulkNotificationsRequest.builder().tags(List.of("billing")).build());
		notifications.archiveAll("user-42");
		notifications.archiveAllRead("user-42", BulkNotificationsRequest.builder()
			.tagGroups(List.of(List.of("a", "b"), List.of("c")))
			.build());
		notifications.deleteAll("user-42", BulkNotificationsRequest.builder()
			.data(Map.of("orderId", "1234"))
			.contextKeys(List.of("tenant:acme"))
			.build(), io.github.novu4j.client.RequestOptions.none());

		assertThat(novu.requests()).extracting(LoggedRequest::getUrl).containsExactly(BASE + "/seen", BASE + "/read",
				BASE + "/archive", BASE + "/read-archive", BASE + "/delete");
		assertThat(novu.requests()).extracting(LoggedRequest::getBodyAsString).containsExactly(
				"{\"notificationIds\":[\"" + NID + "\"]}", "{\"tags\":[\"billing\"]}", "{}",
				"{\"tags\":{\"and\":[{\"or\":[\"a\",\"b\"]},{\"or\":[\"c\"]}]}}",
				"{\"data\":\"{\\\"orderId\\\":\\\"1234\\\"}\",\"contextKeys\":[\"tenant:acme\"]}");
	}

	@Test
	void deleteOfOneNotificationExpectsNoContentAndSendsTheContextKeys() {
		novu.stubFor(delete(urlPathEqualTo(BASE + "/" + NID)).willReturn(aResponse().withStatus(204)));
		var notifications = novu.client().v2().subscribers().notifications();

		notifications.delete("user-42", NID);
		notifications.delete("user-42", NID, List.of("tenant:acme", "project:p1"),
				io.github.novu4j.client.RequestOptions.none());

		assertThat(novu.requests()).extracting(LoggedRequest::getUrl).containsExactly(BASE + "/" + NID,
				BASE + "/" + NID + "?contextKeys=tenant%3Aacme&contextKeys=project%3Ap1");
	}

	@Test
	void badInputFailsBeforeAnythingIsSent() {
		novu.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
		var notifications = novu.client().v2().subscribers().notifications();

		assertThatIllegalArgumentException().isThrownBy(() -> ListNotificationsRequest.builder().limit(101).build())
			.withMessageContaining("limit must be 1 to 100, was 101");
		assertThatIllegalArgumentException().isThrownBy(() -> ListNotificationsRequest.builder().limit(0).build());
		assertThatIllegalArgumentException().isThrownBy(() -> ListNotificationsRequest.builder().offset(-1).build())
			.withMessageContaining("offset must be 0 or more");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ListNotificationsRequest.builder().offset(10).after(NID).build())
			.withMessageContaining("not both");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ListNotificationsRequest.builder().contextKeys(List.of(" ")).build())
			.withMessageContaining("contextKeys");
		assertThatIllegalArgumentException().isThrownBy(() -> notifications.markAsRead("user-42", " "))
			.withMessageContaining("notificationId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> notifications.archive("..", NID))
			.withMessageContaining("leave its path segment");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> notifications.markAllAsRead("user-42", BulkNotificationsRequest.ofIds(List.of(NID))))
			.withMessageContaining("markAsSeen only");
		assertThatIllegalArgumentException().isThrownBy(() -> BulkNotificationsRequest.ofIds(List.of("")))
			.withMessageContaining("notificationIds");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NotificationFilter.builder().tagGroups(List.of(List.of())).build())
			.withMessageContaining("at least one tag");
		assertThatNullPointerException()
			.isThrownBy(() -> notifications.completeAction("user-42", NID, null));
		assertThatNullPointerException().isThrownBy(() -> notifications.markAsSeen("user-42", null));
		assertThatNullPointerException().isThrownBy(() -> notifications.list("user-42", null));
		assertThat(novu.requests()).isEmpty();
	}

	private static void stubInboxPage(String after, boolean hasMore, String... ids) {
		String data = java.util.Arrays.stream(ids).map((id) -> V2Samples.NOTIFICATION.replace(NID, id))
			.collect(java.util.stream.Collectors.joining(","));
		novu.stubFor(get(urlPathEqualTo(BASE))
			.withQueryParam("after", (after != null) ? com.github.tomakehurst.wiremock.client.WireMock.equalTo(after)
					: com.github.tomakehurst.wiremock.client.WireMock.absent())
			.willReturn(json(200, "{\"data\":[" + data + "],\"hasMore\":" + hasMore + ",\"filter\":{}}")));
	}

	private static LoggedRequest onlyRequest() {
		assertThat(novu.requests()).hasSize(1);
		return novu.requests().get(0);
	}

}
