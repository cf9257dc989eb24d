package io.github.novu4j.sample.orders;

import java.math.BigDecimal;
import java.util.List;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.test.LocalNovu;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OrderServiceTests {

	private static final Customer ADA = new Customer("cust-42", "ada@example.com", "Ada", null);

	@Test
	void anOrderStandsWhenNovuCannotBeReached() {
		String deadUrl;
		try (LocalNovu stopped = LocalNovu.start()) {
			deadUrl = stopped.baseUrl();
		}
		NovuClient unreachable = NovuClient.builder()
			.apiKey("nv-test-key")
			.baseUrl(deadUrl)
			.retry(RetrySettings.disabled())
			.build();
		OrderService orders = new OrderService(new OrderNotifications(unreachable));

		OrderResult result = orders
			.place(new PlaceOrderRequest(ADA, List.of(new OrderLine("book-1", 1, BigDecimal.TEN))));

		assertThat(result.transactionId()).isNull();
		assertThat(orders.get(result.order().id()).status()).isEqualTo(OrderStatus.PLACED);
	}

	@Test
	void invalidOrdersAreRejectedWithTheReason() {
		try (LocalNovu localNovu = LocalNovu.start()) {
			OrderService orders = new OrderService(new OrderNotifications(
					NovuClient.builder().apiKey(localNovu.apiKey()).baseUrl(localNovu.baseUrl()).build()));

			assertThatExceptionOfType(InvalidOrderException.class)
				.isThrownBy(() -> orders.place(new PlaceOrderRequest(null, List.of())))
				.withMessage("An order needs a customer with an id");
			assertThatExceptionOfType(InvalidOrderException.class)
				.isThrownBy(() -> orders.place(new PlaceOrderRequest(ADA,
						List.of(new OrderLine("book-1", 0, BigDecimal.TEN)))))
				.withMessageStartingWith("Every item needs a sku, a quantity of at least 1 and a price");
			assertThat(localNovu.requests()).isEmpty();
		}
	}

}
