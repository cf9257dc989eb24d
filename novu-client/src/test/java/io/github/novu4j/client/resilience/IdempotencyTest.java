package io.github.novu4j.client.resilience;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuIdempotencyKeyReuseException;
import io.github.novu4j.client.NovuRateLimitException;
import io.github.novu4j.client.RateLimit;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.ResponseMetadata;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Idempotency keys supplied by the caller or made by the client, their limits, Novu's replay marker,
 * and the rate-limit headers of successes and failures.
 */
class IdempotencyTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	private static final NovuOperation TRIGGER = NovuOperation.ALL.get(0);

	private static final NovuOperation RETRIEVE = NovuOperation.ALL.get(3);

	@Test
	void aCallersOwnKeyTravelsUnchangedOnEveryAttempt() {
		failOnceThenSucceed(TRIGGER);
		List<ResponseMetadata> responses = new CopyOnWriteArrayList<>();

		TRIGGER.call().apply(novu.client(), RequestOptions.builder()
			.idempotencyKey("order-1234-shipped")
			.responseListener(responses::add)
			.build());

		assertThat(novu.requests()).hasSize(2)
			.allSatisfy((request) -> assertThat(request.getHeader("Idempotency-Key")).isEqualTo("order-1234-shipped"));
		assertThat(responses).singleElement().satisfies((response) -> {
			assertThat(response.idempotencyKey()).isEqualTo("order-1234-shipped");
			assertThat(response.attempts()).isEqualTo(2);
			assertThat(response.replayed()).isFalse();
		});
	}

	@Test
	void aCallersKeyIsSentAndMakesRetriesSafeEvenWithAutomaticKeysOff() {
		failOnceThenSucceed(TRIGGER);
		NovuClient client = novu.client((builder) -> builder.idempotencyKeys(false));

		TRIGGER.call().apply(client, RequestOptions.builder().idempotencyKey("order-1234-shipped").build());

		assertThat(novu.requests()).hasSize(2)
			.allSatisfy((request) -> assertThat(request.getHeader("Idempotency-Key")).isEqualTo("order-1234-shipped"));
	}

	@Test
	void theClientMakesOneKeyPerLogicalCallNotPerAttempt() {
		failOnceThenSucceed(TRIGGER);
		AtomicInteger made = new AtomicInteger();
		NovuClient client = novu.client((builder) -> builder.idempotencyKeyGenerator(() -> "k-" + made.incrementAndGet()));

		TRIGGER.call().apply(client, RequestOptions.none());
		TRIGGER.call().apply(client, RequestOptions.none());

		assertThat(novu.requests()).extracting((request) -> request.getHeader("Idempotency-Key"))
			.containsExactly("k-1", "k-1", "k-2");
	}

	@Test
	void keysAreCheckedBeforeAnythingIsSent() {
		assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().idempotencyKey("k".repeat(256)))
			.withMessageContaining("at most 255 characters, was 256");
		assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().idempotencyKey(" "))
			.withMessageContaining("must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().idempotencyKey("order\r\nX: y"))
			.withMessageContaining("printable ASCII; character 5 is U+000D");
		assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().header("idempotency-key", "x"))
			.withMessageContaining("use idempotencyKey(..)");
		NovuClient badGenerator = novu.client((builder) -> builder.idempotencyKeyGenerator(() -> "k".repeat(300)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TRIGGER.call().apply(badGenerator, RequestOptions.none()))
			.withMessageContaining("at most 255 characters, was 300");
		assertThat(novu.requests()).isEmpty();
	}

	@Test
	void aKeyOfExactly255CharactersIsSent() {
		novu.stubFor(TRIGGER.route().willReturn(json(201, TRIGGER.successBody())));
		String key = "order-1234-".repeat(23) + "x".repeat(2);

		TRIGGER.call().apply(novu.client(), RequestOptions.builder().idempotencyKey(key).build());

		assertThat(key).hasSize(255);
		assertThat(novu.requests().get(0).getHeader("Idempotency-Key")).isEqualTo(key);
	}

	@Test
	void aGetCarriesNoKeyBecauseNovuHonoursThemOnPostAndPatchOnly() {
		novu.stubFor(RETRIEVE.route().willReturn(json(200, RETRIEVE.successBody())));

		RETRIEVE.call().apply(novu.client(), RequestOptions.builder().idempotencyKey("order-1234-shipped").build());

		assertThat(novu.requests().get(0).containsHeader("Idempotency-Key")).isFalse();
	}

	@Test
	void aReplayAndTheRateLimitAreVisibleThroughResponseListeners() {
		novu.stubFor(TRIGGER.route().willReturn(json(201, TRIGGER.successBody())
			.withHeader("Idempotency-Key", "order-1234-shipped")
			.withHeader("Idempotency-Replay", "true")
			.withHeader("RateLimit-Limit", "60")
			.withHeader("RateLimit-Remaining", "59")
			.withHeader("RateLimit-Reset", "5")
			.withHeader("RateLimit-Policy", "60;w=5")));
		List<ResponseMetadata> everyCall = new CopyOnWriteArrayList<>();
		List<ResponseMetadata> thisCall = new CopyOnWriteArrayList<>();
		NovuClient client = novu.client((builder) -> builder.responseListener(everyCall::add));

		TRIGGER.call().apply(client, RequestOptions.builder()
			.idempotencyKey("order-1234-shipped")
			.responseListener(thisCall::add)
			.build());

		assertThat(thisCall).isEqualTo(everyCall).singleElement().satisfies((response) -> {
			assertThat(response.operation()).isEqualTo("events.trigger");
			assertThat(response.replayed()).isTrue();
			assertThat(response.rateLimit()).isEqualTo(new RateLimit(60L, 59L, Duration.ofSeconds(5), "60;w=5"));
		});
	}

	@Test
	void rateLimitHeadersAndRetryAfterAreReadableFromTheException() {
		novu.stubFor(TRIGGER.route().willReturn(json(429, "{\"statusCode\":429,\"message\":\"API rate limit exceeded\"}")
			.withHeader("Retry-After", "3")
			.withHeader("RateLimit-Limit", "60")
			.withHeader("RateLimit-Remaining", "0")
			.withHeader("RateLimit-Reset", "3")
			.withHeader("RateLimit-Policy", "60;w=5")));

		NovuRateLimitException failure = catchThrowableOfType(NovuRateLimitException.class,
				() -> TRIGGER.call().apply(novu.client(), RequestOptions.builder().noRetry().build()));

		assertThat(failure.getRetryAfter()).isEqualTo(Duration.ofSeconds(3));
		assertThat(failure.getRateLimit()).isEqualTo(new RateLimit(60L, 0L, Duration.ofSeconds(3), "60;w=5"));
		assertThat(failure.getHeader("ratelimit-policy")).isEqualTo("60;w=5");
		assertThat(failure.isIdempotencyReplay()).isFalse();
		assertThat(failure).hasMessageContaining("events.trigger failed: HTTP 429")
			.hasMessageContaining("API rate limit exceeded");
	}

	@Test
	void aKeyReusedForAnotherBodyFailsWithAnExplanationAndIsNotRetried() {
		novu.stubFor(TRIGGER.route().willReturn(json(422, "{\"message\":\"Request with key \\\"order-1234-shipped\\\" is "
				+ "being reused for a different body\",\"error\":\"Unprocessable Entity\",\"statusCode\":422}")));

		NovuIdempotencyKeyReuseException failure = catchThrowableOfType(NovuIdempotencyKeyReuseException.class,
				() -> TRIGGER.call().apply(novu.client(), RequestOptions.builder().idempotencyKey("order-1234-shipped").build()));

		assertThat(failure).hasMessageContaining("already used for a request with a different body")
			.hasMessageContaining("use a new key for a new notification");
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void perCallRetrySettingsReplaceTheClientsForThatCallOnly() {
		novu.stubFor(TRIGGER.route().willReturn(json(503, "{\"statusCode\":503,\"message\":\"Service Unavailable\"}")));
		NovuClient client = novu.client();
		RetrySettings twoAttempts = RetrySettings.builder().maxAttempts(2).initialInterval(Duration.ofMillis(5)).build();

		catchThrowableOfType(RuntimeException.class, () -> TRIGGER.call().apply(client,
				RequestOptions.builder().retry(twoAttempts).header("X-Call", "a").build()));
		int first = novu.requests().size();
		catchThrowableOfType(RuntimeException.class, () -> TRIGGER.call().apply(client, RequestOptions.none()));

		assertThat(first).isEqualTo(2);
		assertThat(novu.requests()).hasSize(2 + RetrySettings.defaults().maxAttempts());
		assertThat(novu.requests()).extracting((request) -> request.getHeader("X-Call"))
			.containsExactly("a", "a", null, null, null, null);
	}

	private static void failOnceThenSucceed(NovuOperation op) {
		novu.stubFor(op.route()
			.inScenario("once")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("failed")
			.willReturn(json(503, "{\"statusCode\":503,\"message\":\"Service Unavailable\"}")));
		novu.stubFor(op.route()
			.inScenario("once")
			.whenScenarioStateIs("failed")
			.willReturn(json(op.successStatus(), op.successBody())));
	}

}
