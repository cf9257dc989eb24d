package io.github.novu4j.test.spring;

import java.util.Map;

import io.github.novu4j.autoconfigure.health.NovuHealthIndicator;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.test.LocalNovu;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import static io.github.novu4j.test.LocalNovuAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot application with the Novu starter and Actuator, tested with one annotation: its
 * {@link NovuClient} talks to the local Novu, the {@code novu} health component is UP, state is reset per test.
 */
@SpringBootTest(properties = "novu.api-key=a-real-looking-key-that-must-be-overridden")
@AutoConfigureLocalNovu
class AutoConfigureLocalNovuTests {

	@Autowired
	OrderNotifier notifier;

	@Autowired
	LocalNovu novu;

	@Autowired
	NovuHealthIndicator health;

	@Autowired
	Environment environment;

	@Test
	void theApplicationsClientTalksToTheLocalNovu() {
		this.notifier.orderShipped("customer-7", "A-100");
		assertThat(this.novu).hasTriggered("order-shipped").to("customer-7").withPayloadEntry("orderId", "A-100");
		assertThat(this.environment.getProperty("novu.base-url")).isEqualTo(this.novu.baseUrl());
		assertThat(this.environment.getProperty("novu.api-key")).isEqualTo(this.novu.apiKey());
	}

	/**
	 * Every run starts empty and leaves a trigger and a subscriber behind, so whichever tests of this class ran
	 * before it (the repetitions at least), it only passes if the state was reset in between; no order is assumed.
	 */
	@RepeatedTest(3)
	void stateIsResetBetweenTestMethods(RepetitionInfo repetition) {
		assertThat(this.novu.triggers()).isEmpty();
		assertThat(this.novu.subscriber("customer-7")).isEmpty();
		assertThat(this.novu.requests()).noneMatch((r) -> r.path().startsWith("/v1/events/"));

		this.notifier.orderShipped("customer-7", "A-" + repetition.getCurrentRepetition());
		assertThat(this.novu).hasTriggered("order-shipped").times(1).withPayloadEntry("orderId",
				"A-" + repetition.getCurrentRepetition());
		assertThat(this.novu.subscriber("customer-7")).isPresent();
	}

	@Test
	void theNovuHealthComponentIsUp() {
		Health health = this.health.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("environment", "Local Novu");
	}

	/** The application under test: a service that notifies through Novu. */
	static class OrderNotifier {

		private final NovuClient novu;

		OrderNotifier(NovuClient novu) {
			this.novu = novu;
		}

		void orderShipped(String customerId, String orderId) {
			this.novu.trigger(
					TriggerRequest.builder("order-shipped").toSubscriber(customerId).payload(Map.of("orderId", orderId)).build());
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

		@Bean
		OrderNotifier orderNotifier(NovuClient novu) {
			return new OrderNotifier(novu);
		}

	}

}
