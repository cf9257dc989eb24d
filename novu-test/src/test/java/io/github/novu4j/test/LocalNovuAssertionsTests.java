package io.github.novu4j.test;

import java.util.Map;
import java.util.Set;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.events.Recipient;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.subscribers.CreateSubscriberRequest;
import io.github.novu4j.client.topics.TopicSubscribersRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.github.novu4j.test.LocalNovuAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The assertions pass on what was received and fail, with a message saying what was, on anything else. */
@ExtendWith(LocalNovuExtension.class)
class LocalNovuAssertionsTests {

	LocalNovu novu;

	NovuClient client;

	@BeforeEach
	void someTraffic() {
		this.client.subscribers()
			.create(CreateSubscriberRequest.builder("ann").email("ann@example.com").data(Map.of("tier", "gold")).build());
		this.client.subscribers().create(CreateSubscriberRequest.of("ben"));
		this.client.topics().subscribers().assign("vip", TopicSubscribersRequest.of("ann", "ben"));
		this.client.trigger(TriggerRequest.builder("order-shipped")
			.toSubscriber("ann")
			.payload(Map.of("orderId", "A-1", "items", 2))
			.transactionId("tx-1")
			.build());
		this.client.trigger(TriggerRequest.builder("sale").to(Recipient.topic("vip")).payload(Map.of()).build());
	}

	@AfterEach
	void answersFollowNovusDocuments() {
		OpenApiCheck.assertValid(this.novu.requests(), Set.of());
		assertThat(OpenApiCheck.responseProblems(this.novu.answers(), Set.of())).isEmpty();
	}

	@Test
	void passingAssertions() {
		assertThat(this.novu).hasTriggerCount(2)
			.hasNotTriggered("welcome")
			.hasSubscriber("ann")
			.hasEmail("ann@example.com")
			.hasDataEntry("tier", "gold");
		assertThat(this.novu).hasTriggered("order-shipped")
			.times(1)
			.to("ann")
			.withPayloadEntry("orderId", "A-1")
			.withPayloadEntry("items", 2)
			.withTransactionId("tx-1");
		assertThat(this.novu).hasTriggered("sale").toTopic("vip").to("ann", "ben");
		assertThat(this.novu).hasTopic("vip").withSubscribers("ben", "ann").withName(null);
	}

	@Test
	void failingAssertionsSayWhatWasReceived() {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(this.novu).hasTriggered("welcome"))
			.withMessage("Expected a trigger of workflow 'welcome' but got only [order-shipped, sale]");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(this.novu).hasTriggered("order-shipped").to("ben"))
			.withMessage("Expected a trigger of workflow 'order-shipped' reaching [ben] but got [[ann]]");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(this.novu).hasTriggered("order-shipped").withPayloadEntry("orderId", "B-2"))
			.withMessageContaining("with payload orderId=B-2")
			.withMessageContaining("orderId=A-1");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(this.novu).hasTriggered("order-shipped").times(2))
			.withMessage("Expected 2 trigger(s) of workflow 'order-shipped' but got 1");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(this.novu).hasNotTriggered("sale"));
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(this.novu).hasSubscriber("ann").hasEmail("other@example.com"))
			.withMessage("Expected subscriber 'ann' to have email=other@example.com but it has ann@example.com");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(this.novu).hasSubscriber("zed"));
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(this.novu).hasTopic("vip").withSubscribers("ann"))
			.withMessage("Expected topic 'vip' to have exactly the subscribers [ann] but it has [ann, ben]");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(this.novu).hasNoTopic("vip"));
	}

}
