package io.github.novu4j.autoconfigure.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import io.github.novu4j.client.webhooks.NovuMessageEvent;
import io.github.novu4j.client.webhooks.NovuUnknownEvent;
import io.github.novu4j.client.webhooks.NovuWebhookSigner;
import io.github.novu4j.client.webhooks.NovuWebhookVerifier;
import io.github.novu4j.client.webhooks.WebhookEventType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.SECRET;
import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.SIGNER;
import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.body;
import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.headers;
import static org.assertj.core.api.Assertions.assertThat;

/** The endpoint in a Spring MVC application, with the in-memory store. */
class NovuWebhookMvcTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class, NovuWebhookAutoConfiguration.class))
		.withBean(WebhookTestSupport.RecordingListener.class);

	static MvcResult post(AssertableWebApplicationContext context, String path, byte[] body, Map<String, String> headers)
			throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
		return mvc.perform(WebhookTestSupport.webhookPost(path, body, headers)).andReturn();
	}

	static WebhookTestSupport.RecordingListener listener(AssertableWebApplicationContext context) {
		return context.getBean(WebhookTestSupport.RecordingListener.class);
	}

	@Test
	void isRegisteredAsAnAutoConfiguration() {
		assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
			.contains(NovuWebhookAutoConfiguration.class.getName());
	}

	@Test
	void withoutASecretThereIsNoEndpoint() {
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean(NovuWebhookReceiver.class).doesNotHaveBean(NovuWebhookVerifier.class);
			byte[] body = body("message.delivered", "t1");
			assertThat(post(context, "/novu/webhooks", body, headers(SIGNER, "msg_1", body)).getResponse().getStatus())
				.isEqualTo(404);
		});
	}

	@Test
	void aSignedDeliveryReachesTypedListeners() {
		this.runner.withPropertyValues("novu.webhooks.secret=" + SECRET).run((context) -> {
			byte[] body = body("message.delivered", "order-1");

			MvcResult result = post(context, "/novu/webhooks", body, headers(SIGNER, "msg_1", body));

			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString()).isEqualTo("{\"status\":\"processed\"}");
			assertThat(listener(context).messages).singleElement().satisfies((event) -> {
				assertThat(event.type()).isEqualTo(WebhookEventType.MESSAGE_DELIVERED);
				assertThat(event.data().object().transactionId()).isEqualTo("order-1");
			});
			assertThat(listener(context).all).hasSize(1);
		});
	}

	@Test
	void aBadSignatureIs401AndAMissingHeader400WithoutDetailsOrListeners() {
		this.runner.withPropertyValues("novu.webhooks.secret=" + SECRET).run((context) -> {
			byte[] body = body("message.delivered", "order-1");
			Map<String, String> forged = headers(new NovuWebhookSigner(NovuWebhookSigner.generateSecret()), "msg_1", body);
			Map<String, String> missing = new java.util.HashMap<>(headers(SIGNER, "msg_2", body));
			missing.remove("webhook-signature");
			Map<String, String> stale = SIGNER.headers("msg_3", Instant.now().minusSeconds(600), body);

			MvcResult bad = post(context, "/novu/webhooks", body, forged);
			MvcResult incomplete = post(context, "/novu/webhooks", body, missing);
			MvcResult old = post(context, "/novu/webhooks", body, stale);

			assertThat(bad.getResponse().getStatus()).isEqualTo(401);
			assertThat(bad.getResponse().getContentAsString()).isEqualTo("{\"error\":\"bad_signature\"}");
			assertThat(incomplete.getResponse().getStatus()).isEqualTo(400);
			assertThat(incomplete.getResponse().getContentAsString()).isEqualTo("{\"error\":\"missing_header\"}");
			assertThat(old.getResponse().getStatus()).isEqualTo(401);
			assertThat(old.getResponse().getContentAsString()).isEqualTo("{\"error\":\"stale_timestamp\"}");
			assertThat(listener(context).all).isEmpty();
		});
	}

	@Test
	void aDuplicateIsAcknowledgedButNotDeliveredAgain() {
		this.runner.withPropertyValues("novu.webhooks.secret=" + SECRET).run((context) -> {
			byte[] body = body("message.delivered", "order-1");

			MvcResult first = post(context, "/novu/webhooks", body, headers(SIGNER, "msg_same", body));
			MvcResult retry = post(context, "/novu/webhooks", body, headers(SIGNER, "msg_same", body));

			assertThat(first.getResponse().getStatus()).isEqualTo(200);
			assertThat(retry.getResponse().getStatus()).isEqualTo(200);
			assertThat(retry.getResponse().getContentAsString()).isEqualTo("{\"status\":\"duplicate\"}");
			assertThat(listener(context).messages).hasSize(1);
		});
	}

	@Test
	void aFailingListenerGives500AndTheRetryIsProcessed() {
		this.runner.withPropertyValues("novu.webhooks.secret=" + SECRET).run((context) -> {
			listener(context).failures.set(1);
			byte[] body = body("message.failed", "fail-1");

			MvcResult failed = post(context, "/novu/webhooks", body, headers(SIGNER, "msg_f", body));
			MvcResult retried = post(context, "/novu/webhooks", body, headers(SIGNER, "msg_f", body));

			assertThat(failed.getResponse().getStatus()).isEqualTo(500);
			assertThat(failed.getResponse().getContentAsString()).isEqualTo("{\"error\":\"listener_failed\"}")
				.doesNotContain("IllegalStateException");
			assertThat(retried.getResponse().getStatus()).isEqualTo(200);
			assertThat(listener(context).messages).hasSize(1);
		});
	}

	@Test
	void anUnknownEventTypeIsAcceptedAndPublishedGenerically() {
		this.runner.withPropertyValues("novu.webhooks.secret=" + SECRET).run((context) -> {
			byte[] body = body("subscriber.created", "s-1");

			MvcResult result = post(context, "/novu/webhooks", body, headers(SIGNER, "msg_u", body));

			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(listener(context).all).singleElement().isInstanceOf(NovuUnknownEvent.class);
			assertThat(listener(context).messages).isEmpty();
		});
	}

	@Test
	void thePathAndRotatedSecretsAreConfigurable() {
		this.runner
			.withPropertyValues("novu.webhooks.path=/hooks/novu", "novu.webhooks.secrets[0]=" + SECRET,
					"novu.webhooks.secrets[1]=" + WebhookTestSupport.OLD_SECRET)
			.run((context) -> {
				byte[] body = body("message.delivered", "order-2");
				NovuWebhookSigner old = new NovuWebhookSigner(WebhookTestSupport.OLD_SECRET);

				assertThat(post(context, "/hooks/novu", body, headers(SIGNER, "msg_a", body)).getResponse().getStatus())
					.isEqualTo(200);
				assertThat(post(context, "/hooks/novu", body, headers(old, "msg_b", body)).getResponse().getStatus())
					.isEqualTo(200);
				assertThat(post(context, "/novu/webhooks", body, headers(SIGNER, "msg_c", body)).getResponse().getStatus())
					.isEqualTo(404);
				assertThat(listener(context).messages).hasSize(2);
			});
	}

	@Test
	void theSvixHeaderNamesWorkThroughTheEndpoint() {
		this.runner.withPropertyValues("novu.webhooks.secret=" + SECRET).run((context) -> {
			byte[] body = body("message.delivered", "order-3");
			Map<String, String> svix = new java.util.LinkedHashMap<>();
			headers(SIGNER, "msg_svix", body).forEach((name, value) -> svix.put(name.replace("webhook-", "svix-"), value));

			assertThat(post(context, "/novu/webhooks", body, svix).getResponse().getStatus()).isEqualTo(200);
		});
	}

	@Test
	void metersCountReceivedRejectedDuplicatesAndListenerFailuresByTypeAndReason() {
		this.runner.withPropertyValues("novu.webhooks.secret=" + SECRET)
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> {
				listener(context).failures.set(1);
				byte[] delivered = body("message.delivered", "order-1");
				byte[] failing = body("message.failed", "fail-1");
				post(context, "/novu/webhooks", delivered, headers(SIGNER, "msg_1", delivered));
				post(context, "/novu/webhooks", delivered, headers(SIGNER, "msg_1", delivered));
				post(context, "/novu/webhooks", failing, headers(SIGNER, "msg_2", failing));
				post(context, "/novu/webhooks", delivered, Map.of("webhook-id", "x"));
				post(context, "/novu/webhooks", "{}".getBytes(StandardCharsets.UTF_8), headers(SIGNER, "msg_3", delivered));

				MeterRegistry meters = context.getBean(MeterRegistry.class);
				assertThat(meters.get("novu.webhooks.received").tag("type", "message.delivered").counter().count()).isEqualTo(2);
				assertThat(meters.get("novu.webhooks.received").tag("type", "message.failed").counter().count()).isEqualTo(1);
				assertThat(meters.get("novu.webhooks.duplicates").tag("type", "message.delivered").counter().count()).isEqualTo(1);
				assertThat(meters.get("novu.webhooks.listener.failures").tag("type", "message.failed").counter().count())
					.isEqualTo(1);
				assertThat(meters.get("novu.webhooks.rejected").tag("reason", "missing_header").counter().count()).isEqualTo(1);
				assertThat(meters.get("novu.webhooks.rejected").tag("reason", "bad_signature").counter().count()).isEqualTo(1);
			});
	}

	@Test
	void theDeduplicationStoreFollowsTheProperty() {
		this.runner.withPropertyValues("novu.webhooks.secret=" + SECRET).run((context) -> assertThat(context)
			.getBean(WebhookDeduplicationStore.class)
			.isInstanceOf(InMemoryWebhookDeduplicationStore.class));
		this.runner.withPropertyValues("novu.webhooks.secret=" + SECRET, "novu.webhooks.deduplication=none")
			.run((context) -> assertThat(context.getBean(WebhookDeduplicationStore.class))
				.isSameAs(WebhookDeduplicationStore.NONE));
		this.runner.withPropertyValues("novu.webhooks.secret=" + SECRET, "novu.webhooks.deduplication=jdbc")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("needs exactly one DataSource"));
	}

	@Test
	void aMalformedSecretFailsStartupWithoutShowingIt() {
		this.runner.withPropertyValues("novu.webhooks.secret=whsec_definitely*not*base64").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("MALFORMED_SECRET");
			Throwable failure = context.getStartupFailure();
			while (failure != null) {
				assertThat(String.valueOf(failure.getMessage())).doesNotContain("definitely*not*base64");
				failure = failure.getCause();
			}
		});
	}

	@Test
	void propertiesAndVerifierDoNotShowTheSecret() {
		this.runner.withPropertyValues("novu.webhooks.secret=" + SECRET).run((context) -> {
			assertThat(context.getBean(NovuWebhookProperties.class).toString()).doesNotContain(SECRET.substring(6));
			assertThat(context.getBean(NovuWebhookVerifier.class).toString()).doesNotContain(SECRET.substring(6));
		});
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	@org.springframework.scheduling.annotation.EnableAsync
	static class AsyncListenerConfiguration {

		// Static: the bean is a proxy, whose own fields are not the target's.
		static final java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);

		@org.springframework.scheduling.annotation.Async
		@org.springframework.context.event.EventListener
		public void on(NovuMessageEvent event) throws InterruptedException {
			Thread.sleep(300);
			ran.countDown();
			throw new IllegalStateException("slow and failing");
		}

	}

	@Test
	void anAsyncListenerDoesNotHoldTheAnswerAndItsFailureIsNotReported() {
		this.runner.withPropertyValues("novu.webhooks.secret=" + SECRET)
			.withUserConfiguration(AsyncListenerConfiguration.class)
			.run((context) -> {
				byte[] body = body("message.delivered", "slow-1");
				long start = System.nanoTime();

				MvcResult result = post(context, "/novu/webhooks", body, headers(SIGNER, "msg_async", body));

				assertThat(result.getResponse().getStatus()).isEqualTo(200);
				assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofMillis(300));
				assertThat(AsyncListenerConfiguration.ran.await(5, java.util.concurrent.TimeUnit.SECONDS))
					.isTrue();
			});
	}

	@Test
	void listenersCanTakeTheMessageEventDirectly() {
		this.runner.withPropertyValues("novu.webhooks.secret=" + SECRET).run((context) -> {
			byte[] body = body("message.read", "r-1");
			post(context, "/novu/webhooks", body, headers(SIGNER, "msg_r", body));
			assertThat(listener(context).messages).extracting(NovuMessageEvent::type).containsExactly(WebhookEventType.MESSAGE_READ);
		});
	}

}
