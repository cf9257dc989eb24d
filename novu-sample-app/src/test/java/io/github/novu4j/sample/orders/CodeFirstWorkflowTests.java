package io.github.novu4j.sample.orders;

import java.util.List;

import io.github.novu4j.client.messages.Message;
import io.github.novu4j.test.BridgeExecution;
import io.github.novu4j.test.LocalNovu;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code-first loop offline: the sample on a random port serves its Java workflows ({@link OrderWorkflows}) at
 * {@code /api/novu}; its offline mode synced that bridge to the local Novu at start-up (a signed discover); placing
 * and shipping an order makes the local Novu run each step with signed {@code execute} requests against this
 * application's real endpoint, which checks every signature.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CodeFirstWorkflowTests {

	private static final String ORDER = """
			{"customer": {"id": "cust-7", "email": "grace@example.com", "firstName": "Grace"},
			 "items": [{"sku": "book-1", "quantity": 2, "unitPrice": 12.50},
			           {"sku": "pen-7", "quantity": 1, "unitPrice": 3.00}]}
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
	void theBridgeWasSyncedAtStartUpAndRefusesUnsignedRequests() {
		assertThat(this.localNovu.syncedWorkflows()).containsExactly("order-placed", "order-shipped");
		// The sync's discover succeeded against this strict endpoint, so it was signed; unsigned, it is refused.
		this.http.client().get().uri("/api/novu?action=discover").exchange().expectStatus().isUnauthorized();
		this.http.client().get().uri("/api/novu").exchange().expectStatus().isOk();
	}

	@Test
	void placingAnOrderRendersTheJavaWorkflowInTheInboxAndTheEmail() {
		JsonNode placed = this.http.post("/orders", ORDER, HttpStatus.CREATED);
		String orderId = placed.get("order").get("id").asString();
		String transactionId = placed.get("transactionId").asString();

		List<BridgeExecution> steps = executions(transactionId);
		assertThat(steps).extracting(BridgeExecution::stepId).containsExactly("inbox", "confirmation");
		assertThat(steps).allSatisfy((step) -> {
			assertThat(step.status()).isEqualTo(200);
			assertThat(step.subscriberId()).isEqualTo("cust-7");
		});
		assertThat(steps.get(0).output("subject")).isEqualTo("Order " + orderId + " placed");
		assertThat(steps.get(0).output("body")).isEqualTo("Thanks Grace! We received 3 item(s), 28.00 EUR in total.");
		assertThat(steps.get(1).output("subject")).isEqualTo("Your order " + orderId);
		assertThat(steps.get(1).output("body")).isEqualTo("<p>Hello Grace,</p><p>thank you for your order:</p>"
				+ "<ul><li>2 x book-1 at 12.50 EUR</li><li>1 x pen-7 at 3.00 EUR</li></ul><p>Total: 28.00 EUR</p>");

		List<Message> feed = this.localNovu.client()
			.subscribers()
			.notifications()
			.retrieve("cust-7")
			.firstPage()
			.data()
			.stream()
			.filter((message) -> transactionId.equals(message.transactionId()))
			.toList();
		assertThat(feed).singleElement().satisfies((message) -> {
			assertThat(message.subject()).isEqualTo("Order " + orderId + " placed");
			assertThat(message.content().text()).isEqualTo("Thanks Grace! We received 3 item(s), 28.00 EUR in total.");
			assertThat(message.seen()).isFalse();
		});
	}

	@Test
	void shippingAnOrderRunsTheDigestThenTheEmailReadingIt() {
		String orderId = this.http.post("/orders", ORDER, HttpStatus.CREATED).get("order").get("id").asString();

		String transactionId = this.http.post("/orders/" + orderId + "/ship",
				"{\"carrier\": \"UPS\", \"trackingNumber\": \"1Z999\"}", HttpStatus.OK)
			.get("transactionId")
			.asString();

		List<BridgeExecution> steps = executions(transactionId);
		assertThat(steps).extracting(BridgeExecution::stepType).containsExactly("digest", "email");
		assertThat(steps.get(0).outputs()).containsEntry("amount", 10).containsEntry("unit", "minutes");
		assertThat(steps.get(1).output("subject")).isEqualTo("Your order is on its way");
		assertThat(steps.get(1).output("body"))
			.isEqualTo("<p>Hello Grace,</p><p>shipped:</p><ul><li>" + orderId + ": UPS 1Z999</li></ul>");
	}

	private List<BridgeExecution> executions(String transactionId) {
		return this.localNovu.bridgeExecutions()
			.stream()
			.filter((execution) -> execution.transactionId().equals(transactionId))
			.toList();
	}

}
