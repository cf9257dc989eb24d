package io.github.novu4j.client.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.novu4j.client.NovuApiException;
import io.github.novu4j.client.NovuConnectionException;
import io.github.novu4j.client.NovuInterruptedException;
import io.github.novu4j.client.NovuTimeoutException;
import io.github.novu4j.client.NovuTransportException;
import io.github.novu4j.client.RetrySettings;
import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.BackOffExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decisions of {@link NovuRetryPolicy} without HTTP: what is retried, how long it waits, and that
 * it stops when the budget cannot hold the wait.
 */
class NovuRetryPolicyTest {

	private static final RetrySettings SETTINGS = RetrySettings.builder()
		.maxAttempts(10)
		.initialInterval(Duration.ofMillis(100))
		.multiplier(2)
		.maxInterval(Duration.ofSeconds(1))
		.build();

	@Test
	void delaysGrowExponentiallyWithJitterUpToTheMaxInterval() {
		NovuRetryPolicy policy = policy(SETTINGS, true, true, new CallState(Duration.ofMinutes(1)));

		for (int retry = 1; retry <= 6; retry++) {
			long full = Math.min(100L << (retry - 1), 1000);
			for (int sample = 0; sample < 200; sample++) {
				assertThat(policy.delayBeforeRetry(retry)).isBetween(Duration.ofMillis(full / 2), Duration.ofMillis(full));
			}
		}
	}

