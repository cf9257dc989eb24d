package io.github.novu4j.client.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuValidationException;
import io.github.novu4j.client.RetrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BulkTriggerTest {

	private final List<TokenBucketNovu> servers = new ArrayList<>();

	@AfterEach
	void stop() {
		this.servers.forEach(TokenBucketNovu::close);
	}

	private TokenBucketNovu server(long capacity, long refillPerSecond) {
		TokenBucketNovu server = new TokenBucketNovu(capacity, refillPerSecond);
		this.servers.add(server);
		return server;
	}

	private static NovuClient client(TokenBucketNovu server) {
		return NovuClient.builder()
			.apiKey("test-key")
			.baseUrl(server.baseUrl())
			.retry(RetrySettings.builder().initialInterval(java.time.Duration.ofMillis(20)).build())
			.build();
	}

	static List<TriggerRequest> events(int count) {
		List<TriggerRequest> events = new ArrayList<>(count);
		for (int n = 0; n < count; n++) {
			events.add(TriggerRequest.builder("order-shipped")
				.to(Recipient.subscriber("user-" + n))
				.payload(Map.of("n", n))
				.build());
		}
		return events;
	}

	@Test
	void sendsEveryEventOnceInRequestsOfAtMost100AtTheBucketsPaceWithResultsInOrder() {
		// 3 requests' worth of burst, 30 requests per second after that.
		TokenBucketNovu server = server(300, 3000);
		List<TriggerRequest> events = events(2550);

		List<TriggerResult> results = BulkTrigger.of(client(server)).concurrency(4).send(events);

		assertThat(results).hasSize(2550);
		for (int n = 0; n < results.size(); n++) {
			assertThat(results.get(n).transactionId()).isEqualTo("tx-" + n);
		}
		server.assertEachProcessedOnce(2550);
		assertThat(server.largestBatch()).isEqualTo(100);
		// 26 requests; only the blind start (4 in flight before any answer, 3 fit) may meet a 429, and a
		// rejected request is sent again, not lost.
		assertThat(server.requests() - server.rejected()).isEqualTo(26);
		assertThat(server.rejected()).isLessThanOrEqualTo(4);
	}

	@Test
	void aRequestProcessedButNotAnsweredIsRetriedWithItsKeyAndNotProcessedTwice() {
		TokenBucketNovu server = server(100_000, 100_000);
		server.failAfterProcessing((request) -> request % 3 == 0);

		List<TriggerResult> results = BulkTrigger.of(client(server)).concurrency(2).send(events(1000));

		assertThat(results).extracting(TriggerResult::transactionId).startsWith("tx-0", "tx-1").endsWith("tx-999");
		server.assertEachProcessedOnce(1000);
		assertThat(server.replays()).isGreaterThan(0);
	}

	@Test
	void splitsByBodySizeToo() {
		TokenBucketNovu server = server(100_000, 100_000);

		List<TriggerResult> results = BulkTrigger.of(client(server)).maxBodyBytes(4096).send(events(250));

		assertThat(results).hasSize(250);
		server.assertEachProcessedOnce(250);
		assertThat(server.largestBody()).isLessThanOrEqualTo(4096);
		assertThat(server.largestBatch()).isLessThan(100);
	}

	@Test
	void checksEveryEventBeforeSendingAny() {
		TokenBucketNovu server = server(100_000, 100_000);
		List<TriggerRequest> events = new ArrayList<>(events(150));
		events.add(TriggerRequest.builder("order-shipped").to(Recipient.subscriber("x")).build());

		assertThatIllegalArgumentException().isThrownBy(() -> BulkTrigger.of(client(server)).send(events))
			.withMessageContaining("events[150]")
			.withMessageContaining("no payload");
		assertThatIllegalArgumentException().isThrownBy(() -> BulkTrigger.of(client(server)).concurrency(0));
		assertThatIllegalArgumentException().isThrownBy(() -> BulkTrigger.of(client(server)).maxEventsPerRequest(101));
		assertThat(server.requests()).isZero();
	}

	@Test
	void aRequestRefusedForGoodIsReportedWithItsEventsAndKeyAndNothingElseIsLost() {
		TokenBucketNovu server = server(100_000, 100_000);
		server.rejectEvents((n) -> n == 150);

		assertThatThrownBy(() -> BulkTrigger.of(client(server)).concurrency(1).send(events(400)))
			.isInstanceOfSatisfying(BulkTriggerException.class, (failure) -> {
				assertThat(failure.getFailedRequests()).singleElement().satisfies((failed) -> {
					assertThat(failed.fromIndex()).isEqualTo(100);
					assertThat(failed.toIndex()).isEqualTo(200);
					assertThat(failed.idempotencyKey()).isNotBlank();
					assertThat(failed.cause()).isInstanceOf(NovuValidationException.class);
				});
				assertThat(failure.getResults().subList(0, 100)).allSatisfy((result) -> assertThat(result).isNotNull());
				assertThat(failure.getResults().subList(100, 400)).containsOnlyNulls();
				assertThat(failure.getMessage()).contains("confirmed 100 of 400 events");
			});
		assertThat(server.processed()).hasSize(100);
	}

}
