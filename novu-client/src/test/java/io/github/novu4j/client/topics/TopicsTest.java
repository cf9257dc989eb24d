package io.github.novu4j.client.topics;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuConflictException;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.Page;
import io.github.novu4j.client.PagedIterable;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void createSendsKeyAndNameAndUnwrapsTheAnswer() {
		novu.stubFor(post("/v1/topics")
			.willReturn(json(201, "{\"data\":{\"_id\":\"65f0c0ffee0000000000aa01\",\"key\":\"ops-team\"}}")));

		CreateTopicResult result = novu.client().topics().create(CreateTopicRequest.of("ops-team", "Operations"));

		assertThat(result).isEqualTo(new CreateTopicResult("65f0c0ffee0000000000aa01", "ops-team", null));
		LoggedRequest request = onlyRequest();
		assertThat(request.getMethod().getName()).isEqualTo("POST");
		assertThat(request.getUrl()).isEqualTo("/v1/topics");
		assertThat(request.getBodyAsString()).isEqualTo("{\"key\":\"ops-team\",\"name\":\"Operations\"}");
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
	}

	@Test
	void createOfAnExistingKeyIsAConflictCarryingNovusMessage() {
		novu.stubFor(post("/v1/topics").willReturn(json(409, "{\"statusCode\":409,"
				+ "\"message\":\"Topic exists with key ops-team\",\"error\":\"Conflict\","
				+ "\"timestamp\":\"2024-12-13T10:00:00.000Z\",\"path\":\"/v1/topics\"}")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuConflictException.class)
			.isThrownBy(() -> client.topics().create(CreateTopicRequest.of("ops-team", "Operations")))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(409);
				assertThat(ex.getNovuMessage()).isEqualTo("Topic exists with key ops-team");
				assertThat(ex.getMessage()).contains("topics.create").contains("Topic exists with key ops-team");
			});
		// A conflict without Retry-After is final: no second attempt.
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void listIteratesThreePagesAndStopsWhenTotalCountIsCovered() {
		stubTopicPage(0, 2, 5, "a", "b");
		stubTopicPage(1, 2, 5, "c", "d");
		stubTopicPage(2, 2, 5, "e");
		// Never asked for: totalCount says page 2 was the last one.
		stubTopicPage(3, 2, 5, "must-not-be-read");

		PagedIterable<Topic> topics = novu.client().topics().list(ListTopicsRequest.builder().pageSize(2).build());

		assertThat(topics.firstPage().totalCount()).isEqualTo(5);
		assertThat(topics.firstPage().hasMore()).isNull();
		assertThat(topics.stream().map(Topic::key)).containsExactly("a", "b", "c", "d", "e");
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/topics?page=0&pageSize=2", "/v1/topics?page=1&pageSize=2",
					"/v1/topics?page=2&pageSize=2");
	}

	@Test
	void listStopsOnAnEmptyPageEvenIfTotalCountPromisesMore() {
		stubTopicPage(0, 10, 40, keys("t", 10));
		stubTopicPage(1, 10, 40);
		stubTopicPage(2, 10, 40, "must-not-be-read");

		List<Page<Topic>> pages = novu.client().topics().list().streamPages().toList();

		assertThat(pages).hasSize(2);
		assertThat(pages.get(1).data()).isEmpty();
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/topics?page=0", "/v1/topics?page=1");
	}

	@Test
	void listReadsLazilyAndStartsFromTheRequestedPageWithTheKeyFilter() {
		stubTopicPage(3, 2, 10, "g", "h");
		stubTopicPage(4, 2, 10, "i", "j");
		stubTopicPage(5, 2, 10, "k", "l");

		List<String> keys = novu.client()
			.topics()
			.list(ListTopicsRequest.builder().page(3).pageSize(2).key("ops team/eu").build())
			.stream()
			.limit(3)
			.map(Topic::key)
			.toList();

		assertThat(keys).containsExactly("g", "h", "i");
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/topics?page=3&pageSize=2&key=ops%20team%2Feu",
					"/v1/topics?page=4&pageSize=2&key=ops%20team%2Feu");
		assertThat(novu.requests().get(0).queryParameter("key").firstValue()).isEqualTo("ops team/eu");
	}

	@Test
	void pageSizeAndPageAreCheckedBeforeSending() {
		NovuClient client = novu.client();

		assertThatIllegalArgumentException().isThrownBy(() -> ListTopicsRequest.builder().pageSize(11).build())
			.withMessageContaining("topics.list pageSize must be 1 to 10, was 11");
		assertThatIllegalArgumentException().isThrownBy(() -> ListTopicsRequest.builder().pageSize(0).build())
			.withMessageContaining("was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> ListTopicsRequest.builder().page(-1).build())
			.withMessageContaining("page must be 0 or more (Novu's pages start at 0), was -1");
		assertThatNullPointerException().isThrownBy(() -> client.topics().list(null));
		assertThat(novu.requests()).isEmpty();
	}

	@Test
	void retrieveReadsEveryFieldOfARealTopicAndKeepsUnknownOnes() {
		novu.stubFor(get("/v1/topics/ops-team").willReturn(json(200, "{\"data\":{"
				+ "\"_id\":\"65f0c0ffee0000000000aa01\",\"_organizationId\":\"65f0c0ffee0000000000bb01\","
				+ "\"_environmentId\":\"65f0c0ffee0000000000cc01\",\"key\":\"ops-team\",\"name\":\"Operations\","
				+ "\"subscribers\":[\"user-42\",\"user-43\"],"
				+ "\"createdAt\":\"2024-12-13T10:00:00.000Z\",\"updatedAt\":\"2024-12-14T10:00:00.000Z\",\"__v\":0,"
				+ "\"future\":{\"nested\":[1,2]}}}")));

		Topic topic = novu.client().topics().retrieve("ops-team");

		assertThat(topic).hasNoNullFieldsOrProperties()
			.isEqualTo(new Topic("65f0c0ffee0000000000aa01", "65f0c0ffee0000000000bb01", "65f0c0ffee0000000000cc01",
					"ops-team", "Operations", List.of("user-42", "user-43"), "2024-12-13T10:00:00.000Z",
					"2024-12-14T10:00:00.000Z", Map.of("__v", 0, "future", Map.of("nested", List.of(1, 2)))));
		// Written back with the client's mapper, nothing is lost either.
		Topic again = NovuJson.mapper().readValue(NovuJson.mapper().writeValueAsString(topic), Topic.class);
		assertThat(again).isEqualTo(topic);
		assertThat(onlyRequest().getMethod().getName()).isEqualTo("GET");
	}

	@Test
	void nullsFromNovuAreAccepted() {
		novu.stubFor(get("/v1/topics/empty").willReturn(json(200, "{\"data\":{\"_id\":null,"
				+ "\"_organizationId\":null,\"_environmentId\":null,\"key\":\"empty\",\"name\":null,\"subscribers\":null}}")));

		Topic topic = novu.client().topics().retrieve("empty");

		assertThat(topic.key()).isEqualTo("empty");
		assertThat(topic.name()).isNull();
		assertThat(topic.subscribers()).isEmpty();
	}

	@Test
	void aKeyWithSlashAndSpacesTravelsAsOneEncodedSegment() {
		String wireKey = "/v1/topics/ops%2Feu%20team";
		novu.stubFor(get(urlPathEqualTo(wireKey))
			.willReturn(json(200, "{\"data\":{\"_id\":\"t1\",\"_organizationId\":\"o\",\"_environmentId\":\"e\","
					+ "\"key\":\"ops/eu team\",\"name\":\"EU ops\",\"subscribers\":[]}}")));
		novu.stubFor(delete(urlPathEqualTo(wireKey)).willReturn(aResponse().withStatus(204)));
		novu.stubFor(post(urlPathEqualTo(wireKey + "/subscribers"))
			.willReturn(json(200, "{\"data\":{\"succeeded\":[\"a/b c\"],\"failed\":{\"notFound\":[]}}}")));
		novu.stubFor(get(urlPathEqualTo(wireKey + "/subscribers/a%2Fb%20c"))
			.willReturn(json(200, "{\"data\":{\"topicKey\":\"ops/eu team\",\"externalSubscriberId\":\"a/b c\"}}")));
		NovuClient client = novu.client();

		assertThat(client.topics().retrieve("ops/eu team").key()).isEqualTo("ops/eu team");
		assertThat(client.topics().subscribers().assign("ops/eu team", TopicSubscribersRequest.of("a/b c"))
			.succeeded()).containsExactly("a/b c");
		assertThat(client.topics().subscribers().retrieve("ops/eu team", "a/b c").externalSubscriberId())
			.isEqualTo("a/b c");
		client.topics().delete("ops/eu team");

		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly(wireKey, wireKey + "/subscribers", wireKey + "/subscribers/a%2Fb%20c", wireKey);
	}

	@Test
	void renamePatchesTheNameAndReturnsTheTopic() {
		novu.stubFor(patch("/v1/topics/ops-team").willReturn(json(200, "{\"data\":{\"_id\":\"t1\","
				+ "\"_organizationId\":\"o\",\"_environmentId\":\"e\",\"key\":\"ops-team\",\"name\":\"Ops EU\","
				+ "\"subscribers\":[\"user-42\"]}}")));

		Topic topic = novu.client().topics().rename("ops-team", RenameTopicRequest.of("Ops EU"));

		assertThat(topic.name()).isEqualTo("Ops EU");
		assertThat(topic.subscribers()).containsExactly("user-42");
		LoggedRequest request = onlyRequest();
		assertThat(request.getMethod().getName()).isEqualTo("PATCH");
		assertThat(request.getBodyAsString()).isEqualTo("{\"name\":\"Ops EU\"}");
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
	}

	@Test
	void deleteReturnsCleanlyOn204() {
		novu.stubFor(delete("/v1/topics/ops-team").willReturn(aResponse().withStatus(204)));

		novu.client().topics().delete("ops-team");

		LoggedRequest request = onlyRequest();
		assertThat(request.getMethod().getName()).isEqualTo("DELETE");
		assertThat(request.getUrl()).isEqualTo("/v1/topics/ops-team");
		assertThat(request.getBody()).isEmpty();
	}

	@Test
	void deleteOfAMissingTopicIsNotFoundAndOfAnOccupiedOneIsAConflict() {
		novu.stubFor(delete("/v1/topics/gone").willReturn(json(404, "{\"statusCode\":404,"
				+ "\"message\":\"Topic with key gone not found in current environment\",\"error\":\"Not Found\","
				+ "\"timestamp\":\"2024-12-13T10:00:00.000Z\",\"path\":\"/v1/topics/gone\"}")));
		novu.stubFor(delete("/v1/topics/busy").willReturn(json(409, "{\"statusCode\":409,"
				+ "\"message\":\"There are subscribers assigned to this topic, please remove them before deleting\","
				+ "\"error\":\"Conflict\",\"timestamp\":\"2024-12-13T10:00:00.000Z\",\"path\":\"/v1/topics/busy\"}")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> client.topics().delete("gone"))
			.satisfies((ex) -> assertThat(ex.getNovuMessage())
				.isEqualTo("Topic with key gone not found in current environment"));
		assertThatExceptionOfType(NovuConflictException.class).isThrownBy(() -> client.topics().delete("busy"))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(409);
				assertThat(ex.getNovuMessage()).startsWith("There are subscribers assigned to this topic");
				assertThat(ex.getPath()).isEqualTo("/v1/topics/busy");
			});
		assertThat(novu.requests()).hasSize(2);
	}

	@Test
	void badKeysAndNamesFailBeforeAnythingIsSent() {
		NovuClient client = novu.client();
		Topics topics = client.topics();

		assertThatIllegalArgumentException().isThrownBy(() -> topics.retrieve(" "))
			.withMessageContaining("topicKey must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> topics.delete(null))
			.withMessageContaining("topicKey must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> topics.rename("..", RenameTopicRequest.of("x")))
			.withMessageContaining("leave its path segment");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateTopicRequest.of("", "Name"))
			.withMessageContaining("topic key must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateTopicRequest.of(".", "Name"))
			.withMessageContaining("topic key must not be '.'");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateTopicRequest.of("k", " "))
			.withMessageContaining("Topic 'k' needs a name");
		assertThatIllegalArgumentException().isThrownBy(() -> RenameTopicRequest.of(""))
			.withMessageContaining("new name must not be blank");
		assertThatNullPointerException().isThrownBy(() -> topics.create(null));
		assertThat(novu.requests()).isEmpty();
	}

	private static LoggedRequest onlyRequest() {
		assertThat(novu.requests()).hasSize(1);
		return novu.requests().get(0);
	}

	private static String[] keys(String prefix, int count) {
		return IntStream.range(0, count).mapToObj((i) -> prefix + i).toArray(String[]::new);
	}

	/** Stubs one bare (unwrapped) page of {@code GET /v1/topics}, as Novu sends it: no hasMore. */
	private static void stubTopicPage(int page, int pageSize, int totalCount, String... keys) {
		String data = java.util.Arrays.stream(keys)
			.map((key) -> "{\"_id\":\"id-" + key + "\",\"_organizationId\":\"o\",\"_environmentId\":\"e\",\"key\":\""
					+ key + "\",\"name\":\"Topic " + key + "\",\"subscribers\":[]}")
			.collect(Collectors.joining(","));
		novu.stubFor(get(urlPathEqualTo("/v1/topics")).withQueryParam("page", equalTo(String.valueOf(page)))
			.willReturn(json(200, "{\"page\":" + page + ",\"totalCount\":" + totalCount + ",\"pageSize\":" + pageSize
					+ ",\"data\":[" + data + "]}")));
	}

}
