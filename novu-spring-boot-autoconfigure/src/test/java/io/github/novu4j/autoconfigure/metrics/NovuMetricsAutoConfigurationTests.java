package io.github.novu4j.autoconfigure.metrics;

import io.github.novu4j.autoconfigure.NovuAutoConfiguration;
import io.github.novu4j.autoconfigure.testing.WireMockNovu;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.micrometer.NovuClientMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.GlobalObservationConvention;
import io.micrometer.observation.ObservationConvention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.novu4j.autoconfigure.testing.WireMockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a MeterRegistry, the auto-configured client records its operation timer (through the application's
 * ObservationRegistry), its retries and the rate limit left, with no global convention registered.
 */
class NovuMetricsAutoConfigurationTests {

	private static final String TRIGGERED = "{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"t\"}}";

	@RegisterExtension
	static WireMockNovu server = new WireMockNovu();

	private final ApplicationContextRunner novu = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(NovuAutoConfiguration.class, NovuMetricsAutoConfiguration.class))
		.withPropertyValues("novu.api-key=nv-metrics-test-secret", "novu.base-url=" + server.baseUrl());

	private final ApplicationContextRunner withMetrics = this.novu.withConfiguration(AutoConfigurations.of(
			ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
			SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class));

	@Test
	void isRegisteredAsAnAutoConfiguration() {
		assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
			.contains(NovuMetricsAutoConfiguration.class.getName());
	}

	@Test
	void operationTimerRetryCounterAndRateLimitGaugeReachTheApplicationsRegistry() {
		server.stubFor(post("/v1/events/trigger").inScenario("retry")
			.whenScenarioStateIs(STARTED)
			.willReturn(json(429, "{\"statusCode\":429,\"message\":\"API rate limit exceeded\"}")
				.withHeader("RateLimit-Remaining", "0")
				.withHeader("Retry-After", "0"))
			.willSetStateTo("ok"));
		server.stubFor(post("/v1/events/trigger").inScenario("retry")
			.whenScenarioStateIs("ok")
			.willReturn(json(201, TRIGGERED).withHeader("RateLimit-Remaining", "64")));

		this.withMetrics.run((context) -> {
			assertThat(context).hasSingleBean(NovuClientMetrics.class);
			context.getBean(NovuClient.class).trigger(TriggerRequest.builder("order-placed").toSubscriber("c-1").build());

			MeterRegistry meters = context.getBean(MeterRegistry.class);
			String host = server.host();
			assertThat(meters.get("novu.client.operation")
				.tags("operation", "events.trigger", "outcome", "SUCCESS", "status", "201", "method", "POST", "host", host)
				.timer()
				.count()).isEqualTo(1);
			assertThat(meters.get("novu.client.retries").tags("operation", "events.trigger", "cause", "rate_limited")
				.counter()
				.count()).isEqualTo(1);
			assertThat(meters.get("novu.client.rate.limit.remaining").tags("category", "trigger").gauge().value())
				.isEqualTo(64);
			// Nothing that would change other clients' observations.
			assertThat(context).doesNotHaveBean(GlobalObservationConvention.class);
			assertThat(context.getBeansOfType(ObservationConvention.class)).isEmpty();
		});
	}

	@Test
	void noMetersWithoutAMeterRegistry() {
		this.novu.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(NovuClient.class);
			assertThat(context).doesNotHaveBean(NovuClientMetrics.class);
		});
	}

	@Test
	void noMetersWithoutMicrometerCore() {
		this.novu.withBean(SimpleMeterRegistry.class)
			.withClassLoader(new FilteredClassLoader("io.micrometer.core"))
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(NovuClient.class);
				assertThat(context).doesNotHaveBean(NovuClientMetrics.class);
			});
	}

	@Test
	void theApplicationsOwnMetricsBeanIsUsed() {
		NovuClientMetrics own = new NovuClientMetrics(Tags.of("client", "billing"));
		this.withMetrics.withBean(NovuClientMetrics.class, () -> own)
			.run((context) -> assertThat(context.getBean(NovuClientMetrics.class)).isSameAs(own));
	}

}
