package io.github.novu4j.autoconfigure.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.SECRET;
import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.SIGNER;
import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.body;
import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.headers;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances behind a load balancer, sharing one database through
 * {@code novu.webhooks.deduplication=jdbc}, receive every delivery at the same moment: each event reaches the
 * listeners once in total.
 */
class NovuWebhookTwoInstancesTests {

	static WebApplicationContextRunner instance(DataSource db) {
		return new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class, NovuWebhookAutoConfiguration.class))
			.withBean(WebhookTestSupport.RecordingListener.class)
			.withBean(DataSource.class, () -> db)
			.withPropertyValues("novu.webhooks.secret=" + SECRET, "novu.webhooks.deduplication=jdbc",
					"novu.webhooks.jdbc.initialize-schema=true");
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "h2" })
	void concurrentDuplicatesAcrossTwoContextsReachTheListenerOnce(String platform) {
		DataSource db = EmbeddedDatabases.of(platform);
		instance(db).run((first) -> instance(db).run((second) -> {
			assertThat(first.getBean(WebhookDeduplicationStore.class)).isInstanceOf(JdbcWebhookDeduplicationStore.class);
			int events = 20;
			List<Integer> statuses = deliverToBoth(first, second, events);

			assertThat(statuses).hasSize(events * 4).containsOnly(200);
			List<String> received = new ArrayList<>();
			first.getBean(WebhookTestSupport.RecordingListener.class).messages
				.forEach((e) -> received.add(e.data().object().transactionId()));
			second.getBean(WebhookTestSupport.RecordingListener.class).messages
				.forEach((e) -> received.add(e.data().object().transactionId()));
			assertThat(received).hasSize(events).doesNotHaveDuplicates();
		}));
	}

	/** Sends each of {@code events} deliveries twice to each instance, all at once. */
	private static List<Integer> deliverToBoth(AssertableWebApplicationContext first,
			AssertableWebApplicationContext second, int events) throws Exception {
		MockMvc[] instances = { MockMvcBuilders.webAppContextSetup(first).build(),
				MockMvcBuilders.webAppContextSetup(second).build() };
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < events; i++) {
				byte[] body = body("message.delivered", "order-" + i);
				Map<String, String> headers = headers(SIGNER, "msg_shared_" + i, body);
				for (int copy = 0; copy < 4; copy++) {
					MockMvc mvc = instances[copy % 2];
					Callable<Integer> send = () -> {
						start.await();
						return mvc.perform(WebhookTestSupport.webhookPost("/novu/webhooks", body, headers))
							.andReturn()
							.getResponse()
							.getStatus();
					};
					answers.add(pool.submit(send));
				}
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
