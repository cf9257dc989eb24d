package io.github.novu4j.client.v2.subscribers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.ChannelType;
import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.RichJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class SubscriberPreferencesAndTopicsTest {

	private static final String PREFERENCES_PATH = "/v2/subscribers/user-42/preferences";

	private static final String SUBSCRIPTIONS_PATH = "/v2/subscribers/user-42/subscriptions";

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void listReadsTheGlobalAndWorkflowPreferencesAndSendsCriticalityAndContextKeys() {
		novu.stubFor(get(urlPathEqualTo(PREFERENCES_PATH))
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(V2Samples.PREFERENCES) + "}")));
		var preferences = novu.client().v2().subscribers().preferences();

		Preferences all = preferences.list("user-42");
		preferences.list("user-42", new ListPreferencesRequest(ListPreferencesRequest.Criticality.ALL,
				List.of("tenant:acme")));

		RichJson.assertNoFieldLost(all, V2Samples.PREFERENCES);
		assertThat(all.global().channels().inApp()).isTrue();
		assertThat(all.global().schedule().weeklySchedule().monday().hours().get(0).start()).isEqualTo("09:00 AM");
		assertThat(all.workflows().get(0).overrides().get(0).channel()).isEqualTo(ChannelType.EMAIL);
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly(PREFERENCES_PATH, PREFERENCES_PATH + "?criticality=all&contextKeys=tenant%3Aacme");
	}

	@Test
	void updateSendsChannelsScheduleAndContextAndReturnsThePreferences() {
		novu.stubFor(patch(PREFERENCES_PATH).willReturn(json(200, "{\"data\":" + V2Samples.PREFERENCES + "}")));
		var preferences = novu.client().v2().subscribers().preferences();
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("tenant", "acme");
		Map<String, Object> project = new LinkedHashMap<>();
		project.put("id", "p1");
		project.put("data", Map.of("name", "Apollo"));
		context.put("project", project);

		Preferences global = preferences.update("user-42", UpdatePreferencesRequest.builder()
			.channels(PreferenceChannels.builder().email(true).sms(false).inApp(true).build())
			.schedule(Schedule.of(true, Schedule.Week.builder()
				.monday(Schedule.Day.of(true, List.of(Schedule.Hours.of("09:00 AM", "05:00 PM"))))
				.sunday(Schedule.Day.of(false, List.of()))
				.build()))
			.context(context)
			.build());
		preferences.update("user-42", UpdatePreferencesRequest.builder()
			.workflowId("order-shipped")
			.channels(PreferenceChannels.builder().push(false).chat(true).build())
			.build(), RequestOptions.none());

		RichJson.assertNoFieldLost(global, V2Samples.PREFERENCES);
		assertThat(novu.requests()).extracting(LoggedRequest::getBodyAsString).containsExactly(
				"{\"channels\":{\"email\":true,\"sms\":false,\"in_app\":true},\"schedule\":{\"isEnabled\":true,"
						+ "\"weeklySchedule\":{\"monday\":{\"isEnabled\":true,\"hours\":[{\"start\":\"09:00 AM\",\"end\":\"05:00 PM\"}]},"
						+ "\"sunday\":{\"isEnabled\":false,\"hours\":[]}}},"
						+ "\"context\":{\"tenant\":\"acme\",\"project\":{\"id\":\"p1\",\"data\":{\"name\":\"Apollo\"}}}}",
				"{\"workflowId\":\"order-shipped\",\"channels\":{\"chat\":true,\"push\":false}}");
	}

	@Test
	void bulkUpdateSendsTheItemsAndReadsTheArray() {
		String results = "[{\"level\":\"template\",\"workflow\":{\"id\":\"6790c0000000000000000001\","
				+ "\"identifier\":\"order-shipped\",\"name\":\"Order shipped\",\"critical\":false,\"tags\":[\"orders\"],"
				+ "\"data\":{\"team\":\"fulfilment\"},\"severity\":\"none\"},\"enabled\":true,"
				+ "\"channels\":{\"email\":false,\"in_app\":true},\"condition\":{\"==\":[{\"var\":\"payload.vip\"},true]}},"
				+ "{\"level\":\"template\",\"workflow\":{\"id\":\"6790c0000000000000000002\",\"identifier\":\"digest\","
				+ "\"name\":\"Digest\",\"critical\":false,\"severity\":\"low\"},\"enabled\":true,\"channels\":{\"email\":false}}]";
		novu.stubFor(patch(PREFERENCES_PATH + "/bulk")
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(results) + "}")));

		List<PreferenceResult> updated = novu.client().v2().subscribers().preferences().bulkUpdate("user-42",
				BulkUpdatePreferencesRequest.of(List.of(
						BulkUpdatePreferencesRequest.Item.of("order-shipped", PreferenceChannels.builder().email(false).build()),
						BulkUpdatePreferencesRequest.Item.of("digest", PreferenceChannels.builder().email(false).build())),
						Map.of("tenant", "acme")));

		RichJson.assertNoFieldLost(updated, results);
		assertThat(updated.get(0).workflow().identifier()).isEqualTo("order-shipped");
		assertThat(onlyRequest().getBodyAsString()).isEqualTo("{\"preferences\":["
				+ "{\"workflowId\":\"order-shipped\",\"channels\":{\"email\":false}},"
				+ "{\"workflowId\":\"digest\",\"channels\":{\"email\":false}}],\"context\":{\"tenant\":\"acme\"}}");
	}

	@Test
	void badPreferenceRequestsFailBeforeAnythingIsSent() {
		var preferences = novu.client().v2().subscribers().preferences();
		BulkUpdatePreferencesRequest.Item item = BulkUpdatePreferencesRequest.Item.of("w",
				PreferenceChannels.builder().email(true).build());
		Map<String, Object> six = new LinkedHashMap<>();
		for (int i = 0; i < 6; i++) {
			six.put("type" + i, "id" + i);
		}

		assertThatIllegalArgumentException()
			.isThrownBy(() -> BulkUpdatePreferencesRequest.of(Collections.nCopies(101, item)))
			.withMessageContaining("must be 1 to 100, was 101");
		assertThatIllegalArgumentException().isThrownBy(() -> BulkUpdatePreferencesRequest.of(List.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BulkUpdatePreferencesRequest.Item.of(" ", PreferenceChannels.builder().build()));
		assertThatIllegalArgumentException().isThrownBy(() -> BulkUpdatePreferencesRequest.of(List.of(item), six))
			.withMessageContaining("1 to 5 entries, had 6");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BulkUpdatePreferencesRequest.of(List.of(item), Map.of("branding", Map.of("logo", "x"))))
			.withMessageContaining("needs an id");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BulkUpdatePreferencesRequest.of(List.of(item), Map.of("tenant", "acme corp")))
			.withMessageContaining("[a-zA-Z0-9_-]{1,100}");
		assertThatIllegalArgumentException().isThrownBy(() -> UpdatePreferencesRequest.builder().build())
			.withMessageContaining("channels or a schedule");
		assertThatIllegalArgumentException().isThrownBy(() -> UpdatePreferencesRequest.builder().workflowId(" ")
			.channels(PreferenceChannels.builder().email(true).build()).build());
		assertThatIllegalArgumentException().isThrownBy(() -> preferences.list(" "));
		assertThatNullPointerException().isThrownBy(() -> preferences.update("user-42", null));
		assertThatNullPointerException().isThrownBy(() -> preferences.bulkUpdate("user-42", null));
		assertThat(novu.requests()).isEmpty();
	}

	@Test
	void topicsListFollowsNextWithTheFiltersOnEveryPage() {
		String first = "{\"data\":[" + V2Samples.TOPIC_SUBSCRIPTION + "],\"next\":\"6790d0000000000000000001\","
				+ "\"previous\":null,\"totalCount\":2,\"totalCountCapped\":false}";
		novu.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS_PATH)).withQueryParam("after", absent())
			.willReturn(json(200, RichJson.withUnknownFields(first))));
		novu.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS_PATH)).withQueryParam("after", equalTo("6790d0000000000000000001"))
			.willReturn(json(200, "{\"data\":[" + V2Samples.TOPIC_SUBSCRIPTION.replace("ops-team", "billing")
					+ "],\"next\":null,\"previous\":\"6790d0000000000000000001\",\"totalCount\":2,\"totalCountCapped\":false}")));

		CursorPagedIterable<TopicSubscription> subscriptions = novu.client().v2().subscribers().topics().list("user-42",
				new ListSubscriberTopicsRequest(null, List.of("tenant:acme")), CursorPagination.limit(1));

		RichJson.assertNoFieldLost(subscriptions.firstPage(), first);
		assertThat(subscriptions.stream().map((s) -> s.topic().key())).containsExactly("ops-team", "billing");
		assertThat(subscriptions.firstPage().data().get(0).subscriber().subscriberId()).isEqualTo("user-42");
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl).containsExactly(
				SUBSCRIPTIONS_PATH + "?limit=1&contextKeys=tenant%3Aacme",
				SUBSCRIPTIONS_PATH + "?after=6790d0000000000000000001&limit=1&contextKeys=tenant%3Aacme");
	}

	@Test
	void topicsListByKeyAndOfAMissingSubscriber() {
		novu.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS_PATH)).willReturn(json(200,
				"{\"data\":[],\"next\":null,\"previous\":null,\"totalCount\":0,\"totalCountCapped\":false}")));
		novu.stubFor(get(urlPathEqualTo("/v2/subscribers/ghost/subscriptions")).willReturn(json(404, "{\"statusCode\":404,"
				+ "\"timestamp\":\"2026-04-01T10:00:00.000Z\",\"path\":\"/v2/subscribers/ghost/subscriptions\","
				+ "\"message\":\"Subscriber not found\",\"error\":\"Not Found\"}")));
		NovuClient client = novu.client();

		assertThat(client.v2().subscribers().topics().list("user-42", ListSubscriberTopicsRequest.ofKey("ops-team"),
				CursorPagination.none(), RequestOptions.none())).isEmpty();
		assertThat(client.v2().subscribers().topics().list("user-42")).isEmpty();
		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> client.v2().subscribers().topics().list("ghost"));
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl).containsExactly(
				SUBSCRIPTIONS_PATH + "?key=ops-team", SUBSCRIPTIONS_PATH, "/v2/subscribers/ghost/subscriptions");
	}

	@Test
	void badTopicsListInputFailsBeforeAnythingIsSent() {
		var topics = novu.client().v2().subscribers().topics();

		assertThatIllegalArgumentException().isThrownBy(() -> ListSubscriberTopicsRequest.ofKey(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> topics.list("."));
		assertThatIllegalArgumentException().isThrownBy(() -> CursorPagination.limit(0));
		assertThatNullPointerException()
			.isThrownBy(() -> topics.list("user-42", null, CursorPagination.none()));
		assertThat(novu.requests()).isEmpty();
	}

	private static LoggedRequest onlyRequest() {
		assertThat(novu.requests()).hasSize(1);
		return novu.requests().get(0);
	}

}
