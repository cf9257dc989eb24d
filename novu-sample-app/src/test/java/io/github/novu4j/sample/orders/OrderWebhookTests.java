package io.github.novu4j.sample.orders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

import io.github.novu4j.client.webhooks.NovuWebhookSigner;
import io.github.novu4j.test.LocalNovu;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole loop offline: an order triggers a workflow on the local stand-in, the stand-in posts signed
 * {@code message.sent} and {@code message.delivered} (or {@code message.failed}) webhooks back to
 * {@code POST /novu/webhooks}, the starter verifies them and the app records the outcome on the order, visible
 * in {@code GET /orders/{id}}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderWebhookTests {

	private static final String ORDER = """
			{"customer": {"id": "cust-7", "email": "%s", "firstName": "Grace"},
			 "items": [{"sku": "book-1", "quantity": 1, "unitPrice": 12.50}]}
			""";

	@LocalServerPort
	private int port;

	@Autowired
	private LocalNovu localNovu;

	private SampleHttp http;

	@BeforeEach
	void setUp() {
		this.http = new SampleHttp(this.port);
	}

	@Test
	void aDeliveredWebhookMarksTheOrdersNotificationDelivered() throws InterruptedException {
		JsonNode placed = this.http.post("/orders", ORDER.formatted("grace@example.com"), HttpStatus.CREATED);
		String orderId = placed.get("order").get("id").asString();
		String transactionId = placed.get("transactionId").asString();
		assertThat(transactionId).isEqualTo("order-placed-" + orderId);

		JsonNode order = awaitOrder(orderId, (o) -> "DELIVERED".equals(status(o, 0)));

		JsonNode notification = order.get("notifications").get(0);
		assertThat(notification.get("workflow").asString()).isEqualTo("order-placed");
		assertThat(notification.get("transactionId").asString()).isEqualTo(transactionId);
		// The local Novu posts message.sent, then message.delivered (the listener acts on the latter).
		assertThat(this.localNovu.webhooks()).filteredOn((w) -> w.transactionId().equals(transactionId))
			.extracting((w) -> w.type() + " " + w.status())
			.containsExactly("message.sent 200", "message.delivered 200");

		this.http.post("/orders/" + orderId + "/ship", null, HttpStatus.OK);
		JsonNode shipped = awaitOrder(orderId, (o) -> "DELIVERED".equals(status(o, 1)));
		assertThat(shipped.get("notifications").get(1).get("workflow").asString()).isEqualTo("order-shipped");
	}

	@Test
	void aFailedWebhookMarksTheNotificationFailedWithTheReason() throws InterruptedException {
		String orderId = this.http.post("/orders", ORDER.formatted("nobody@example.invalid"), HttpStatus.CREATED).get("order")
			.get("id")
			.asString();

		JsonNode order = awaitOrder(orderId, (o) -> "FAILED".equals(status(o, 0)));

		assertThat(order.get("notifications").get(0).get("detail").asString()).isEqualTo("Mailbox does not exist");
	}

	@Test
	void aForgedWebhookIsRejectedAndChangesNothing() throws InterruptedException {
		String orderId = this.http.post("/orders", ORDER.formatted("grace@example.com"), HttpStatus.CREATED).get("order")
			.get("id")
			.asString();
		awaitOrder(orderId, (o) -> "DELIVERED".equals(status(o, 0)));
		byte[] forged = ("{\"id\":\"evt_x\",\"type\":\"message.failed\",\"object\":\"message\",\"data\":{\"object\":"
				+ "{\"transactionId\":\"order-placed-" + orderId + "\"},\"error\":{\"message\":\"forged\"}}}")
			.getBytes(StandardCharsets.UTF_8);
		NovuWebhookSigner wrongSecret = new NovuWebhookSigner(NovuWebhookSigner.generateSecret());

		RestTestClient.RequestBodySpec request = this.http.client().post().uri("/novu/webhooks");
		wrongSecret.headers(forged).forEach(request::header);
		request.contentType(MediaType.APPLICATION_JSON).body(forged).exchange().expectStatus().isUnauthorized();

		assertThat(status(this.http.get("/orders/" + orderId), 0)).isEqualTo("DELIVERED");
	}

	private static String status(JsonNode order, int index) {
		JsonNode notifications = order.get("notifications");
		return (notifications != null && notifications.size() > index) ? notifications.get(index).get("status").asString()
				: null;
	}

	private JsonNode awaitOrder(String orderId, Predicate<JsonNode> condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		JsonNode order = this.http.get("/orders/" + orderId);
		while (!condition.test(order) && System.nanoTime() < deadline) {
			Thread.sleep(50);
			order = this.http.get("/orders/" + orderId);
		}
		assertThat(condition).as("order %s never reached the expected state: %s", orderId, order).accepts(order);
		return order;
	}

}
