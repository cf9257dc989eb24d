package io.github.novu4j.client.subscribers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuInterruptedException;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.events.TokenBucketNovu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code importAll} paced by Novu's rate-limit headers and 429s, against a local token bucket (a bulk
 * create costs 100 tokens) that counts how often each subscriber was processed.
 */
class SubscriberImportPacingTest {

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

	private static NovuClient client(TokenBucketNovu server, RetrySettings retry) {
		return NovuClient.builder().apiKey("test-key").baseUrl(server.baseUrl()).retry(retry).build();
	}

	private static NovuClient client(TokenBucketNovu server) {
		return client(server, RetrySettings.builder().initialInterval(Duration.ofMillis(20)).build());
	}

	private static List<CreateSubscriberRequest> subscribers(int from, int count) {
		List<CreateSubscriberRequest> subscribers = new ArrayList<>(count);
		for (int n = from; n < from + count; n++) {
			subscribers.add(CreateSubscriberRequest.of("s-" + n));
		}
		return subscribers;
	}

	@Test
	void waitsForTheBucketInsteadOfSendingIntoIt() {
		// One request's worth of burst, then 10 requests per second: every request after the first must
		// wait for its tokens, and the headers say so. An unpaced import meets a 429 on the second request.
		TokenBucketNovu server = server(100, 1000);

		BulkCreateSubscribersResult result = client(server).subscribers().importAll(subscribers(0, 1500));

		assertThat(result.created()).hasSize(1500);
		assertThat(result.created().get(0).subscriberId()).isEqualTo("s-0");
		assertThat(result.created().get(1499).subscriberId()).isEqualTo("s-1499");
		server.assertEachProcessedOnce(1500);
		assertThat(server.requests()).isEqualTo(3);
		assertThat(server.rejected()).isZero();
	}

	@Test
	void twoInstancesSharingOneBucketBackOffOn429AndLoseOrRepeatNothing() throws Exception {
		// Two applications' instances import into one environment's bucket; the client's own retries are
		// off, so every 429 reaches the pacer, which waits Retry-After and sends the same request again.
		TokenBucketNovu server = server(200, 2000);
		RetrySettings noRetry = RetrySettings.builder().maxAttempts(1).build();
		NovuClient first = client(server, noRetry);
		NovuClient second = client(server, noRetry);

		CompletableFuture<BulkCreateSubscribersResult> a = CompletableFuture
			.supplyAsync(() -> first.subscribers().importAll(subscribers(0, 2500)));
		CompletableFuture<BulkCreateSubscribersResult> b = CompletableFuture
			.supplyAsync(() -> second.subscribers().importAll(subscribers(2500, 2500)));

		assertThat(a.get().created()).hasSize(2500);
		assertThat(b.get().created()).hasSize(2500);
		server.assertEachProcessedOnce(5000);
		assertThat(server.requests() - server.rejected()).isEqualTo(10);
	}

	@Test
	void aRequestProcessedButNotAnsweredIsRetriedWithItsKeyAndNotProcessedTwice() {
		TokenBucketNovu server = server(100_000, 100_000);
		server.failAfterProcessing((request) -> request % 2 == 0);

		BulkCreateSubscribersResult result = client(server).subscribers().importAll(subscribers(0, 2000));

		assertThat(result.created()).hasSize(2000);
		server.assertEachProcessedOnce(2000);
		assertThat(server.replays()).isGreaterThan(0);
	}

	@Test
	void anInterruptWhileWaitingForTokensStopsTheImportAndKeepsTheFlag() throws Exception {
		TokenBucketNovu server = server(100, 10);
		NovuClient novu = client(server);
		novu.subscribers().importAll(subscribers(0, 500));
		AtomicInteger interrupted = new AtomicInteger();
		Thread caller = new Thread(() -> {
			Thread.currentThread().interrupt();
			try {
				novu.subscribers().importAll(subscribers(500, 500));
			}
			catch (NovuInterruptedException expected) {
				if (Thread.currentThread().isInterrupted()
						&& expected.getMessage().contains("Subscriber import was interrupted")) {
					interrupted.incrementAndGet();
				}
			}
		});
		caller.start();
		caller.join(5000);

		assertThat(interrupted).hasValue(1);
		assertThat(server.requests()).isEqualTo(1);
	}

}
