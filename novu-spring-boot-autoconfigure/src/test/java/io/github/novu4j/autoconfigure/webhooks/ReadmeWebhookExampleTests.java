package io.github.novu4j.autoconfigure.webhooks;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.novu4j.client.webhooks.NovuMessageEvent;
import io.github.novu4j.client.webhooks.NovuWebhookSigner;
import io.github.novu4j.client.webhooks.NovuWebhookVerificationException;
import io.github.novu4j.client.webhooks.NovuWebhookVerifier;
import io.github.novu4j.client.webhooks.VerifiedWebhook;
import io.github.novu4j.client.webhooks.WebhookEventType;
import io.github.novu4j.client.webhooks.WebhookHeaders;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.test.web.servlet.MvcResult;

import static io.github.novu4j.autoconfigure.webhooks.NovuWebhookMvcTests.post;
import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.SECRET;
import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.SIGNER;
import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.body;
import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.headers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The README's section "Receiving webhooks": its {@code @EventListener} method as written there, in a
 * Spring MVC application configured with its YAML (one secret), receiving signed deliveries; and the
 * answers the section names (200, duplicate 200, 401, 400, 500 when the listener throws, an unknown type
 * accepted). If the README changes, change this test with it.
 */
class ReadmeWebhookExampleTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class, NovuWebhookAutoConfiguration.class))
		.withBean(Orders.class)
		.withBean(ReadmeListener.class)
		.withPropertyValues("novu.webhooks.secret=" + SECRET);

	@Test
	void theReadmeListenerMarksADeliveredOrderOnceAndIgnoresOtherTypes() {
		this.runner.run((context) -> {
			Orders orders = context.getBean(Orders.class);
			byte[] delivered = body("message.delivered", "order-1");
			byte[] failed = body("message.failed", "order-2");
			byte[] later = body("subscriber.created", "order-3");

			MvcResult first = post(context, "/novu/webhooks", delivered, headers(SIGNER, "msg_1", delivered));
			MvcResult again = post(context, "/novu/webhooks", delivered, headers(SIGNER, "msg_1", delivered));
			MvcResult other = post(context, "/novu/webhooks", failed, headers(SIGNER, "msg_2", failed));
			MvcResult unknown = post(context, "/novu/webhooks", later, headers(SIGNER, "msg_3", later));

			assertThat(first.getResponse().getStatus()).isEqualTo(200);
			assertThat(again.getResponse().getStatus()).isEqualTo(200);
			assertThat(again.getResponse().getContentAsString()).isEqualTo("{\"status\":\"duplicate\"}");
			assertThat(other.getResponse().getStatus()).isEqualTo(200);
			assertThat(unknown.getResponse().getStatus()).isEqualTo(200);
			assertThat(unknown.getResponse().getContentAsString()).isEqualTo("{\"status\":\"processed\"}");
			assertThat(orders.delivered).containsExactly("order-1");
		});
	}

	@Test
	void aFailedVerificationIs401Or400AndAThrowingListener500SoThatNovuRetries() {
		this.runner.run((context) -> {
			Orders orders = context.getBean(Orders.class);
			byte[] body = body("message.delivered", "order-9");
			NovuWebhookSigner stranger = new NovuWebhookSigner(NovuWebhookSigner.generateSecret());
			orders.failNext = true;

			MvcResult forged = post(context, "/novu/webhooks", body, headers(stranger, "msg_9", body));
			MvcResult unsigned = post(context, "/novu/webhooks", body, java.util.Map.of());
			MvcResult thrown = post(context, "/novu/webhooks", body, headers(SIGNER, "msg_9", body));
			MvcResult retried = post(context, "/novu/webhooks", body, headers(SIGNER, "msg_9", body));

			assertThat(forged.getResponse().getStatus()).isEqualTo(401);
			assertThat(unsigned.getResponse().getStatus()).isEqualTo(400);
			assertThat(List.of(forged, unsigned, thrown)).allSatisfy((result) -> assertThat(
					result.getResponse().getContentAsString()).startsWith("{\"error\":\"").doesNotContain("Exception"));
			assertThat(thrown.getResponse().getStatus()).isEqualTo(500);
			assertThat(retried.getResponse().getStatus()).isEqualTo(200);
			assertThat(retried.getResponse().getContentAsString()).isEqualTo("{\"status\":\"processed\"}");
			assertThat(orders.delivered).containsExactly("order-9");
		});
	}

	@Test
	void inPlainJavaTheSignerSignsWhatTheVerifierAccepts() {
		byte[] body = body("message.delivered", "order-5");
		NovuWebhookVerifier verifier = NovuWebhookVerifier.of(SECRET);

		VerifiedWebhook verified = verifier.verify(body, WebhookHeaders.of(SIGNER.headers(body)));

		assertThat(verified.event()).isInstanceOfSatisfying(NovuMessageEvent.class,
				(event) -> assertThat(event.data().object().transactionId()).isEqualTo("order-5"));
		assertThatExceptionOfType(NovuWebhookVerificationException.class).isThrownBy(() -> verifier.verify(body,
				WebhookHeaders.of(new NovuWebhookSigner(NovuWebhookSigner.generateSecret()).headers(body))));
	}

	/** What the README's listener calls: records delivered transactions, or throws once when asked. */
	static class Orders {

		final List<String> delivered = new CopyOnWriteArrayList<>();

		volatile boolean failNext;

		void markDelivered(String transactionId) {
			if (this.failNext) {
				this.failNext = false;
				throw new IllegalStateException("database down");
			}
			this.delivered.add(transactionId);
		}

	}

	static class ReadmeListener {

		private final Orders orders;

		ReadmeListener(Orders orders) {
			this.orders = orders;
		}

		// README, "Receiving webhooks":
		@EventListener
		void on(NovuMessageEvent event) {
		    if (event.type().equals(WebhookEventType.MESSAGE_DELIVERED)) {
		        orders.markDelivered(event.data().object().transactionId());
		    }
		}

	}

}