	@Test
	void retryAfterRaisesTheDelayButNotBeyondTheMaxInterval() {
		CallState state = new CallState(Duration.ofMinutes(1));
		state.failed(apiFailure(429, Map.of("Retry-After", List.of("5")), true), 429);

		assertThat(policy(SETTINGS.toBuilder().maxInterval(Duration.ofSeconds(30)).build(), true, true, state)
			.delayBeforeRetry(1)).isEqualTo(Duration.ofSeconds(5));
		assertThat(policy(SETTINGS, true, true, state).delayBeforeRetry(1)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void aWaitThatDoesNotFitTheBudgetStopsInsteadOfWaiting() {
		CallState state = new CallState(Duration.ofSeconds(2));
		state.failed(apiFailure(429, Map.of("Retry-After", List.of("5")), true), 429);
		RetrySettings patient = SETTINGS.toBuilder().maxInterval(Duration.ofSeconds(30)).build();

		assertThat(policy(patient, true, true, state).delayBeforeRetry(1)).isNull();
		assertThat(policy(patient, true, true, state).getBackOff().start().nextBackOff()).isEqualTo(BackOffExecution.STOP);
	}

	@Test
	void aHugeRetryAfterOrBudgetDoesNotOverflow() {
		CallState state = new CallState(Duration.ofSeconds(Long.MAX_VALUE));
		state.failed(apiFailure(503, Map.of("Retry-After", List.of(String.valueOf(Long.MAX_VALUE))), true), 503);
		RetrySettings unbounded = SETTINGS.toBuilder()
			.maxInterval(Duration.ofSeconds(Long.MAX_VALUE))
			.maxElapsedTime(Duration.ofSeconds(Long.MAX_VALUE))
			.build();

		assertThat(policy(unbounded, true, true, state).delayBeforeRetry(1)).isGreaterThan(Duration.ofDays(100));
		assertThat(policy(SETTINGS, true, true, state).delayBeforeRetry(1)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void theBackOffStopsAfterMaxAttempts() {
		BackOffExecution backOff = policy(SETTINGS.toBuilder().maxAttempts(4).build(), true, true,
				new CallState(Duration.ofMinutes(1)))
			.getBackOff()
			.start();

		assertThat(List.of(backOff.nextBackOff(), backOff.nextBackOff(), backOff.nextBackOff())).allMatch((delay) -> delay >= 0);
		assertThat(backOff.nextBackOff()).isEqualTo(BackOffExecution.STOP);
	}

	@Test
	void retriesOnlyWhatCannotNotifyTwice() {
		CallState state = new CallState(Duration.ofMinutes(1));
		NovuRetryPolicy keyed = policy(SETTINGS, true, true, state);
		NovuRetryPolicy keyless = policy(SETTINGS, false, false, state);
		NovuRetryPolicy get = policy(SETTINGS, true, false, state);
		NovuRetryPolicy noConnectionRetries = policy(SETTINGS.toBuilder().retryConnectionErrors(false).build(), true,
				true, state);
		NovuTransportException reset = new NovuTransportException("events.trigger", "reset", null);
		NovuConnectionException refused = new NovuConnectionException("events.trigger", "refused", null);
		NovuApiException inProgress = apiFailure(409, Map.of("Retry-After", List.of("1")), true);

		assertThat(keyed.shouldRetry(reset)).isTrue();
		assertThat(keyless.shouldRetry(reset)).as("a POST without key may have been processed").isFalse();
		assertThat(keyless.shouldRetry(new NovuTimeoutException("events.trigger", "timeout", null))).isFalse();
		assertThat(keyless.shouldRetry(refused)).as("never sent").isTrue();
		assertThat(keyless.shouldRetry(apiFailure(429, Map.of(), false))).as("rejected before any work").isTrue();
		assertThat(keyless.shouldRetry(apiFailure(503, Map.of(), false))).isFalse();
		assertThat(keyed.shouldRetry(apiFailure(503, Map.of(), true))).isTrue();
		assertThat(keyed.shouldRetry(inProgress)).isTrue();
		assertThat(get.shouldRetry(inProgress)).as("no key was sent, so not Novu's in-progress answer").isFalse();
		assertThat(keyed.shouldRetry(apiFailure(409, Map.of(), true))).as("topic exists").isFalse();
		assertThat(keyed.shouldRetry(apiFailure(500, Map.of("Idempotency-Replay", List.of("true")), true)))
			.as("Novu would replay the same error").isFalse();
		assertThat(keyed.shouldRetry(apiFailure(422, Map.of(), true))).isFalse();
		assertThat(keyed.shouldRetry(apiFailure(400, Map.of(), true))).isFalse();
		assertThat(noConnectionRetries.shouldRetry(reset)).isFalse();
		assertThat(noConnectionRetries.shouldRetry(refused)).isFalse();
		assertThat(noConnectionRetries.shouldRetry(apiFailure(503, Map.of(), true))).isTrue();
		assertThat(keyed.shouldRetry(new IllegalStateException("bug"))).isFalse();
	}

	@Test
	void anUnreadableSuccessIsNotRetriedBecauseNovuDidTheWork() {
		CallState state = new CallState(Duration.ofMinutes(1));
		NovuTransportException unreadable = new NovuTransportException("events.trigger", "could not read", null);
		state.failed(unreadable, 201);

		assertThat(policy(SETTINGS, true, true, state).shouldRetry(unreadable)).isFalse();
	}

	@Test
	void nothingIsRetriedOnceTheBudgetIsSpentOrTheThreadIsInterrupted() throws InterruptedException {
		CallState spent = new CallState(Duration.ofMillis(1));
		Thread.sleep(5);
		NovuApiException unavailable = apiFailure(503, Map.of(), true);

		assertThat(policy(SETTINGS, true, true, spent).shouldRetry(unavailable)).isFalse();
		NovuRetryPolicy policy = policy(SETTINGS, true, true, new CallState(Duration.ofMinutes(1)));
		assertThat(policy.shouldRetry(new NovuInterruptedException("events.trigger", "interrupted", null))).isFalse();
		Thread.currentThread().interrupt();
		try {
			assertThat(policy.shouldRetry(unavailable)).isFalse();
		}
		finally {
			assertThat(Thread.interrupted()).as("the policy keeps the flag").isTrue();
		}
	}

	private static NovuRetryPolicy policy(RetrySettings settings, boolean safeToRepeat, boolean keySent,
			CallState state) {
		return new NovuRetryPolicy(settings, safeToRepeat, keySent, state);
	}

	private static NovuApiException apiFailure(int status, Map<String, List<String>> headers, boolean keySent) {
		return NovuApiException.create(new NovuApiException.Details("events.trigger", "POST", "/v1/events/trigger",
				status, List.of("failure " + status), null, null, null, List.of(), headers, "", keySent));
	}

}
