package io.github.novu4j.test;

import java.time.Duration;
import java.util.Map;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuTransportException;
import io.github.novu4j.client.NovuRateLimitException;
import io.github.novu4j.client.NovuServerException;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.subscribers.CreateSubscriberRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Faults as an application's error handling meets them, through the real client. */
@ExtendWith(LocalNovuExtension.class)
class FaultsTests {

	LocalNovu novu;

	/** Without retries, so that each fault reaches the caller. */
	private NovuClient noRetries;

	@BeforeEach
	void clientWithoutRetries() {
		this.noRetries = NovuClient.builder()
			.apiKey(this.novu.apiKey())
			.baseUrl(this.novu.baseUrl())
			.retry(RetrySettings.disabled())
			.build();
	}

	@Test
	void theNextCallsAre429WithRetryAfterThenNormal() {
		this.novu.faults().next(2, Fault.rateLimited(Duration.ofSeconds(3)));
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(NovuRateLimitException.class).isThrownBy(this::trigger).satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(429);
				assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(3));
				assertThat(ex.getNovuMessage()).isEqualTo("API rate limit exceeded");
				assertThat(ex.getRateLimit()).isNotNull();
			});
		}
		assertThat(trigger()).isNotNull();
		assertThat(this.novu.triggers()).hasSize(1);
		assertThat(this.novu.requests()).hasSize(3);
	}

	@Test
	void oneOperationFailsWithA5xxWhileOthersWork() {
		this.novu.faults().on("POST", "/v1/events/trigger", Fault.serverError(500));
		assertThatExceptionOfType(NovuServerException.class).isThrownBy(this::trigger).satisfies((ex) -> {
			assertThat(ex.getStatusCode()).isEqualTo(500);
			assertThat(ex.getErrorId()).isNotBlank();
		});
		assertThat(this.noRetries.subscribers().create(CreateSubscriberRequest.of("works")).subscriberId())
			.isEqualTo("works");
		this.novu.faults().clear();
		assertThat(trigger()).isNotNull();
	}

	@Test
	void aFaultOnATemplatedPathMatchesEveryId() {
		this.novu.faults().on("GET", "/v1/subscribers/{subscriberId}", Fault.serverError(503));
		assertThatExceptionOfType(NovuServerException.class)
			.isThrownBy(() -> this.noRetries.subscribers().retrieve("anyone"))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(503));
	}

	@Test
	void theDefaultClientRetriesA503AndSucceeds() {
		this.novu.faults().next(1, Fault.serverError(503));
		assertThat(this.novu.client().trigger(request()).acknowledged()).isTrue();
		assertThat(this.novu.requests()).hasSize(2);
		assertThat(this.novu.triggers()).hasSize(1);
	}

	@Test
	void aDelayedAnswerArrivesLate() {
		this.novu.faults().next(1, Fault.delay(Duration.ofMillis(300)));
		long start = System.nanoTime();
		assertThat(trigger()).isNotNull();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void aDroppedConnectionIsATransportError() {
		this.novu.faults().next(1, Fault.dropConnection());
		assertThatExceptionOfType(NovuTransportException.class).isThrownBy(this::trigger)
			.withMessageContaining("received no bytes");
		assertThat(this.novu.triggers()).isEmpty();
	}

	@Test
	void resetClearsFaults() {
		this.novu.faults().on("POST", "/v1/events/trigger", Fault.serverError(502));
		this.novu.reset();
		assertThat(trigger()).isNotNull();
	}

	@Test
	void badFaultsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Fault.serverError(404));
		assertThatIllegalArgumentException().isThrownBy(() -> this.novu.faults().next(0, Fault.dropConnection()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.novu.faults().on("GET", "v1/subscribers", Fault.dropConnection()));
	}

	private Object trigger() {
		return this.noRetries.trigger(request());
	}

	private static TriggerRequest request() {
		return TriggerRequest.builder("w").toSubscriber("a").payload(Map.of()).build();
	}

}
