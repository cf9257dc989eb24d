package io.github.novu4j.client.micrometer;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuRateLimitException;
import io.github.novu4j.client.RateLimitCategory;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.observation.AttemptEvent;
import io.github.novu4j.client.observation.RetryEvent;
import io.github.novu4j.client.testing.MockNovu;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NovuClientMetricsTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	private static final String TRIGGERED = "{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"tx-1\"}}";

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private final NovuClientMetrics metrics = new NovuClientMetrics();

	private NovuClient client() {
		this.metrics.bindTo(this.meters);
		return novu.client((builder) -> builder.clientListener(this.metrics));
	}

	@Test
	void retriesAreCountedByOperationAndCause() {
		stubSequence(() -> post("/v1/events/trigger"),
				json(429, "{\"statusCode\":429,\"message\":\"API rate limit exceeded\"}").withHeader("Retry-After", "0"),
				json(503, "{\"statusCode\":503,\"message\":\"Service Unavailable\"}"),
				json(503, "{\"statusCode\":503,\"message\":\"Service Unavailable\"}"), json(201, TRIGGERED));

		client().trigger(TriggerRequest.builder("w").toSubscriber("s").build());

		assertThat(novu.requests()).hasSize(4);
		assertThat(retries("events.trigger", RetryEvent.RATE_LIMITED)).isEqualTo(1);
		assertThat(retries("events.trigger", RetryEvent.SERVER_ERROR)).isEqualTo(2);
		assertThat(this.meters.find(NovuClientMetrics.RETRIES).counters()).hasSize(2)
			.allSatisfy((counter) -> assertThat(counter.getId().getTag("host")).isEqualTo(host()));
	}

	@Test
	void aCallWithoutRetriesCountsNothing() {
		novu.stubFor(post("/v1/events/trigger").willReturn(json(201, TRIGGERED)));

		client().trigger(TriggerRequest.builder("w").toSubscriber("s").build());

		assertThat(this.meters.find(NovuClientMetrics.RETRIES).counters()).isEmpty();
	}

	@Test
	void theLatestRemainingRateLimitIsAGaugePerCategory() {
		novu.stubFor(post("/v1/events/trigger").willReturn(json(201, TRIGGERED).withHeader("RateLimit-Limit", "66")
			.withHeader("RateLimit-Remaining", "65")
			.withHeader("RateLimit-Reset", "5")
			.withHeader("RateLimit-Policy", "66;w=5")));
		stubSequence(() -> get("/v1/environments/me"),
				json(200, "{\"data\":{\"_id\":\"e\",\"name\":\"Dev\"}}").withHeader("RateLimit-Remaining", "32"),
				json(200, "{\"data\":{\"_id\":\"e\",\"name\":\"Dev\"}}").withHeader("RateLimit-Remaining", "31"));
		novu.stubFor(get("/v1/topics/ops-team").willReturn(json(200,
				"{\"data\":{\"_id\":\"t1\",\"key\":\"ops-team\",\"name\":\"Ops\",\"subscribers\":[]}}")
			.withHeader("RateLimit-Remaining", "21")));
		NovuClient client = client();

		client.trigger(TriggerRequest.builder("w").toSubscriber("s").build());
		client.environments().retrieve();
		client.environments().retrieve();
		assertThat(this.meters.find(NovuClientMetrics.RATE_LIMIT_REMAINING).tag("category", "configuration").gauge())
			.isNull();
		client.topics().retrieve("ops-team");

		assertThat(remaining("trigger")).isEqualTo(65);
		assertThat(remaining("global")).isEqualTo(31);
		assertThat(remaining("configuration")).isEqualTo(21);
		assertThat(this.metrics.remaining(RateLimitCategory.GLOBAL, host())).isEqualTo(31);
	}

	@Test
	void aRateLimitedAnswerDropsTheGaugeToZero() {
		novu.stubFor(post("/v1/events/trigger").willReturn(json(429,
				"{\"statusCode\":429,\"message\":\"API rate limit exceeded\"}").withHeader("RateLimit-Remaining", "0")
			.withHeader("Retry-After", "1")));
		NovuClient client = novu.client((builder) -> builder.clientListener(this.metrics).retry(RetrySettings.disabled()));
		this.metrics.bindTo(this.meters);

		assertThatExceptionOfType(NovuRateLimitException.class)
			.isThrownBy(() -> client.trigger(TriggerRequest.builder("w").toSubscriber("s").build()));

		assertThat(remaining("trigger")).isZero();
	}

	@Test
	void gaugesSeenBeforeBindingAppearWhenBoundAndExtraTagsApply() {
		NovuClientMetrics tagged = new NovuClientMetrics(Tags.of("client", "billing"));
		tagged.onAttempt(new AttemptEvent("subscribers.retrieve", "GET", "/v1/subscribers/{subscriberId}", "api.novu.co",
				1, 200, Duration.ofMillis(3), Map.of("ratelimit-remaining", List.of("17")), null));

		tagged.bindTo(this.meters);

		assertThat(this.meters.get(NovuClientMetrics.RATE_LIMIT_REMAINING)
			.tags("category", "configuration", "host", "api.novu.co", "client", "billing")
			.gauge()
			.value()).isEqualTo(17);
	}

	@Test
	void withAnObservationRegistryTheOperationTimerAndHttpTimerAreRecorded() {
		novu.stubFor(post("/v1/events/trigger").willReturn(json(201, TRIGGERED)));
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));

		novu.client((builder) -> builder.observationRegistry(observations))
			.trigger(TriggerRequest.builder("w").toSubscriber("s").build());

		Timer operation = this.meters.get("novu.client.operation")
			.tags("operation", "events.trigger", "method", "POST", "outcome", "SUCCESS", "status", "201", "exception",
					"none", "host", host())
			.timer();
		assertThat(operation.count()).isEqualTo(1);
		assertThat(this.meters.get("http.client.requests").tags("uri", "/v1/events/trigger", "status", "201").timer().count())
			.isEqualTo(1);
	}

	@Test
	void rateLimitCategoriesFollowNovusRoutes() {
		assertThat(RateLimitCategory.of("/v1/events/trigger/bulk")).isEqualTo(RateLimitCategory.TRIGGER);
		assertThat(RateLimitCategory.of("/v1/events/trigger/{transactionId}")).isEqualTo(RateLimitCategory.TRIGGER);
		assertThat(RateLimitCategory.of("/v1/subscribers")).isEqualTo(RateLimitCategory.CONFIGURATION);
		assertThat(RateLimitCategory.of("/v1/subscribers/{subscriberId}/preferences"))
			.isEqualTo(RateLimitCategory.CONFIGURATION);
		assertThat(RateLimitCategory.of("/v1/topics/{topicKey}/subscribers")).isEqualTo(RateLimitCategory.CONFIGURATION);
		assertThat(RateLimitCategory.of("/v1/subscribersx")).isEqualTo(RateLimitCategory.GLOBAL);
		assertThat(RateLimitCategory.of("/v1/environments/me")).isEqualTo(RateLimitCategory.GLOBAL);
		assertThat(RateLimitCategory.of("/v1/integrations")).isEqualTo(RateLimitCategory.GLOBAL);
	}

	private double retries(String operation, String cause) {
		return this.meters.get(NovuClientMetrics.RETRIES).tags("operation", operation, "cause", cause).counter().count();
	}

	private double remaining(String category) {
		return this.meters.get(NovuClientMetrics.RATE_LIMIT_REMAINING).tags("category", category, "host", host())
			.gauge()
			.value();
	}

	private static String host() {
		return URI.create(novu.baseUrl()).getAuthority();
	}

	private static void stubSequence(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... responses) {
		for (int i = 0; i < responses.length; i++) {
			novu.stubFor(request.get()
				.inScenario("sequence")
				.whenScenarioStateIs((i == 0) ? STARTED : "step-" + i)
				.willReturn(responses[i])
				.willSetStateTo("step-" + (i + 1)));
		}
	}

}
