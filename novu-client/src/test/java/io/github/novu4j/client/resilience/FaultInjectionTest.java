package io.github.novu4j.client.resilience;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuClientBuilder;
import io.github.novu4j.client.NovuConnectionException;
import io.github.novu4j.client.NovuTimeoutException;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.ResponseMetadata;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.resilience.FaultCase.Retry;
import io.github.novu4j.client.testing.MockNovu;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The fault-injection suite: every {@link NovuOperation} against every {@link FaultCase}, through a
 * real client and real HTTP, on every {@link Transport} Spring Boot can pick. Each case checks the number of attempts, the outcome or exception type,
 * the elapsed time against back-off and {@code Retry-After}, and that all attempts of one logical call
 * carry one {@code Idempotency-Key} while another logical call carries another.
 */
class FaultInjectionTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	/** Short delays: 40 ms doubling, jitter takes each wait down to half; Retry-After: 1 still fits. */
	static final RetrySettings RETRY = RetrySettings.builder()
		.maxAttempts(4)
		.initialInterval(Duration.ofMillis(40))
		.multiplier(2)
		.maxInterval(Duration.ofMillis(1500))
		.maxElapsedTime(Duration.ofSeconds(10))
		.build();

	/** Slack for a busy machine; upper bounds prove "no long waits", not precise timing. */
	static final long MARGIN_MILLIS = 3000;

	/**
	 * Every fault on every transport. Every operation on the client's own two transports (JDK, and the
	 * Apache HttpClient 5 its builder picks when present); elsewhere a
	 * keyed POST and a GET, the two kinds the rules tell apart, with waits of a second (Retry-After: 1)
	 * on the POST only. This keeps the suite's wall time within about a minute.
	 */
	static Stream<Arguments> everyOperationAndFault() {
		return Stream.of(Transport.values())
			.flatMap((transport) -> operationsOn(transport).stream()
				.flatMap((op) -> FaultCase.ALL.stream()
					.filter((fault) -> !fault.keyedOnly() || op.sendsIdempotencyKey())
					.filter((fault) -> transport == Transport.JDK || fault.minWaitMillis() == 0
							|| op == NovuOperation.ALL.get(0))
					.map((fault) -> arguments(transport, op, fault))));
	}

	private static List<NovuOperation> operationsOn(Transport transport) {
		return (transport == Transport.JDK || transport == Transport.APACHE_DEFAULT) ? NovuOperation.ALL
				: NovuOperation.ALL.stream()
					.filter((op) -> op.name().equals("events.trigger") || op.method().equals("GET"))
					.toList();
	}

	/** Loads each transport's classes once, so that no timed case pays for it. */
	@BeforeAll
	static void warmUpEveryTransport() {
		NovuOperation get = NovuOperation.ALL.stream().filter((op) -> op.method().equals("GET")).findFirst().get();
		novu.stubFor(get.route().willReturn(json(get.successStatus(), get.successBody())));
		for (Transport transport : Transport.values()) {
			NovuClient client = novu.client((builder) -> transport.apply(builder, Duration.ofSeconds(5)));
			assertThat(String.valueOf(get.call().apply(client, RequestOptions.none()))).contains(get.marker());
		}
	}

	static Stream<Arguments> everyOperationAndRetriedFault() {
		return everyOperationAndFault().filter((args) -> ((FaultCase) args.get()[2]).retry() != Retry.NEVER);
	}

	/** Waits of a second (Retry-After: 1) on one operation only: the rule does not depend on the route. */
	static Stream<Arguments> keyedOperationsAndRetriedFaults() {
		return everyOperationAndRetriedFault().filter((args) -> {
			NovuOperation op = (NovuOperation) args.get()[1];
			FaultCase fault = (FaultCase) args.get()[2];
			return op.sendsIdempotencyKey() && (fault.minWaitMillis() == 0 || op == NovuOperation.ALL.get(0));
		});
	}

	@ParameterizedTest(name = "{0} {1}: {2}")
	@MethodSource("everyOperationAndFault")
	void retriesWhatIsSafeWithOneIdempotencyKeyPerLogicalCall(Transport transport, NovuOperation op, FaultCase fault) {
		stub(op, fault, transport);
		NovuClient client = client(transport, fault, (builder) -> {
		});
		boolean retried = fault.retry() != Retry.NEVER;
		boolean succeeds = retried && !fault.always();
		int attempts = !retried ? 1 : fault.always() ? RETRY.maxAttempts() : fault.failures() + 1;
		List<ResponseMetadata> metadata = new CopyOnWriteArrayList<>();

		Outcome first = Outcome.of(client, op, RequestOptions.builder().responseListener(metadata::add).build());

		List<LoggedRequest> firstAttempts = novu.requests();
		assertThat(firstAttempts).hasSize(fault.requests(op, transport, attempts, succeeds))
			.allSatisfy((request) -> assertSentTo(op, request));
		first.assertResult(op, fault, succeeds, attempts);
		first.assertElapsed(fault, attempts, succeeds);
		String key = oneKeyForAllAttempts(op, firstAttempts);
		if (succeeds) {
			assertThat(metadata).singleElement().satisfies((response) -> {
				assertThat(response.attempts()).isEqualTo(attempts);
				assertThat(response.idempotencyKey()).isEqualTo(key);
				assertThat(response.statusCode()).isEqualTo(op.successStatus());
			});
		}
		else {
			assertThat(metadata).isEmpty();
		}

		Outcome.of(client, op, RequestOptions.none());

		List<LoggedRequest> secondAttempts = novu.requests().subList(firstAttempts.size(), novu.requests().size());
		assertThat(secondAttempts).isNotEmpty();
		String secondKey = oneKeyForAllAttempts(op, secondAttempts);
		if (op.sendsIdempotencyKey()) {
			assertThat(secondKey).as("a second logical call has its own key").isNotEqualTo(key);
		}
	}

	@ParameterizedTest(name = "{0} {1}: {2}")
	@MethodSource("keyedOperationsAndRetriedFaults")
	void withoutIdempotencyKeysAPostIsRetriedOnlyWhenNovuCannotHaveProcessedIt(Transport transport, NovuOperation op,
			FaultCase fault) {
		stub(op, fault, transport);
		NovuClient client = client(transport, fault, (builder) -> builder.idempotencyKeys(false));
		boolean retried = fault.retry() == Retry.ALWAYS;
		int attempts = retried ? fault.failures() + 1 : 1;

		Outcome outcome = Outcome.of(client, op, RequestOptions.none());

		assertThat(novu.requests()).hasSize(attempts)
			.allSatisfy((request) -> assertThat(request.containsHeader("Idempotency-Key")).isFalse());
		outcome.assertResult(op, fault, retried, attempts);
		outcome.assertElapsed(fault, attempts, retried);
	}

	@ParameterizedTest(name = "{0} {1}: {2}")
	@MethodSource("everyOperationAndRetriedFault")
	void withRetriesOffEachFaultSurfacesAsItsOwnTypeAfterOneAttempt(Transport transport, NovuOperation op,
			FaultCase fault) {
		stub(op, fault, transport);
		NovuClient client = client(transport, fault, (builder) -> {
		});

		Outcome outcome = Outcome.of(client, op, RequestOptions.builder().noRetry().build());

		assertThat(novu.requests()).hasSize(fault.requests(op, transport, 1, false));
		outcome.assertResult(op, fault, false, 1);
		outcome.assertElapsed(fault, 1, false);
	}

	@Test
	void anEmptyResponseIsWhatTheJdkClientReportsAsHeaderParserReceivedNoBytes() {
		NovuOperation trigger = NovuOperation.ALL.get(0);
		FaultCase empty = FaultCase.ALL.stream().filter((fault) -> fault.name().equals("empty response")).findFirst().get();
		stub(trigger, empty, Transport.JDK);

		Outcome outcome = Outcome.of(novu.client((builder) -> Transport.JDK.apply(builder, Duration.ofSeconds(5))),
				trigger, RequestOptions.builder().noRetry().build());

		assertThat(outcome.failure()).hasMessageContaining("header parser received no bytes");
	}

	@ParameterizedTest(name = "{0} {1}, retryConnectionErrors={2}")
	@MethodSource("connectionRefusedCases")
	void aRefusedConnectionIsRetriedEvenWithoutAKeyUnlessTurnedOff(Transport transport, NovuOperation op,
			boolean retryConnectionErrors) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		NovuClientBuilder builder = NovuClient.builder()
			.apiKey(MockNovu.API_KEY)
			.baseUrl("http://127.0.0.1:" + closedPort)
			.idempotencyKeys(false)
			.retry(RETRY.toBuilder().retryConnectionErrors(retryConnectionErrors).build());
		transport.apply(builder, Duration.ofSeconds(5));
		NovuClient client = builder.build();
		int attempts = retryConnectionErrors ? RETRY.maxAttempts() : 1;

		Outcome outcome = Outcome.of(client, op, RequestOptions.none());

		assertThat(outcome.failure()).isExactlyInstanceOf(NovuConnectionException.class)
			.hasMessageContaining(op.name())
			.hasMessageContaining("could not connect");
		assertThat(outcome.failure().getSuppressed()).as("one per earlier attempt").hasSize(attempts - 1);
		outcome.assertElapsed(FaultCase.ALL.get(0), attempts, false);
	}

	static Stream<Arguments> connectionRefusedCases() {
		return Stream.of(Transport.values())
			.flatMap((transport) -> NovuOperation.ALL.stream()
				.flatMap((op) -> Stream.of(arguments(transport, op, true), arguments(transport, op, false))));
	}

	/**
	 * A per-call deadline ({@link RequestOptions#timeout}) ends an attempt in flight on the client's own
	 * JDK transport and on Spring's Apache factory (the client's adapter cuts its response timeout); the
	 * Jetty and Reactor factories bound an attempt by their read timeout alone (docs/reliability.md), and
	 * the budget still bounds retries and waits.
	 */
	@ParameterizedTest(name = "{0}")
	@EnumSource(Transport.class)
	void anAttemptInFlightEndsWhenTheCallsDeadlineRunsOut(Transport transport) {
		assumeTrue(transport.boundsAttemptsByTheBudget(), () -> transport
				+ " cannot honour a per-call deadline in flight: its attempts end by its read timeout only");
		NovuOperation trigger = NovuOperation.ALL.get(0);
		novu.stubFor(trigger.route().willReturn(json(201, trigger.successBody()).withFixedDelay(3000)));
		NovuClient client = novu.client((builder) -> transport.apply(builder, Duration.ofSeconds(20)));

		Outcome outcome = Outcome.of(client, trigger, RequestOptions.builder().timeout(Duration.ofMillis(300)).build());

		assertThat(outcome.failure()).isExactlyInstanceOf(NovuTimeoutException.class)
			.hasMessageContaining("time budget of 300 ms");
		assertThat(outcome.elapsedMillis()).isBetween(300L, 300L + MARGIN_MILLIS);
	}

	/**
	 * Stubs the faulty answer for {@code fault.failures()} attempts of the client (twice each where the
	 * JDK resends a GET by itself), then the success answer.
	 */
	static void stub(NovuOperation op, FaultCase fault, Transport transport) {
		if (fault.always()) {
			novu.stubFor(op.route().willReturn(fault.answer().apply(op)));
			return;
		}
		String state = Scenario.STARTED;
		for (int i = 1; i <= fault.failures() * fault.requestsPerFailedAttempt(op, transport); i++) {
			String next = "after failure " + i;
			novu.stubFor(op.route()
				.inScenario("faults")
				.whenScenarioStateIs(state)
				.willSetStateTo(next)
				.willReturn(fault.answer().apply(op)));
			state = next;
		}
		novu.stubFor(op.route()
			.inScenario("faults")
			.whenScenarioStateIs(state)
			.willReturn(json(op.successStatus(), op.successBody())));
	}

	private static NovuClient client(Transport transport, FaultCase fault, Consumer<NovuClientBuilder> customizer) {
		return novu.client((builder) -> {
			builder.retry(RETRY);
			transport.apply(builder,
					Duration.ofMillis((fault.attemptMillis() > 0) ? FaultCase.READ_TIMEOUT_MILLIS : 5000));
			customizer.accept(builder);
		});
	}

	private static void assertSentTo(NovuOperation op, LoggedRequest request) {
		assertThat(request.getMethod().getName()).isEqualTo(op.method());
		assertThat(request.getUrl()).isEqualTo(op.path());
		assertThat(request.getHeader("Authorization")).isEqualTo("ApiKey " + MockNovu.API_KEY);
	}

	/** @return the one key all attempts carried; {@code null} for operations that send none */
	static @Nullable String oneKeyForAllAttempts(NovuOperation op, List<LoggedRequest> attempts) {
		List<String> keys = attempts.stream()
			.map((request) -> request.containsHeader("Idempotency-Key") ? request.getHeader("Idempotency-Key") : null)
			.distinct()
			.toList();
		assertThat(keys).as("Idempotency-Key of every attempt of one logical call").hasSize(1);
		String key = keys.get(0);
		if (op.sendsIdempotencyKey()) {
			assertThat(key).isNotBlank();
		}
		else {
			assertThat(key).isNull();
		}
		return key;
	}

	/** What one logical call did. */
	record Outcome(@Nullable Object result, @Nullable RuntimeException failure, long elapsedMillis) {

		static Outcome of(NovuClient client, NovuOperation op, RequestOptions options) {
			long start = System.nanoTime();
			try {
				Object result = op.call().apply(client, options);
				return new Outcome(result, null, (System.nanoTime() - start) / 1_000_000);
			}
			catch (RuntimeException ex) {
				return new Outcome(null, ex, (System.nanoTime() - start) / 1_000_000);
			}
		}

		void assertResult(NovuOperation op, FaultCase fault, boolean succeeds, int attempts) {
			if (succeeds) {
				assertThat(this.failure).isNull();
				assertThat(String.valueOf(this.result)).contains(op.marker());
				return;
			}
			assertThat(this.failure).isExactlyInstanceOf(fault.type())
				.hasMessageContaining(op.name())
				.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(MockNovu.API_KEY));
			assertThat(this.failure.getSuppressed()).as("earlier failures of the call").hasSize(attempts - 1);
		}

		/**
		 * Lower bound: every faulty attempt's own time (a read timeout) plus, before each retry, the least
		 * back-off (half the exponential delay, by jitter) or Novu's Retry-After if longer. Upper bound: the
		 * longest back-off plus a generous margin.
		 */
		void assertElapsed(FaultCase fault, int attempts, boolean succeeded) {
			int failedAttempts = succeeded ? attempts - 1 : attempts;
			long lower = fault.attemptMillis() * failedAttempts;
			long upper = lower + MARGIN_MILLIS;
			for (int retry = 1; retry < attempts; retry++) {
				long delay = Math.min(RETRY.initialInterval().toMillis() << (retry - 1), RETRY.maxInterval().toMillis());
				lower += Math.max(delay / 2, fault.minWaitMillis());
				upper += Math.max(delay, fault.minWaitMillis());
			}
			assertThat(this.elapsedMillis).as("elapsed ms").isBetween(lower, upper);
		}

		@Override
		public RuntimeException failure() {
			return Objects.requireNonNull(this.failure, "the call succeeded");
		}

	}

}
