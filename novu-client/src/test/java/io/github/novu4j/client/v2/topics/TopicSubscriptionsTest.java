package io.github.novu4j.client.v2.topics;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.RichJson;
import io.github.novu4j.client.ContextMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TopicSubscriptionsTest {

	static final String SUBSCRIBER = "{\"_id\":\"64da692e9a94fb2e6449ad07\",\"subscriberId\":\"user-42\","
			+ "\"avatar\":\"https://example.com/a.png\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\","
			+ "\"email\":\"ada@example.com\"}";

	static final String PREFERENCE = "{\"subscriptionId\":\"64f5e95d3d7946d80d0cb679\",\"workflow\":{"
			+ "\"id\":\"64a1b2c3d4e5f6a7b8c9d0e1\",\"identifier\":\"order-shipped\",\"name\":\"Order shipped\","
			+ "\"critical\":false,\"tags\":[\"orders\"],\"data\":{\"team\":\"ops\"},\"severity\":\"none\"},"
			+ "\"enabled\":true,\"condition\":{\"===\":[{\"var\":\"payload.tier\"},\"premium\"]}}";

	static final String SUBSCRIPTION = "{\"_id\":\"64f5e95d3d7946d80d0cb679\","
			+ "\"identifier\":\"tk_ops-team:si_user-42:ctx_tenant:org-acme\",\"name\":\"Ops\","
			+ "\"topic\":{\"_id\":\"64da692e9a94fb2e6449ad06\",\"key\":\"ops-team\",\"name\":\"Operations\"},"
			+ "\"subscriber\":" + SUBSCRIBER + ",\"preferences\":[" + PREFERENCE + "],"
			+ "\"contextKeys\":[\"tenant:org-acme\"],\"createdAt\":\"2026-04-01T10:00:00.000Z\","
			+ "\"updatedAt\":\"2026-04-02T10:00:00.000Z\"}";

	static final String PARTIAL = "{\"data\":[" + SUBSCRIPTION + "],\"meta\":{\"totalCount\":2,\"successful\":1,"
			+ "\"failed\":1},\"errors\":[{\"subscriberId\":\"ghost\",\"code\":\"SUBSCRIBER_NOT_FOUND\","
			+ "\"message\":\"Subscriber ghost not found\"}]}";

	static final String DETAILS = "{\"id\":\"64f5e95d3d7946d80d0cb679\",\"identifier\":\"tk_ops-team:si_user-42\","
			+ "\"name\":\"Ops\",\"preferences\":[" + PREFERENCE + "],\"contextKeys\":[]}";

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void listSendsTheFiltersAndReadsEveryFieldOfASubscription() {
		novu.stubFor(get(urlPathEqualTo("/v2/topics/ops-team/subscriptions")).willReturn(json(200, "{\"data\":["
				+ RichJson.withUnknownFields(SUBSCRIPTION) + "],\"next\":null,\"previous\":null,\"totalCount\":1,"
				+ "\"totalCountCapped\":false}")));

		CursorPagedIterable<TopicSubscription> page = novu.client()
			.v2()
			.topics()
			.subscriptions()
			.list("ops-team", ListTopicSubscriptionsRequest.of(CursorPagination.limit(50))
				.withSubscriberId("user-42")
				.withContextKeys("tenant:org-acme", "app:web"));

		assertThat(page.stream().toList()).singleElement().satisfies((subscription) -> {
			RichJson.assertNoFieldLost(subscription, SUBSCRIPTION);
			assertThat(subscription.subscriber().subscriberId()).isEqualTo("user-42");
			assertThat(subscription.preferences().get(0).workflow().identifier()).isEqualTo("order-shipped");
		});
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getUrl()).isEqualTo("/v2/topics/ops-team/subscriptions?limit=50&subscriberId=user-42"
				+ "&contextKeys=tenant%3Aorg-acme&contextKeys=app%3Aweb");
		assertThat(request.queryParameter("contextKeys").values()).containsExactly("tenant:org-acme", "app:web");
	}

	@Test
	void createSendsSubscriptionsContextAndPreferencesAndReadsAPartialSuccess() {
		// 201 with the bare bulk shape: one subscribed, one failed (WIRE-FORMAT-CURRENT §B, §E).
		novu.stubFor(post("/v2/topics/ops-team/subscriptions")
			.willReturn(json(201, RichJson.withUnknownFields(PARTIAL))));

		TopicSubscriptionsResult result = novu.client()
			.v2()
			.topics()
			.subscriptions()
			.create("ops-team", CreateTopicSubscriptionsRequest.builder()
				.subscriberIds("user-42", "ghost")
				.subscription("ops-eu", "user-43", "EU")
				.name("Operations")
				.context(ContextMap.builder().put("tenant", "org-acme", Map.of("name", "Acme")).put("app", "web").build())
				.preference(PreferenceRule.workflow("order-shipped"))
				.preference(PreferenceRule.workflow("digest", false))
				.preference(PreferenceRule.workflowWhen("promo", Map.of("var", "payload.vip")))
				.preference(PreferenceRule.group(List.of(), List.of("marketing"), false))
				.build());

		RichJson.assertNoFieldLost(result, PARTIAL);
		assertThat(result.meta().failed()).isEqualTo(1);
		assertThat(result.errors()).singleElement().satisfies((error) -> {
			assertThat(error.subscriberId()).isEqualTo("ghost");
			assertThat(error.code()).isEqualTo("SUBSCRIBER_NOT_FOUND");
		});
		assertThat(NovuJson.mapper().readTree(novu.requests().get(0).getBodyAsString())).isEqualTo(NovuJson.mapper()
			.readTree("{\"subscriptions\":[\"user-42\",\"ghost\",{\"identifier\":\"ops-eu\",\"subscriberId\":\"user-43\","
					+ "\"name\":\"EU\"}],\"name\":\"Operations\",\"context\":{\"tenant\":{\"id\":\"org-acme\","
					+ "\"data\":{\"name\":\"Acme\"}},\"app\":\"web\"},\"preferences\":[\"order-shipped\","
					+ "{\"workflowId\":\"digest\",\"enabled\":false},{\"workflowId\":\"promo\",\"condition\":"
					+ "{\"var\":\"payload.vip\"}},{\"filter\":{\"tags\":[\"marketing\"]},\"enabled\":false}]}"));
	}

	@Test
	void deleteSendsAJsonBodyWithTheDeleteAndReadsTheResult() {
		String removed = "{\"data\":[{\"_id\":\"64f5e95d3d7946d80d0cb679\",\"identifier\":\"tk_ops-team:si_user-42\","
				+ "\"topic\":{\"_id\":\"t\",\"key\":\"ops-team\",\"name\":\"Operations\"},\"subscriber\":null,"
				+ "\"contextKeys\":[],\"createdAt\":\"2026-04-01T10:00:00.000Z\",\"updatedAt\":\"2026-04-01T10:00:00.000Z\"}],"
				+ "\"meta\":{\"totalCount\":2,\"successful\":2,\"failed\":0}}";
		novu.stubFor(delete("/v2/topics/ops-team/subscriptions").willReturn(json(200, removed)));

		TopicSubscriptionsResult result = novu.client()
			.v2()
			.topics()
			.subscriptions()
			.delete("ops-team", DeleteTopicSubscriptionsRequest.builder()
				.subscriberIds("user-42")
				.identifier("ops-eu")
				.subscription("ops-us", "user-44")
				.build());

		RichJson.assertNoFieldLost(result, removed);
		assertThat(result.errors()).isEmpty();
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("DELETE");
		assertThat(request.getBodyAsString()).isEqualTo("{\"subscriptions\":[\"user-42\",{\"identifier\":\"ops-eu\"},"
				+ "{\"identifier\":\"ops-us\",\"subscriberId\":\"user-44\"}]}");
	}

	@Test
	void getSubscriptionReadsOneAndAnAbsentOneIs204WithoutBody() {
		novu.stubFor(get(urlPathEqualTo("/v2/topics/ops-team/subscriptions/tk_ops-team%3Asi_user-42"))
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(DETAILS) + "}")));
		// WIRE-FORMAT-CURRENT §H.3: absent is 204 with no body, which the OpenAPI document does not know.
		novu.stubFor(get(urlPathEqualTo("/v2/topics/ops-team/subscriptions/nobody")).willReturn(aResponse().withStatus(204)));
		TopicSubscriptions subscriptions = novu.client().v2().topics().subscriptions();

		Optional<TopicSubscriptionDetails> found = subscriptions.getSubscription("ops-team", "tk_ops-team:si_user-42");
		Optional<TopicSubscriptionDetails> absent = subscriptions.getSubscription("ops-team", "nobody");

		assertThat(found).hasValueSatisfying((details) -> RichJson.assertNoFieldLost(details, DETAILS));
		assertThat(absent).isEmpty();
		// The identifier's ':' is encoded inside its one path segment.
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v2/topics/ops-team/subscriptions/tk_ops-team%3Asi_user-42",
					"/v2/topics/ops-team/subscriptions/nobody");
	}

	@Test
	void updatePatchesNameAndPreferences() {
		novu.stubFor(patch(urlPathEqualTo("/v2/topics/ops-team/subscriptions/ops-eu"))
			.willReturn(json(200, "{\"data\":" + SUBSCRIPTION + "}")));

		TopicSubscription updated = novu.client()
			.v2()
			.topics()
			.subscriptions()
			.update("ops-team", "ops-eu", UpdateTopicSubscriptionRequest.builder()
				.name("EU")
				.preference(PreferenceRule.workflow("order-shipped", true))
				.build());

		RichJson.assertNoFieldLost(updated, SUBSCRIPTION);
		assertThat(novu.requests().get(0).getBodyAsString())
			.isEqualTo("{\"name\":\"EU\",\"preferences\":[{\"workflowId\":\"order-shipped\",\"enabled\":true}]}");
	}

	@Test
	void badSubscriptionRequestsFailBeforeAnythingIsSent() {
		String[] tooMany = new String[101];
		java.util.Arrays.fill(tooMany, "user");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateTopicSubscriptionsRequest.of(tooMany))
			.withMessageContaining("1 to 100 subscriptions, was 101");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateTopicSubscriptionsRequest.builder().build())
			.withMessageContaining("was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> DeleteTopicSubscriptionsRequest.of())
			.withMessageContaining("was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateTopicSubscriptionsRequest.of("ok", " "))
			.withMessageContaining("subscriberId must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateTopicSubscriptionsRequest.builder().subscription("x".repeat(513), "u", null))
			.withMessageContaining("at most 512");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DeleteTopicSubscriptionsRequest.builder().subscription(null, null))
			.withMessageContaining("needs an identifier or a subscriberId");
		assertThatIllegalArgumentException().isThrownBy(() -> UpdateTopicSubscriptionRequest.builder().build())
			.withMessageContaining("needs a name or preferences");
		assertThatIllegalArgumentException().isThrownBy(() -> PreferenceRule.group(List.of(), List.of(), true))
			.withMessageContaining("needs workflow ids or tags");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ListTopicSubscriptionsRequest.none().withContextKeys("tenant"))
			.withMessageContaining("context key must be 'type:id'");
		TopicSubscriptions subscriptions = novu.client().v2().topics().subscriptions();
		assertThatIllegalArgumentException().isThrownBy(() -> subscriptions.getSubscription("ops-team", ""))
			.withMessageContaining("identifier must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> subscriptions.create(" ", CreateTopicSubscriptionsRequest.of("u")))
			.withMessageContaining("topicKey must not be blank");
		assertThat(novu.requests()).isEmpty();
	}

	@Test
	void aContextHasOneToFiveWellFormedEntries() {
		ContextMap.Builder six = ContextMap.builder();
		for (int i = 0; i < 6; i++) {
			six.put("type" + i, "id");
		}
		assertThatIllegalArgumentException().isThrownBy(six::build).withMessageContaining("1 to 5 entries, was 6");
		assertThatIllegalArgumentException().isThrownBy(() -> ContextMap.builder().build())
			.withMessageContaining("was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> ContextMap.of("ten ant", "x"))
			.withMessageContaining("context type must be 1 to 100 characters");
		assertThatIllegalArgumentException().isThrownBy(() -> ContextMap.of("tenant", "org:acme"))
			.withMessageContaining("context id of 'tenant'");
		assertThatIllegalArgumentException().isThrownBy(() -> ContextMap.of("tenant", "x".repeat(101)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ContextMap.builder().put("tenant", "a").put("tenant", "b"))
			.withMessageContaining("set twice");
		ContextMap ok = ContextMap.builder().put("tenant", "org-acme", Map.of("n", 1)).put("app", "web").build();
		assertThat(ok.keys()).containsExactly("tenant:org-acme", "app:web");
		assertThat(NovuJson.mapper().writeValueAsString(ok))
			.isEqualTo("{\"tenant\":{\"id\":\"org-acme\",\"data\":{\"n\":1}},\"app\":\"web\"}");
	}

}
