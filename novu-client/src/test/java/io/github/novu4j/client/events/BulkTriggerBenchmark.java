package io.github.novu4j.client.events;

import java.util.List;

import io.github.novu4j.client.NovuClient;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not part of the build: 10,000 events through {@link BulkTrigger} to a token bucket like Novu's (burst
 * 110 % of 5 s at 200 tokens/s = 1,100 tokens, 1,000 tokens/s refill, 100 tokens a request). Reports
 * events per second against the bucket's ceiling, requests, 429s, and checks that the server processed
 * every event exactly once. Run it with
 * {@code ./mvnw -B -o -q test -pl novu-client -Dtest=BulkTriggerBenchmark -Dnovu.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "novu.benchmark", matches = "true")
class BulkTriggerBenchmark {

	private static final int EVENTS = 10_000;

	@ParameterizedTest(name = "concurrency {0}")
	@ValueSource(ints = { 1, 2, 4 })
	void tenThousandEvents(int concurrency) {
		try (TokenBucketNovu server = new TokenBucketNovu(1100, 1000)) {
			NovuClient novu = NovuClient.builder().apiKey("benchmark-key").baseUrl(server.baseUrl()).build();
			List<TriggerRequest> events = BulkTriggerTest.events(EVENTS);
			long start = System.nanoTime();

			List<TriggerResult> results = BulkTrigger.of(novu).concurrency(concurrency).send(events);

			double seconds = (System.nanoTime() - start) / 1e9;
			// The bucket starts full: its 1,100 tokens are 1,100 events on top of the refill.
			double ceiling = (EVENTS - 1100) / seconds;
			System.out.printf("BulkTrigger concurrency %d: %,d events in %.2f s = %,.0f events/s "
					+ "(refill-limited part %,.0f/s against a ceiling of %,.0f/s = %.0f %%); %d requests, %d of them 429%n",
					concurrency, EVENTS, seconds, EVENTS / seconds, ceiling, server.ceilingEventsPerSecond(),
					100 * ceiling / server.ceilingEventsPerSecond(), server.requests(), server.rejected());
			assertThat(results).hasSize(EVENTS);
			server.assertEachProcessedOnce(EVENTS);
		}
	}

}
