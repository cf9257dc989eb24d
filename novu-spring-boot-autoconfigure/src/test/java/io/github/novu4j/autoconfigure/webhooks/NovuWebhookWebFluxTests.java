package io.github.novu4j.autoconfigure.webhooks;

import java.util.Map;

import io.github.novu4j.client.webhooks.NovuWebhookSigner;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.SECRET;
import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.SIGNER;
import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.body;
import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.headers;
import static org.assertj.core.api.Assertions.assertThat;

/** The endpoint in a WebFlux application. */
class NovuWebhookWebFluxTests {

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebFluxAutoConfiguration.class, NovuWebhookAutoConfiguration.class))
		.withBean(WebhookTestSupport.RecordingListener.class)
		.withPropertyValues("novu.webhooks.secret=" + SECRET);

	static EntityExchangeResult<String> post(ApplicationContext context, byte[] body, Map<String, String> headers) {
		return WebTestClient.bindToApplicationContext(context)
			.build()
			.post()
			.uri("/novu/webhooks")
			.headers((h) -> headers.forEach(h::add))
			.header("Content-Type", "application/json")
			.bodyValue(body)
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

	@Test
	void verifiesDeduplicatesAndPublishes() {
		this.runner.run((context) -> {
			WebhookTestSupport.RecordingListener listener = context.getBean(WebhookTestSupport.RecordingListener.class);
			byte[] body = body("message.delivered", "order-9");

			EntityExchangeResult<String> first = post(context, body, headers(SIGNER, "msg_w1", body));
			EntityExchangeResult<String> again = post(context, body, headers(SIGNER, "msg_w1", body));

			assertThat(first.getStatus().value()).isEqualTo(200);
			assertThat(first.getResponseBody()).isEqualTo("{\"status\":\"processed\"}");
			assertThat(again.getResponseBody()).isEqualTo("{\"status\":\"duplicate\"}");
			assertThat(listener.messages).singleElement()
				.satisfies((event) -> assertThat(event.data().object().transactionId()).isEqualTo("order-9"));
		});
	}

	@Test
	void rejectsForgedAndIncompleteDeliveries() {
		this.runner.run((context) -> {
			byte[] body = body("message.delivered", "order-9");
			Map<String, String> forged = headers(new NovuWebhookSigner(NovuWebhookSigner.generateSecret()), "msg_w2", body);

			assertThat(post(context, body, forged).getStatus().value()).isEqualTo(401);
			assertThat(post(context, body, Map.of()).getStatus().value()).isEqualTo(400);
			assertThat(post(context, new byte[0], headers(SIGNER, "msg_w3", new byte[0])).getStatus().value())
				.isEqualTo(400);
			assertThat(context.getBean(WebhookTestSupport.RecordingListener.class).all).isEmpty();
		});
	}

	@Test
	void aBodyOverTheCodecLimitIs413NotA500() {
		this.runner.run((context) -> {
			byte[] body = new byte[300 * 1024];
			java.util.Arrays.fill(body, (byte) ' ');

			EntityExchangeResult<String> answer = post(context, body, headers(SIGNER, "msg_big", body));

			assertThat(answer.getStatus().value()).isEqualTo(413);
			assertThat(answer.getResponseBody()).isEqualTo("{\"error\":\"payload_too_large\"}");
		});
	}

	@Test
	void aFailingListenerGives500() {
		this.runner.run((context) -> {
			context.getBean(WebhookTestSupport.RecordingListener.class).failures.set(1);
			byte[] body = body("message.failed", "fail-2");

			EntityExchangeResult<String> failed = post(context, body, headers(SIGNER, "msg_w4", body));

			assertThat(failed.getStatus().value()).isEqualTo(500);
			assertThat(failed.getResponseBody()).isEqualTo("{\"error\":\"listener_failed\"}");
			assertThat(post(context, body, headers(SIGNER, "msg_w4", body)).getStatus().value()).isEqualTo(200);
		});
	}

}
