package io.github.novu4j.client.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class TopicSubscribersTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void assignAnswers200WithSucceededAndNotFoundIds() {
		novu.stubFor(post("/v1/topics/ops-team/subscribers").willReturn(json(200,
				"{\"data\":{\"succeeded\":[\"user-42\",\"user-43\"],\"failed\":{\"notFound\":[\"ghost\"]}}}")));

		AssignSubscribersResult result = novu.client()
			.topics()
			.subscribers()
			.assign("ops-team", TopicSubscribersRequest.of("user-42", "user-43", "ghost"));

		assertThat(result.succeeded()).containsExactly("user-42", "user-43");
		assertThat(result.notFound()).containsExactly("ghost");
		assertThat(result.allSucceeded()).isFalse();
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("POST");
		assertThat(request.getUrl()).isEqualTo("/v1/topics/ops-team/subscribers");
		assertThat(request.getBodyAsString()).isEqualTo("{\"subscribers\":[\"user-42\",\"user-43\",\"ghost\"]}");
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
	}

	@Test
	void assignWithoutFailuresReadsAsAllSucceeded() {
		novu.stubFor(post("/v1/topics/new-topic/subscribers")
			.willReturn(json(200, "{\"data\":{\"succeeded\":[\"user-42\"],\"newField\":1}}")));

		AssignSubscribersResult result = novu.client()
			.topics()
			.subscribers()
			.assign("new-topic", TopicSubscribersRequest.of(List.of("user-42")));

		assertThat(result.failed()).isNull();
		assertThat(result.notFound()).isEmpty();
		assertThat(result.allSucceeded()).isTrue();
	}

	@Test
	void deletePostsToRemovalAndReturnsCleanlyOn204() {
		novu.stubFor(post("/v1/topics/ops-team/subscribers/removal").willReturn(aResponse().withStatus(204)));

		novu.client().topics().subscribers().delete("ops-team", TopicSubscribersRequest.of("user-42", "user-43"));

		LoggedRequest request = novu.requests().get(0);
		assertThat(novu.requests()).hasSize(1);
		assertThat(request.getMethod().getName()).isEqualTo("POST");
		assertThat(request.getUrl()).isEqualTo("/v1/topics/ops-team/subscribers/removal");
		assertThat(request.getBodyAsString()).isEqualTo("{\"subscribers\":[\"user-42\",\"user-43\"]}");
	}

	@Test
	void retrieveReadsEveryFieldOfAMembership() {
		novu.stubFor(get("/v1/topics/ops-team/subscribers/user-42").willReturn(json(200, "{\"data\":{"
				+ "\"_organizationId\":\"65f0c0ffee0000000000bb01\",\"_environmentId\":\"65f0c0ffee0000000000cc01\","
				+ "\"_subscriberId\":\"65f0c0ffee0000000000dd01\",\"_topicId\":\"65f0c0ffee0000000000aa01\","
				+ "\"topicKey\":\"ops-team\",\"externalSubscriberId\":\"user-42\","
				+ "\"_id\":\"65f0c0ffee0000000000ee01\",\"createdAt\":\"2024-12-13T10:00:00.000Z\","
				+ "\"updatedAt\":\"2024-12-13T10:00:00.000Z\",\"__v\":0}}")));

		TopicSubscriber membership = novu.client().topics().subscribers().retrieve("ops-team", "user-42");

		assertThat(membership).hasNoNullFieldsOrProperties()
			.isEqualTo(new TopicSubscriber("65f0c0ffee0000000000bb01", "65f0c0ffee0000000000cc01",
					"65f0c0ffee0000000000dd01", "65f0c0ffee0000000000aa01", "ops-team", "user-42",
					"65f0c0ffee0000000000ee01", "2024-12-13T10:00:00.000Z", "2024-12-13T10:00:00.000Z", Map.of("__v", 0)));
		assertThat(novu.requests().get(0).getMethod().getName()).isEqualTo("GET");
		assertThat(novu.requests().get(0).getUrl()).isEqualTo("/v1/topics/ops-team/subscribers/user-42");
	}

	@Test
	void retrieveOfANonMemberIsNotFoundCarryingNovusMessage() {
		novu.stubFor(get("/v1/topics/ops-team/subscribers/stranger").willReturn(json(404, "{\"statusCode\":404,"
				+ "\"message\":\"Subscriber stranger not found for topic ops-team\",\"error\":\"Not Found\","
				+ "\"timestamp\":\"2024-12-13T10:00:00.000Z\","
				+ "\"path\":\"/v1/topics/ops-team/subscribers/stranger\"}")));
		TopicSubscribers subscribers = novu.client().topics().subscribers();

		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> subscribers.retrieve("ops-team", "stranger"))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getNovuMessage()).isEqualTo("Subscriber stranger not found for topic ops-team");
				assertThat(ex.getMessage()).contains("topics.subscribers.retrieve");
			});
	}

	@Test
	void badIdsFailBeforeAnythingIsSent() {
		TopicSubscribers subscribers = novu.client().topics().subscribers();
		List<String> withNull = new ArrayList<>(Arrays.asList("user-42", null));

		assertThatIllegalArgumentException().isThrownBy(() -> TopicSubscribersRequest.of(List.of()))
			.withMessageContaining("at least one subscriber id");
		assertThatIllegalArgumentException().isThrownBy(() -> TopicSubscribersRequest.of("user-42", " "))
			.withMessageContaining("subscribers[1] must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> TopicSubscribersRequest.of(withNull))
			.withMessageContaining("subscribers[1] must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> subscribers.assign("", TopicSubscribersRequest.of("user-42")))
			.withMessageContaining("topicKey must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> subscribers.retrieve("ops-team", ".."))
			.withMessageContaining("externalSubscriberId must not be '..'");
		assertThatNullPointerException().isThrownBy(() -> subscribers.delete("ops-team", null));
		assertThat(novu.requests()).isEmpty();
	}

}
