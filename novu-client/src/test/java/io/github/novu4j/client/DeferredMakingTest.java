package io.github.novu4j.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.events.TriggerResult;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What a client makes on its first call rather than in {@link NovuClientBuilder#build()}: a RestClient.Builder
 * supplied with {@link NovuClientBuilder#restClientBuilderOnFirstCall}, the HTTP client made from the
 * timeouts, and the resource groups. Made once, then shared; a failure to make them is the first call's.
 */
class DeferredMakingTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	private final AtomicInteger buildersAsked = new AtomicInteger();

	private final List<Duration> timeoutsUsed = new ArrayList<>();

	@BeforeEach
	void stubTrigger() {
		novu.stubFor(post("/v1/events/trigger").willReturn(json(201,
				"{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"tx-1\"}}")));
	}

	@Test
	void aSuppliedRestClientBuilderAndTheHttpClientAreMadeOnTheFirstCallOnce() {
		NovuClientBuilder builder = novu.clientBuilder()
			.connectTimeout(Duration.ofSeconds(2))
			.readTimeout(Duration.ofSeconds(7))
			.restClientBuilderOnFirstCall(() -> {
				this.buildersAsked.incrementAndGet();
				return RestClient.builder().defaultHeader("X-Supplied-Builder", "yes");
			})
			.requestFactoryFromTimeouts((connect, read) -> {
				this.timeoutsUsed.add(connect);
				this.timeoutsUsed.add(read);
				return new JdkClientHttpRequestFactory();
			});
		NovuClient client = builder.build();
		// Timeouts changed after build() are not the built client's.
		builder.readTimeout(Duration.ofSeconds(1));

		assertThat(this.buildersAsked).as("builders asked for by build()").hasValue(0);
		assertThat(this.timeoutsUsed).as("HTTP clients made by build()").isEmpty();

		client.trigger(TriggerRequest.builder("order-placed").toSubscriber("cust-1").build());
		client.trigger(TriggerRequest.builder("order-placed").toSubscriber("cust-2").build());

		assertThat(this.buildersAsked).hasValue(1);
		assertThat(this.timeoutsUsed).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(7));
		assertThat(novu.requests()).hasSize(2)
			.extracting((LoggedRequest request) -> request.getHeader("X-Supplied-Builder"))
			.containsOnly("yes");
	}

	@Test
	void aFailureToMakeTheRestClientIsTheFirstCallsAndTheNextCallTriesAgain() {
		NovuClient client = novu.client((builder) -> builder.restClientBuilderOnFirstCall(() -> {
			if (this.buildersAsked.incrementAndGet() == 1) {
				throw new IllegalStateException("no RestClient.Builder yet");
			}
			return RestClient.builder();
		}));

		assertThatIllegalStateException()
			.isThrownBy(() -> client.trigger(TriggerRequest.builder("order-placed").toSubscriber("cust-1").build()))
			.withMessage("no RestClient.Builder yet");
		assertThat(novu.requests()).isEmpty();

		TriggerResult result = client.trigger(TriggerRequest.builder("order-placed").toSubscriber("cust-1").build());

		assertThat(result.transactionId()).isEqualTo("tx-1");
		assertThat(this.buildersAsked).hasValue(2);
	}

	@Test
	void theLastOfTheTwoWaysToGiveARestClientBuilderWins() {
		RestClient.Builder given = RestClient.builder().defaultHeader("X-Supplied-Builder", "given");
		NovuClient client = novu.client((builder) -> builder
			.restClientBuilderOnFirstCall(() -> {
				this.buildersAsked.incrementAndGet();
				return RestClient.builder();
			})
			.restClientBuilder(given));

		client.trigger(TriggerRequest.builder("order-placed").toSubscriber("cust-1").build());

		assertThat(this.buildersAsked).hasValue(0);
		assertThat(novu.requests()).singleElement()
			.satisfies((request) -> assertThat(request.getHeader("X-Supplied-Builder")).isEqualTo("given"));
	}

	@Test
	void resourceGroupsAreMadeOnceAndShared() {
		NovuClient client = novu.client();

		assertThat(client.subscribers()).isSameAs(client.subscribers());
		assertThat(client.topics()).isSameAs(client.topics());
		assertThat(client.v2()).isSameAs(client.v2());
		assertThat(client.subscribers()).isNotSameAs(novu.client().subscribers());
	}

}
