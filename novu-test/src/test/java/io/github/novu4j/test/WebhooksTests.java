package io.github.novu4j.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.events.Recipient;
import io.github.novu4j.client.events.SubscriberRecipient;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.webhooks.NovuMessageEvent;
import io.github.novu4j.client.webhooks.NovuWebhookSigner;
import io.github.novu4j.client.webhooks.NovuWebhookVerifier;
import io.github.novu4j.client.webhooks.VerifiedWebhook;
import io.github.novu4j.client.webhooks.WebhookEventType;
import io.github.novu4j.client.webhooks.WebhookHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local Novu's outbound webhooks ({@link LocalNovu#sendWebhooksTo}): signed as Novu signs them, retried with
 * the same id until answered 2xx, verified here with the client's {@link NovuWebhookVerifier}.
 */
class WebhooksTests {

	private final String secret = NovuWebhookSigner.generateSecret();

	private final List<VerifiedWebhook> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger failFirst = new AtomicInteger();

	private LocalNovu localNovu;

	private HttpServer receiver;

	@BeforeEach
	void start() throws IOException {
		NovuWebhookVerifier verifier = NovuWebhookVerifier.of(this.secret);
		this.receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.receiver.createContext("/hooks", (exchange) -> {
			try (exchange) {
				byte[] body = exchange.getRequestBody().readAllBytes();
				this.received.add(verifier.verify(body, exchange.getRequestHeaders()::getFirst));
				exchange.sendResponseHeaders((this.failFirst.getAndDecrement() > 0) ? 500 : 204, -1);
			}
		});
		this.receiver.start();
		this.localNovu = LocalNovu.start();
		this.localNovu.sendWebhooksTo(
				URI.create("http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/hooks"), this.secret);
	}

	@AfterEach
	void stop() {
		this.localNovu.close();
		this.receiver.stop(0);
	}

	private void trigger(String email) {
		NovuClient novu = this.localNovu.client();
		novu.trigger(TriggerRequest.builder("order-placed")
			.transactionId("tx-1")
			.to(Recipient.subscriber(SubscriberRecipient.builder("cust-1").email(email).build()))
			.build());
	}

	private void awaitDeliveries(int count) throws InterruptedException {
		for (int i = 0; i < 400 && this.localNovu.webhooks().size() < count; i++) {
			Thread.sleep(50);
		}
		assertThat(this.localNovu.webhooks()).hasSize(count);
	}

	@Test
	void aTriggerIsFollowedByASignedSentThenDeliveredWebhookOfTheSameMessage() throws InterruptedException {
		trigger("ada@example.com");
		awaitDeliveries(2);

		assertThat(this.received).hasSize(2);
		assertThat(this.received).extracting((webhook) -> ((NovuMessageEvent) webhook.event()).type())
			.containsExactly(WebhookEventType.MESSAGE_SENT, WebhookEventType.MESSAGE_DELIVERED);
		assertThat(this.received).allSatisfy((webhook) -> {
			NovuMessageEvent event = (NovuMessageEvent) webhook.event();
			assertThat(event.data().object().transactionId()).isEqualTo("tx-1");
			assertThat(event.data().object().recipientId()).isEqualTo("cust-1");
			assertThat(event.data().object().templateIdentifier()).isEqualTo("order-placed");
		});
		assertThat(((NovuMessageEvent) this.received.get(0).event()).data().object().id())
			.isEqualTo(((NovuMessageEvent) this.received.get(1).event()).data().object().id());
		assertThat(this.received.get(0).webhookId()).isNotEqualTo(this.received.get(1).webhookId());
		assertThat(this.localNovu.webhooks()).extracting(WebhookDelivery::type, WebhookDelivery::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("message.sent", 204),
					org.assertj.core.groups.Tuple.tuple("message.delivered", 204));
	}

	@Test
	void anInvalidAddressFailsAndAFailedAnswerIsRetriedWithTheSameId() throws InterruptedException {
		this.failFirst.set(2);
		trigger("nobody@example.invalid");
		awaitDeliveries(1);

		assertThat(this.received).hasSize(3);
		assertThat(this.received).extracting(VerifiedWebhook::webhookId).containsOnly(this.received.get(0).webhookId());
		NovuMessageEvent event = (NovuMessageEvent) this.received.get(2).event();
		assertThat(event.type()).isEqualTo(WebhookEventType.MESSAGE_FAILED);
		assertThat(event.data().error().message()).isEqualTo("Mailbox does not exist");
		assertThat(this.localNovu.webhooks().get(0).status()).isEqualTo(204);
	}

}
