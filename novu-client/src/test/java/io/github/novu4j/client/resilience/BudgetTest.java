package io.github.novu4j.client.resilience;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuException;
import io.github.novu4j.client.NovuRateLimitException;
import io.github.novu4j.client.NovuServerException;
import io.github.novu4j.client.NovuTimeoutException;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.events.TriggerResult;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The time budget of a call ({@link RetrySettings#maxElapsedTime()}, or {@link RequestOptions#timeout()}
 * per call): it bounds retries and waits, cuts off an attempt in flight, and when it runs out the call
 * stops at once with its last failure; it never spins. Also {@code Retry-After} as an HTTP date.
 */
class BudgetTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	private static final NovuOperation TRIGGER = NovuOperation.ALL.get(0);

	private static final String UNAVAILABLE = "{\"statusCode\":503,\"message\":\"Service Unavailable\"}";

	/** Patient settings, so that only the budget under test can stop a call early. */
	private final NovuClient client = novu.client((builder) -> builder.readTimeout(Duration.ofSeconds(20))
		.retry(RetrySettings.builder()
			.maxAttempts(100)
			.initialInterval(Duration.ofMillis(100))
			.multiplier(1.0)
			.maxInterval(Duration.ofSeconds(20))
			.maxElapsedTime(Duration.ofSeconds(30))
			.build()));

	@Test
	void aRetryAfterBeyondTheBudgetStopsAtOnceWithTheLastFailure() {
		novu.stubFor(TRIGGER.route()
			.willReturn(json(429, "{\"statusCode\":429,\"message\":\"API rate limit exceeded\"}").withHeader("Retry-After", "5")));
		long start = System.nanoTime();

		NovuRateLimitException failure = catchThrowableOfType(NovuRateLimitException.class,
				() -> trigger(RequestOptions.builder().timeout(Duration.ofSeconds(2)).build()));

		assertThat(millisSince(start)).as("no wait that cannot fit").isLessThan(1000);
		assertThat(failure.getRetryAfter()).isEqualTo(Duration.ofSeconds(5));
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void retriesStopWhenTheBudgetRunsOutAndNeverSpin() {
		novu.stubFor(TRIGGER.route().willReturn(json(503, UNAVAILABLE)));
		long start = System.nanoTime();

		NovuException failure = catchThrowableOfType(NovuException.class,
				() -> trigger(RequestOptions.builder().timeout(Duration.ofMillis(800)).build()));

		long elapsed = millisSince(start);
		int attempts = failure.getSuppressed().length + 1;
		// Waits of 50-100 ms within 800 ms: a handful of attempts, not a hundred, and no overrun.
		assertThat(attempts).isBetween(3, 17);
		assertThat(elapsed).isBetween(400L, 800L + 1500);
		assertThat(failure.getSuppressed())
			.allSatisfy((earlier) -> assertThat(earlier).isExactlyInstanceOf(NovuServerException.class));
		// The last attempt got its 503, or the budget ran out while it was in flight (then the server
		// may not have logged it).
		if (failure instanceof NovuTimeoutException) {
			assertThat(failure).hasMessageContaining("time budget of 800 ms");
			assertThat(novu.requests().size()).isBetween(attempts - 1, attempts);
		}
		else {
			assertThat(failure).isExactlyInstanceOf(NovuServerException.class);
			assertThat(novu.requests()).hasSize(attempts);
		}
		assertThat(novu.requests()).extracting((request) -> request.getHeader("Idempotency-Key"))
			.containsOnly(novu.requests().get(0).getHeader("Idempotency-Key"));
	}

	@Test
	void anAttemptInFlightIsCutOffWhenTheBudgetRunsOut() {
		novu.stubFor(TRIGGER.route().willReturn(json(201, TRIGGER.successBody()).withFixedDelay(2000)));
		long start = System.nanoTime();

		NovuTimeoutException failure = catchThrowableOfType(NovuTimeoutException.class,
				() -> trigger(RequestOptions.builder().timeout(Duration.ofMillis(500)).build()));

		assertThat(millisSince(start)).as("read timeout is 20 s; the budget is 500 ms").isBetween(500L, 500L + 1500);
		assertThat(failure).hasMessageContaining("did not answer within the call's time budget of 500 ms");
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void theBudgetBoundsASingleAttemptToo() {
		novu.stubFor(TRIGGER.route().willReturn(json(201, TRIGGER.successBody()).withFixedDelay(2000)));
		long start = System.nanoTime();

		catchThrowableOfType(NovuTimeoutException.class,
				() -> trigger(RequestOptions.builder().noRetry().timeout(Duration.ofMillis(300)).build()));

		assertThat(millisSince(start)).isBetween(300L, 300L + 1500);
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void theBudgetComesFromTheRetrySettingsUnlessTheCallSetsOne() {
		novu.stubFor(TRIGGER.route().willReturn(json(201, TRIGGER.successBody()).withFixedDelay(2000)));
		NovuClient impatient = novu.client((builder) -> builder.readTimeout(Duration.ofSeconds(20))
			.retry(RetrySettings.builder().maxElapsedTime(Duration.ofMillis(300)).build()));
		long start = System.nanoTime();

		catchThrowableOfType(NovuTimeoutException.class, () -> TRIGGER.call().apply(impatient, RequestOptions.none()));

		assertThat(millisSince(start)).isBetween(300L, 300L + 1500);
	}

	@Test
	void aRetryAfterGivenAsAnHttpDateIsHonoured() {
		// HTTP dates have whole seconds: "now + 2 s" means a wait of 1 to 2 seconds.
		String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
		novu.stubFor(TRIGGER.route()
			.inScenario("date")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("waited")
			.willReturn(json(429, "{\"statusCode\":429,\"message\":\"API rate limit exceeded\"}").withHeader("Retry-After", at)));
		novu.stubFor(TRIGGER.route()
			.inScenario("date")
			.whenScenarioStateIs("waited")
			.willReturn(json(201, TRIGGER.successBody())));
		long start = System.nanoTime();

		Object result = trigger(RequestOptions.none());

		assertThat(((TriggerResult) result).transactionId()).isEqualTo("tx-ok");
		assertThat(millisSince(start)).isBetween(900L, 2000L + 1500);
		assertThat(novu.requests()).hasSize(2);
	}

	@Test
	void aRetryAfterLongerThanTheMaxIntervalIsCappedByIt() {
		novu.stubFor(TRIGGER.route()
			.inScenario("cap")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("waited")
			.willReturn(json(503, UNAVAILABLE).withHeader("Retry-After", "3600")));
		novu.stubFor(TRIGGER.route().inScenario("cap").whenScenarioStateIs("waited").willReturn(json(201, TRIGGER.successBody())));
		NovuClient capped = novu.client((builder) -> builder.retry(RetrySettings.builder()
			.initialInterval(Duration.ofMillis(10))
			.maxInterval(Duration.ofMillis(300))
			.build()));
		long start = System.nanoTime();

		TRIGGER.call().apply(capped, RequestOptions.none());

		assertThat(millisSince(start)).isBetween(300L, 300L + 1500);
		assertThat(novu.requests()).hasSize(2);
	}

	private Object trigger(RequestOptions options) {
		return TRIGGER.call().apply(this.client, options);
	}

	private static long millisSince(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

}
