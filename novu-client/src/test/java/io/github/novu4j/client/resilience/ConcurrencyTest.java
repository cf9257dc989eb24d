package io.github.novu4j.client.resilience;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuException;
import io.github.novu4j.client.NovuServerException;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.ResponseMetadata;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.events.TriggerResult;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One client shared by many threads, each call with its own options: idempotency key, header,
 * transaction id, retry settings and response listener. Novu fails the first attempt of every call;
 * calls with retries succeed on their second attempt, calls without fail. Nothing of one call may show
 * up in another: not its key, header, body, answer, attempts or listener.
 */
class ConcurrencyTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	private static final int CALLS = 64;

	@Test
	void oneClientServesManyPlatformThreadsWithoutLeaksBetweenCalls() throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(CALLS);
		try {
			runConcurrently(executor);
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void oneClientServesManyVirtualThreadsWithoutLeaksBetweenCalls() throws Exception {
		// We compile for Java 17: reach Java 21's virtual threads reflectively.
		Method virtualThreads;
		try {
			virtualThreads = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
		}
		catch (NoSuchMethodException ex) {
			virtualThreads = null;
		}
		assumeTrue(virtualThreads != null, "virtual threads need Java 21 or later; this is " + Runtime.version());
		ExecutorService executor = (ExecutorService) virtualThreads.invoke(null);
		try {
			Thread carrier = executor.submit(Thread::currentThread).get();
			assertThat((boolean) Thread.class.getMethod("isVirtual").invoke(carrier)).isTrue();
			runConcurrently(executor);
		}
		finally {
			executor.shutdownNow();
		}
	}

	private void runConcurrently(ExecutorService executor) throws Exception {
		for (int i = 0; i < CALLS; i++) {
			stubFirstAttemptFails(i);
		}
		List<ResponseMetadata> everyCall = new CopyOnWriteArrayList<>();
		NovuClient client = novu.client((builder) -> builder.responseListener(everyCall::add));
		List<List<ResponseMetadata>> perCall = new ArrayList<>();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Object>> futures = new ArrayList<>();
		for (int i = 0; i < CALLS; i++) {
			List<ResponseMetadata> own = new CopyOnWriteArrayList<>();
			perCall.add(own);
			RequestOptions options = options(i, own);
			TriggerRequest request = TriggerRequest.builder("order-shipped")
				.toSubscriber("user-" + i)
				.payload(Map.of("call", i))
				.transactionId("tx-" + i)
				.build();
			Callable<Object> call = () -> {
				start.await();
				try {
					return client.trigger(request, options);
				}
				catch (NovuException ex) {
					return ex;
				}
			};
			futures.add(executor.submit(call));
		}
		start.countDown();

		for (int i = 0; i < CALLS; i++) {
			Object outcome = futures.get(i).get(30, TimeUnit.SECONDS);
			String transactionId = "tx-" + i;
			String key = key(i);
			if (retries(i)) {
				assertThat(outcome).isInstanceOfSatisfying(TriggerResult.class,
						(result) -> assertThat(result.transactionId()).isEqualTo(transactionId));
				assertThat(perCall.get(i)).singleElement().satisfies((response) -> {
					assertThat(response.idempotencyKey()).isEqualTo(key);
					assertThat(response.attempts()).isEqualTo(2);
				});
			}
			else {
				assertThat(outcome).isInstanceOf(NovuServerException.class);
				assertThat(perCall.get(i)).isEmpty();
			}
		}
		Map<String, List<LoggedRequest>> byKey = novu.requests()
			.stream()
			.collect(Collectors.groupingBy((request) -> request.getHeader("Idempotency-Key")));
		assertThat(byKey).hasSize(CALLS);
		for (int i = 0; i < CALLS; i++) {
			String call = String.valueOf(i);
			assertThat(byKey.get(key(i))).as("requests of call %d", i)
				.hasSize(retries(i) ? 2 : 1)
				.allSatisfy((request) -> {
					assertThat(request.getHeader("X-Call")).isEqualTo(call);
					assertThat(request.getBodyAsString()).contains("\"transactionId\":\"tx-" + call + "\"")
						.contains("\"payload\":{\"call\":" + call + "}");
				});
		}
		assertThat(everyCall).extracting(ResponseMetadata::idempotencyKey)
			.doesNotHaveDuplicates()
			.hasSize((int) IntStream.range(0, CALLS).filter(ConcurrencyTest::retries).count());
	}

	/** Calls 3, 7, 11, ... make one attempt; the others have retry settings of their own. */
	private static boolean retries(int call) {
		return call % 4 != 3;
	}

	private static RequestOptions options(int call, List<ResponseMetadata> listener) {
		RequestOptions.Builder options = RequestOptions.builder()
			.idempotencyKey(key(call))
			.header("X-Call", String.valueOf(call))
			.timeout(Duration.ofSeconds(20 + call))
			.responseListener(listener::add);
		if (retries(call)) {
			options.retry(RetrySettings.builder()
				.maxAttempts(2 + call % 3)
				.initialInterval(Duration.ofMillis(5 + call % 7))
				.build());
		}
		else {
			options.noRetry();
		}
		return options.build();
	}

	private static String key(int call) {
		return "order-" + call + "-shipped";
	}

	private static void stubFirstAttemptFails(int call) {
		String scenario = "call " + call;
		novu.stubFor(NovuOperation.ALL.get(0)
			.route()
			.withHeader("Idempotency-Key", equalTo(key(call)))
			.inScenario(scenario)
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("failed once")
			.willReturn(json(503, "{\"statusCode\":503,\"message\":\"Service Unavailable\"}")));
		novu.stubFor(NovuOperation.ALL.get(0)
			.route()
			.withHeader("Idempotency-Key", equalTo(key(call)))
			.inScenario(scenario)
			.whenScenarioStateIs("failed once")
			.willReturn(json(201, "{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"tx-"
					+ call + "\"}}")));
	}

}
