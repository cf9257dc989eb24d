package io.github.novu4j.sample.orders;

import java.util.List;
import java.util.Map;

import io.github.novu4j.test.LocalNovu;
import io.github.novu4j.test.Trigger;
import io.github.novu4j.sample.localnovu.LocalNovuConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample end to end, as its user drives it: HTTP to the running app, which triggers Novu workflows on
 * the local stand-in (no NOVU_API_KEY in this test, so application.yml selects the stand-in).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderApiTests {

	private static final String ORDER = """
			{"customer": {"id": "cust-42", "email": "ada@example.com", "firstName": "Ada", "lastName": "Lovelace"},
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
	void placingAndShippingAnOrderNotifiesTheCustomerThroughNovu() {
		JsonNode placed = this.http.post("/orders", ORDER, HttpStatus.CREATED);
		String orderId = placed.get("order").get("id").asString();
		String placedTransaction = placed.get("transactionId").asString();
		assertThat(placed.get("order").get("status").asString()).isEqualTo("PLACED");
		assertThat(placed.get("order").get("total").decimalValue()).isEqualByComparingTo("28.00");
		assertThat(placedTransaction).isNotBlank();

		JsonNode shipped = this.http.post("/orders/" + orderId + "/ship",
				"{\"carrier\": \"UPS\", \"trackingNumber\": \"1Z999\"}", HttpStatus.OK);
		String shippedTransaction = shipped.get("transactionId").asString();
		assertThat(shippedTransaction).isNotBlank().isNotEqualTo(placedTransaction);
		assertThat(this.http.get("/orders/" + orderId).get("status").asString()).isEqualTo("SHIPPED");

		List<Trigger> triggers = triggersFor(orderId);
		assertThat(triggers).extracting(Trigger::workflow).containsExactly("order-placed", "order-shipped");
		assertThat(triggers).extracting(Trigger::transactionId)
			.containsExactly(placedTransaction, shippedTransaction);
		assertThat(triggers).allSatisfy((trigger) -> {
			assertThat(trigger.to()).singleElement()
				.isEqualTo(Map.of("subscriberId", "cust-42", "email", "ada@example.com", "firstName", "Ada",
						"lastName", "Lovelace"));
			assertThat(trigger.request().header("Authorization"))
				.isEqualTo("ApiKey " + LocalNovuConfiguration.STAND_IN_API_KEY);
			assertThat(trigger.request().header("Idempotency-Key")).isEqualTo(trigger.workflow() + "-" + orderId);
		});
		assertThat(triggers.get(0).payload()).containsEntry("currency", "EUR")
			.containsEntry("total", 28.0)
			.containsEntry("items", List.of(Map.of("sku", "book-1", "quantity", 2, "unitPrice", 12.5),
					Map.of("sku", "pen-7", "quantity", 1, "unitPrice", 3.0)));
		assertThat(triggers.get(1).payload())
			.isEqualTo(Map.of("orderId", orderId, "carrier", "UPS", "trackingNumber", "1Z999"));
	}

	@Test
	void shippingWithoutABodyMakesUpTheShipment() {
		String orderId = this.http.post("/orders", ORDER, HttpStatus.CREATED).get("order").get("id").asString();

		JsonNode shipped = this.http.post("/orders/" + orderId + "/ship", null, HttpStatus.OK);

		assertThat(shipped.get("order").get("shipment").get("carrier").asString()).isEqualTo("DHL");
		assertThat(triggersFor(orderId).get(1).payload().get("trackingNumber"))
			.isEqualTo(shipped.get("order").get("shipment").get("trackingNumber").asString());
	}

	@Test
	void anOrderShipsOnlyOnce() {
		String orderId = this.http.post("/orders", ORDER, HttpStatus.CREATED).get("order").get("id").asString();
		this.http.post("/orders/" + orderId + "/ship", null, HttpStatus.OK);

		JsonNode problem = this.http.post("/orders/" + orderId + "/ship", null, HttpStatus.CONFLICT);

		assertThat(problem.get("detail").asString()).contains("already been shipped");
		assertThat(triggersFor(orderId)).hasSize(2);
	}

	@Test
	void unknownOrdersAreNotFound() {
		this.http.client().get().uri("/orders/ord_missing").exchange().expectStatus().isNotFound();
		this.http.post("/orders/ord_missing/ship", null, HttpStatus.NOT_FOUND);
	}

	@Test
	void invalidOrdersAreRejectedBeforeAnythingIsSent() {
		int before = this.localNovu.requests().size();

		JsonNode problem = this.http.post("/orders", "{\"customer\": {\"id\": \"cust-42\"}, \"items\": []}",
				HttpStatus.BAD_REQUEST);

		assertThat(problem.get("detail").asString()).isEqualTo("An order needs at least one item");
		assertThat(this.localNovu.requests()).hasSize(before);
	}

	@Test
	void actuatorShowsNovuHealthAndTheNovuClientMetrics() {
		this.http.post("/orders", ORDER, HttpStatus.CREATED);

		JsonNode health = this.http.get("/actuator/health");
		assertThat(health.get("status").asString()).isEqualTo("UP");
		JsonNode novu = health.get("components").get("novu");
		assertThat(novu.get("status").asString()).isEqualTo("UP");
		assertThat(novu.get("details").get("environment").asString()).isEqualTo("Local Novu");
		assertThat(novu.get("details").get("environmentId").asString()).isNotBlank();
		assertThat(novu.get("details").get("baseUrl").asString()).isEqualTo(this.localNovu.baseUrl());
		assertThat(novu.get("details").get("latencyMs").asLong()).isNotNegative();
		assertThat(novu.toString()).doesNotContain(LocalNovuConfiguration.STAND_IN_API_KEY);

		// The operation timer, from the application's ObservationRegistry, with low-cardinality tags.
		JsonNode operation = this.http.get("/actuator/metrics/novu.client.operation?tag=operation:events.trigger"
				+ "&tag=outcome:SUCCESS&tag=status:201&tag=method:POST&tag=exception:none");
		assertThat(measurement(operation, "COUNT")).isGreaterThanOrEqualTo(1.0);
		assertThat(operation.get("availableTags").toString()).contains("\"tag\":\"host\"")
			.doesNotContain("ord_", "cust-42");
		// The health check is an operation too (cached, so usually one call).
		JsonNode checks = this.http.get("/actuator/metrics/novu.client.operation?tag=operation:environments.retrieve");
		assertThat(measurement(checks, "COUNT")).isGreaterThanOrEqualTo(1.0);
		// Each attempt is also observed by RestClient, with the URI template.
		JsonNode attempts = this.http.get("/actuator/metrics/http.client.requests?tag=uri:/v1/events/trigger");
		assertThat(measurement(attempts, "COUNT")).isGreaterThanOrEqualTo(1.0);
	}

	private static double measurement(JsonNode metric, String statistic) {
		for (JsonNode measurement : metric.get("measurements")) {
			if (statistic.equals(measurement.get("statistic").asString())) {
				return measurement.get("value").asDouble();
			}
		}
		throw new AssertionError("No " + statistic + " in " + metric);
	}



	private List<Trigger> triggersFor(String orderId) {
		return this.localNovu.triggers()
			.stream()
			.filter((trigger) -> orderId.equals(trigger.payload().get("orderId")))
			.toList();
	}

}
