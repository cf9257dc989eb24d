package io.github.novu4j.client.observation;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuConnectionException;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.NovuServerException;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.topics.ListTopicsRequest;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.novu4j.client.testing.MockNovu.json;
import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NovuClientObservationTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	private static final String TRIGGERED = "{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"tx-1\"}}";

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private NovuClient client() {
		return novu.client((builder) -> builder.observationRegistry(this.registry));
	}

	@Test
	void aSuccessfulOperationIsOneObservationWithLowCardinalityTags() {
		novu.stubFor(post("/v1/events/trigger").willReturn(json(201, TRIGGERED)));

		client().trigger(TriggerRequest.builder("order-shipped").toSubscriber("user-42").payload(Map.of("orderId", 7)).build());

		assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo("novu.client.operation", 1)
			.hasObservationWithNameEqualTo("novu.client.operation")
			.that()
			.hasContextualNameEqualTo("novu events.trigger")
			.hasLowCardinalityKeyValue("operation", "events.trigger")
			.hasLowCardinalityKeyValue("method", "POST")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("status", "201")
			.hasLowCardinalityKeyValue("exception", "none")
			.hasLowCardinalityKeyValue("host", hostOf(novu.baseUrl()))
			.hasHighCardinalityKeyValue("attempts", "1")
			.hasBeenStarted()
			.hasBeenStopped();
	}

	@Test
	void httpAttemptsAreRestClientObservationsNestedUnderTheOperationWithUriTemplates() {
		novu.stubFor(delete("/v1/events/trigger/tx-secret-4711").inScenario("flaky")
			.whenScenarioStateIs(STARTED)
			.willReturn(json(503, "{\"statusCode\":503,\"message\":\"Service Unavailable\"}"))
			.willSetStateTo("second"));
		novu.stubFor(delete("/v1/events/trigger/tx-secret-4711").inScenario("flaky")
			.whenScenarioStateIs("second")
			.willReturn(json(502, "{\"statusCode\":502,\"message\":\"Bad Gateway\"}"))
			.willSetStateTo("third"));
		novu.stubFor(delete("/v1/events/trigger/tx-secret-4711").inScenario("flaky")
			.whenScenarioStateIs("third")
			.willReturn(json(200, "{\"data\":true}")));

		assertThat(client().cancel("tx-secret-4711")).isTrue();

		List<Observation.Context> operations = contexts("novu.client.operation");
		List<Observation.Context> attempts = contexts("http.client.requests");
		assertThat(operations).hasSize(1);
		assertThat(attempts).hasSize(3).allSatisfy((attempt) -> {
			assertThat(attempt.getParentObservation()).isNotNull();
			assertThat(attempt.getParentObservation().getContextView()).isSameAs(operations.get(0));
			assertThat(attempt.getLowCardinalityKeyValue("uri").getValue()).isEqualTo("/v1/events/trigger/{transactionId}");
		});
		assertThat(attempts).extracting((attempt) -> attempt.getLowCardinalityKeyValue("status").getValue())
			.containsExactly("503", "502", "200");
		assertThat(this.registry).hasObservationWithNameEqualTo("novu.client.operation")
			.that()
			.hasLowCardinalityKeyValue("operation", "events.cancel")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("status", "200")
			.hasHighCardinalityKeyValue("attempts", "3");
		// The id is in no low-cardinality tag of any observation.
		assertThat(this.registry.getCurrentObservation()).isNull();
		for (Observation.Context context : allContexts()) {
			assertThat(context.getLowCardinalityKeyValues()).extracting(KeyValue::getValue)
				.noneMatch((value) -> value.contains("tx-secret-4711"));
		}
	}

	@Test
	void queryParametersStayTemplateVariablesInTheHttpObservation() {
		novu.stubFor(get(urlPathEqualTo("/v1/topics"))
			.willReturn(json(200, "{\"page\":0,\"totalCount\":0,\"pageSize\":2,\"data\":[]}")));

		client().topics().list(ListTopicsRequest.builder().pageSize(2).build()).firstPage();

		assertThat(novu.requests().get(0).getUrl()).isEqualTo("/v1/topics?page=0&pageSize=2");
		assertThat(contexts("http.client.requests")).singleElement()
			.satisfies((attempt) -> assertThat(attempt.getLowCardinalityKeyValue("uri").getValue())
				.isEqualTo("/v1/topics?page={q0}&pageSize={q1}"));
	}

	@Test
	void aClientErrorIsRecordedWithItsStatusAndException() {
		novu.stubFor(delete("/v1/events/trigger/gone").willReturn(json(404,
				"{\"statusCode\":404,\"message\":\"Not found\",\"error\":\"Not Found\"}")));

		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> client().cancel("gone"));

		assertThat(this.registry).hasObservationWithNameEqualTo("novu.client.operation")
			.that()
			.hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
			.hasLowCardinalityKeyValue("status", "404")
			.hasLowCardinalityKeyValue("exception", "NovuNotFoundException")
			.hasHighCardinalityKeyValue("attempts", "1")
			.assertThatError()
			.isInstanceOf(NovuNotFoundException.class);
	}

	@Test
	void aServerErrorAfterRetriesIsOneObservationWithEveryAttemptCounted() {
		novu.stubFor(post("/v1/events/trigger").willReturn(json(500,
				"{\"statusCode\":500,\"message\":\"Internal server error\",\"errorId\":\"e-1\"}")));
		NovuClient client = novu.client((builder) -> builder.observationRegistry(this.registry)
			.retry(RetrySettings.builder()
				.maxAttempts(3)
				.initialInterval(Duration.ofMillis(1))
				.maxInterval(Duration.ofMillis(5))
				.build()));

		assertThatExceptionOfType(NovuServerException.class)
			.isThrownBy(() -> client.trigger(TriggerRequest.builder("w").toSubscriber("s").build()));

		assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo("novu.client.operation", 1)
			.hasNumberOfObservationsWithNameEqualTo("http.client.requests", 3)
			.hasObservationWithNameEqualTo("novu.client.operation")
			.that()
			.hasLowCardinalityKeyValue("outcome", "SERVER_ERROR")
			.hasLowCardinalityKeyValue("status", "500")
			.hasLowCardinalityKeyValue("exception", "NovuServerException")
			.hasHighCardinalityKeyValue("attempts", "3");
	}

	@Test
	void anUnreachableNovuIsATransportErrorWithoutStatus() throws IOException {
		int port = closedPort();
		NovuClient client = novu.client((builder) -> builder.observationRegistry(this.registry)
			.baseUrl("http://127.0.0.1:" + port));

		assertThatExceptionOfType(NovuConnectionException.class).isThrownBy(
				() -> client.environments().retrieve(RequestOptions.builder().noRetry().build()));

		assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo("novu.client.operation", 1)
			.hasObservationWithNameEqualTo("novu.client.operation")
			.that()
			.hasLowCardinalityKeyValue("operation", "environments.retrieve")
			.hasLowCardinalityKeyValue("outcome", "TRANSPORT_ERROR")
			.hasLowCardinalityKeyValue("status", "NONE")
			.hasLowCardinalityKeyValue("exception", "NovuConnectionException")
			.hasLowCardinalityKeyValue("host", "127.0.0.1:" + port);
	}

	@Test
	void theConventionCanBeReplacedPerClient() {
		novu.stubFor(post("/v1/events/trigger").willReturn(json(201, TRIGGERED)));
		NovuClient client = novu.client((builder) -> builder.observationRegistry(this.registry)
			.observationConvention(new DefaultNovuClientObservationConvention() {
				@Override
				public String getName() {
					return "notifications.outbound";
				}

				@Override
				public KeyValues getLowCardinalityKeyValues(NovuClientObservationContext context) {
					return super.getLowCardinalityKeyValues(context).and("team", "growth");
				}
			}));

		client.trigger(TriggerRequest.builder("w").toSubscriber("s").build());

		assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo("novu.client.operation", 0)
			.hasObservationWithNameEqualTo("notifications.outbound")
			.that()
			.hasLowCardinalityKeyValue("team", "growth")
			.hasLowCardinalityKeyValue("operation", "events.trigger");
	}

	private List<Observation.Context> contexts(String name) {
		return allContexts().stream().filter((context) -> name.equals(context.getName())).toList();
	}

	private List<Observation.Context> allContexts() {
		List<Observation.Context> all = new ArrayList<>();
		assertThat(this.registry).hasHandledContextsThatSatisfy(all::addAll);
		return all;
	}

	private static String hostOf(String url) {
		return URI.create(url).getAuthority();
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
