package io.github.novu4j.client.v2.topics;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.AcknowledgedResult;
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

class TopicsTest {

	static final String TOPIC = "{\"_id\":\"64da692e9a94fb2e6449ad06\",\"key\":\"ops-team\",\"name\":\"Operations\","
			+ "\"createdAt\":\"2026-04-01T10:00:00.000Z\",\"updatedAt\":\"2026-04-02T10:00:00.000Z\"}";

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void listFollowsTheNextCursorUntilItIsNullAndSendsThePaginationAndFilters() {
		novu.stubFor(get(urlPathEqualTo("/v2/topics")).withQueryParam("after", equalTo("c1"))
			.willReturn(json(200, "{\"data\":[" + topic("t3", "c") + "],\"next\":null,\"previous\":\"c1\","
					+ "\"totalCount\":3,\"totalCountCapped\":false}")));
		novu.stubFor(get(urlPathEqualTo("/v2/topics")).withQueryParam("limit", equalTo("2"))
			.atPriority(10)
			.willReturn(json(200, "{\"data\":[" + RichJson.withUnknownFields(TOPIC) + "," + topic("t2", "b")
					+ "],\"next\":\"c1\",\"previous\":null,\"totalCount\":3,\"totalCountCapped\":false}")));

		CursorPagedIterable<Topic> topics = novu.client()
			.v2()
			.topics()
			.list(ListTopicsRequest.of(CursorPagination.builder()
				.limit(2)
				.orderBy("createdAt")
				.orderDirection(OrderDirection.ASC)
				.build()).withName("Operations"));

		assertThat(topics.firstPage().totalCount()).isEqualTo(3);
		assertThat(topics.stream().map(Topic::key)).containsExactly("ops-team", "b", "c");
		RichJson.assertNoFieldLost(topics.firstPage().data().get(0), TOPIC);
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v2/topics?limit=2&orderBy=createdAt&orderDirection=ASC&name=Operations",
					"/v2/topics?after=c1&limit=2&orderBy=createdAt&orderDirection=ASC&name=Operations");
	}

	@Test
	void createIsAnUpsertThatNovuAnswersWith201() {
		// WIRE-FORMAT-CURRENT §C/§H.4: 201 on create and on update alike.
		novu.stubFor(post("/v2/topics").willReturn(json(201, "{\"data\":" + RichJson.withUnknownFields(TOPIC) + "}")));

		Topic topic = novu.client().v2().topics().create(CreateTopicRequest.of("ops-team", "Operations"));

		RichJson.assertNoFieldLost(topic, TOPIC);
		assertThat(topic.additionalProperties()).containsKey(RichJson.UNKNOWN_FIELD);
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getUrl()).isEqualTo("/v2/topics");
		assertThat(request.getBodyAsString()).isEqualTo("{\"key\":\"ops-team\",\"name\":\"Operations\"}");
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
	}

	@Test
	void createFailingIfExistsSendsTheQueryAndSurfacesTheConflict() {
		novu.stubFor(post(urlPathEqualTo("/v2/topics")).withQueryParam("failIfExists", equalTo("true"))
			.willReturn(json(409, "{\"statusCode\":409,\"timestamp\":\"2026-04-01T10:00:00.000Z\","
					+ "\"path\":\"/v2/topics?failIfExists=true\",\"message\":\"Topic with key \\\"ops-team\\\" already exists\","
					+ "\"error\":\"Conflict\"}")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuConflictException.class)
			.isThrownBy(() -> client.v2().topics().create(CreateTopicRequest.of("ops-team", null).failingIfExists()))
			.satisfies((ex) -> assertThat(ex.getNovuMessage()).isEqualTo("Topic with key \"ops-team\" already exists"));
		assertThat(novu.requests().get(0).getBodyAsString()).isEqualTo("{\"key\":\"ops-team\"}");
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void topicKeysFollowNovusRuleBeforeAnythingIsSent() {
		assertThat(CreateTopicRequest.of("task:12345.a_b-c", null).key()).isEqualTo("task:12345.a_b-c");
		assertThat(CreateTopicRequest.of("ops@example.com", null).key()).isEqualTo("ops@example.com");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateTopicRequest.of("ops team", null))
			.withMessageContaining("topic key must be 1 to 100 characters");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateTopicRequest.of("a/b", null))
			.withMessageContaining("was 'a/b'");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateTopicRequest.of("k".repeat(101), null))
			.withMessageContaining("topic key must be 1 to 100");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateTopicRequest.of("..", null))
			.withMessageContaining("leave its path segment");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateTopicRequest.of("k", "n".repeat(101)))
			.withMessageContaining("topic name must be at most 100 characters");
		assertThatIllegalArgumentException().isThrownBy(() -> UpdateTopicRequest.of(" "));
		Topics topics = novu.client().v2().topics();
		assertThatIllegalArgumentException().isThrownBy(() -> topics.get(" "))
			.withMessageContaining("topicKey must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> topics.delete(null));
		assertThatNullPointerException().isThrownBy(() -> topics.create(null));
		assertThatNullPointerException().isThrownBy(() -> topics.list(null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> topics.list(ListTopicsRequest.of(CursorPagination.limit(101))));
		assertThat(novu.requests()).isEmpty();
	}

	@Test
	void getReadsTheTopicAndAMissingOneIsNotFound() {
		novu.stubFor(get("/v2/topics/ops-team").willReturn(json(200, "{\"data\":" + TOPIC + "}")));
		novu.stubFor(get("/v2/topics/gone").willReturn(json(404, "{\"statusCode\":404,"
				+ "\"timestamp\":\"2026-04-01T10:00:00.000Z\",\"path\":\"/v2/topics/gone\","
				+ "\"message\":\"Topic with key gone not found\",\"error\":\"Not Found\"}")));
		NovuClient client = novu.client();

		RichJson.assertNoFieldLost(client.v2().topics().get("ops-team"), TOPIC);
		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> client.v2().topics().get("gone"))
			.satisfies((ex) -> assertThat(ex.getNovuMessage()).isEqualTo("Topic with key gone not found"));
	}

	@Test
	void updatePatchesTheName() {
		novu.stubFor(patch("/v2/topics/ops-team").willReturn(json(200, "{\"data\":" + topic("x", "ops-team") + "}")));

		Topic topic = novu.client().v2().topics().update("ops-team", UpdateTopicRequest.of("Ops EU"));

		assertThat(topic.key()).isEqualTo("ops-team");
		assertThat(novu.requests().get(0).getBodyAsString()).isEqualTo("{\"name\":\"Ops EU\"}");
		assertThat(novu.requests().get(0).getMethod().getName()).isEqualTo("PATCH");
	}

	@Test
	void deleteReadsTheAcknowledgement() {
		novu.stubFor(delete("/v2/topics/ops-team").willReturn(json(200, "{\"data\":{\"acknowledged\":true}}")));

		AcknowledgedResult result = novu.client().v2().topics().delete("ops-team");

		assertThat(result.acknowledged()).isTrue();
		assertThat(novu.requests().get(0).getBody()).isEmpty();
	}

	@Test
	void theAllFailedSubscription400ReachesTheCallerPerSubscriber() {
		// WIRE-FORMAT-CURRENT §E/§H.8: not an ErrorDto, but the merged bulk result with status 400.
		novu.stubFor(post("/v2/topics/ops-team/subscriptions").willReturn(json(400, "{\"data\":[],"
				+ "\"meta\":{\"totalCount\":2,\"successful\":0,\"failed\":2},\"errors\":["
				+ "{\"subscriberId\":\"ghost-1\",\"code\":\"SUBSCRIBER_NOT_FOUND\",\"message\":\"Subscriber ghost-1 not found\"},"
				+ "{\"subscriberId\":\"ghost-2\",\"code\":\"SUBSCRIBER_NOT_FOUND\",\"message\":\"Subscriber ghost-2 not found\"}],"
				+ "\"message\":\"Api Exception Raised with status 400\",\"statusCode\":400,"
				+ "\"timestamp\":\"2026-04-01T10:00:00.000Z\",\"path\":\"/v2/topics/ops-team/subscriptions\"}")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuValidationException.class)
			.isThrownBy(() -> client.v2().topics().subscriptions().create("ops-team",
					CreateTopicSubscriptionsRequest.of("ghost-1", "ghost-2")))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getValidationErrors()).hasSize(2);
				assertThat(ex.getValidationErrors().get(0).field()).isEqualTo("ghost-1");
				assertThat(ex.getValidationErrors().get(0).messages()).containsExactly("Subscriber ghost-1 not found");
				assertThat(ex.getValidationErrors().get(0).value()).isEqualTo("SUBSCRIBER_NOT_FOUND");
				assertThat(ex.getValidationErrors().get(1).field()).isEqualTo("ghost-2");
			});
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void theZod400ErrorsArrayIsReadToo() {
		novu.stubFor(patch("/v2/topics/ops-team").willReturn(json(400, "{\"statusCode\":400,"
				+ "\"timestamp\":\"2026-04-01T10:00:00.000Z\",\"path\":\"/v2/topics/ops-team\","
				+ "\"message\":\"Zod Validation Failed\",\"errors\":[{\"message\":\"Expected string\",\"path\":[\"name\"]}]}")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuValidationException.class)
			.isThrownBy(() -> client.v2().topics().update("ops-team", UpdateTopicRequest.of("x")))
			.satisfies((ex) -> {
				assertThat(ex.getValidationErrors()).singleElement().satisfies((error) -> {
					assertThat(error.field()).isEqualTo("name");
					assertThat(error.messages()).containsExactly("Expected string");
				});
			});
	}

	static String topic(String id, String key) {
		return "{\"_id\":\"" + id + "\",\"key\":\"" + key + "\",\"name\":\"" + key + "\"}";
	}

	static List<String> urls() {
		return novu.requests().stream().map(LoggedRequest::getUrl).toList();
	}

}
