package io.github.novu4j.client.resilience;

import java.time.Duration;
import java.util.List;

import io.github.novu4j.client.HttpTransport;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuInterruptedException;
import io.github.novu4j.client.NovuServerException;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An interrupted caller stops promptly, with its interrupt flag still set, whether the interrupt comes
 * before the first attempt, during an HTTP call or during a back-off; and nothing more is sent. On the JDK
 * transport (pinned here); Apache HttpClient 5, whose socket read an interrupt does not wake, is the last
 * test.
 */
class InterruptTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	static final List<NovuOperation> operations = NovuOperation.ALL;

	/** Long waits the test must never sit out: a slow answer and a long Retry-After. */
	private final NovuClient client = novu.client((builder) -> builder.httpTransport(HttpTransport.JDK)
		.readTimeout(Duration.ofSeconds(20))
		.retry(RetrySettings.builder()
			.initialInterval(Duration.ofMillis(10))
			.maxInterval(Duration.ofSeconds(20))
			.maxElapsedTime(Duration.ofSeconds(30))
			.build()));

	@ParameterizedTest(name = "{0}")
	@FieldSource("operations")
	void aCallerInterruptedBeforehandSendsNothing(NovuOperation op) throws Exception {
		novu.stubFor(op.route().willReturn(json(op.successStatus(), op.successBody())));

		CallerThread.Ending ending = CallerThread.startInterrupted(() -> call(op)).awaitEnd(Duration.ofSeconds(5));

		assertThat(ending.failure()).isExactlyInstanceOf(NovuInterruptedException.class)
			.hasMessageContaining(op.name() + " was interrupted before anything was sent");
		assertThat(ending.stillInterrupted()).isTrue();
		assertThat(novu.requests()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("operations")
	void anInterruptDuringTheHttpCallStopsItAtOnceWithoutRetrying(NovuOperation op) throws Exception {
		novu.stubFor(op.route().willReturn(json(op.successStatus(), op.successBody()).withFixedDelay(3000)));

		CallerThread caller = CallerThread.start(() -> call(op));
		awaitRequests(1);
		caller.interrupt();
		CallerThread.Ending ending = caller.awaitEnd(Duration.ofSeconds(5));

		assertThat(ending.failure()).isExactlyInstanceOf(NovuInterruptedException.class)
			.hasMessageContaining("was interrupted while waiting for Novu");
		assertThat(ending.stillInterrupted()).isTrue();
		assertThat(ending.millisAfterInterrupt()).as("ms after the interrupt").isLessThan(1500);
		assertThat(novu.requests()).hasSize(1);
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("operations")
	void anInterruptDuringTheBackOffStopsAtOnce(NovuOperation op) throws Exception {
		novu.stubFor(op.route()
			.willReturn(json(503, "{\"statusCode\":503,\"message\":\"Service Unavailable\"}").withHeader("Retry-After", "15")));

		CallerThread caller = CallerThread.start(() -> call(op));
		caller.awaitBackOff(Duration.ofSeconds(5));
		caller.interrupt();
		CallerThread.Ending ending = caller.awaitEnd(Duration.ofSeconds(5));

		assertThat(ending.failure()).isExactlyInstanceOf(NovuInterruptedException.class)
			.hasMessageContaining("was interrupted while waiting to retry")
			.hasCauseExactlyInstanceOf(NovuServerException.class);
		assertThat(ending.stillInterrupted()).isTrue();
		assertThat(ending.millisAfterInterrupt()).as("ms after the interrupt").isLessThan(1500);
		assertThat(novu.requests()).hasSize(1);
	}

	/**
	 * The builder's Apache HttpClient 5 (classic I/O) blocks in a socket read that an interrupt of a platform
	 * thread does not wake: the call ends when the attempt's read timeout runs out, then as interrupted (flag
	 * kept), and is not retried.
	 */
	@org.junit.jupiter.api.Test
	void onApacheHttpClientAnInterruptDuringTheHttpCallEndsItAtTheReadTimeout() throws Exception {
		NovuOperation op = NovuOperation.ALL.get(0);
		NovuClient apache = novu.client((builder) -> builder.httpTransport(HttpTransport.APACHE_HTTP_CLIENT_5)
			.readTimeout(Duration.ofMillis(1500))
			.retry(RetrySettings.builder().initialInterval(Duration.ofMillis(10)).build()));
		novu.stubFor(op.route().willReturn(json(op.successStatus(), op.successBody()).withFixedDelay(4000)));

		CallerThread caller = CallerThread.start(() -> op.call().apply(apache, RequestOptions.none()));
		awaitRequests(1);
		caller.interrupt();
		CallerThread.Ending ending = caller.awaitEnd(Duration.ofSeconds(10));

		assertThat(ending.failure()).isExactlyInstanceOf(NovuInterruptedException.class)
			.hasMessageContaining("was interrupted while waiting for Novu");
		assertThat(ending.stillInterrupted()).isTrue();
		assertThat(ending.elapsedMillis()).as("ms from the start: the read timeout").isBetween(1400L, 3900L);
		assertThat(novu.requests()).hasSize(1);
	}

	private static void awaitRequests(int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (novu.requests().size() < count && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(novu.requests()).hasSize(count);
	}

	private Object call(NovuOperation op) {
		return op.call().apply(this.client, RequestOptions.none());
	}

}
