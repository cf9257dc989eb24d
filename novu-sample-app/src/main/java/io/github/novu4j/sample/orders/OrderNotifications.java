package io.github.novu4j.sample.orders;

import java.util.List;
import java.util.Map;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuException;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.events.Recipient;
import io.github.novu4j.client.events.SubscriberRecipient;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.events.TriggerResult;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells customers about their orders by triggering Novu workflows. The workflows ({@code order-placed},
 * {@code order-shipped}) decide the channels and the wording; this class only says who and what.
 *
 * <p>A notification that fails never fails the order: the failure is logged and the caller gets no
 * transaction id.
 */
@Component
public class OrderNotifications {

	/** The workflow triggered when an order is placed. */
	public static final String ORDER_PLACED = "order-placed";

	/** The workflow triggered when an order is shipped. */
	public static final String ORDER_SHIPPED = "order-shipped";

	private static final Logger logger = LoggerFactory.getLogger(OrderNotifications.class);

	private final NovuClient novu;

	public OrderNotifications(NovuClient novu) {
		this.novu = novu;
	}

	/**
	 * @param order a newly placed order
	 * @return Novu's transaction id, or {@code null} if the notification failed
	 */
	public @Nullable String orderPlaced(Order order) {
		List<Map<String, Object>> items = order.items()
			.stream()
			.map((line) -> Map.<String, Object>of("sku", line.sku(), "quantity", line.quantity(), "unitPrice",
					line.unitPrice()))
			.toList();
		return trigger(ORDER_PLACED, order,
				Map.of("orderId", order.id(), "items", items, "total", order.total(), "currency", "EUR"));
	}

	/**
	 * @param order an order that has just been shipped
	 * @return Novu's transaction id, or {@code null} if the notification failed
	 */
	public @Nullable String orderShipped(Order order) {
		Order.Shipment shipment = order.shipment();
		if (shipment == null) {
			throw new IllegalArgumentException("Order " + order.id() + " has not been shipped");
		}
		return trigger(ORDER_SHIPPED, order, Map.of("orderId", order.id(), "carrier", shipment.carrier(),
				"trackingNumber", shipment.trackingNumber()));
	}

	/**
	 * The transaction id of an order's notification: one per order and workflow, like the idempotency key.
	 * @param workflow the workflow
	 * @param order the order
	 * @return the transaction id
	 */
	public static String transactionId(String workflow, Order order) {
		return workflow + "-" + order.id();
	}

	private @Nullable String trigger(String workflow, Order order, Map<String, Object> payload) {
		Customer customer = order.customer();
		// The customer travels as a full subscriber: Novu creates or updates it, so no separate sign-up call.
		TriggerRequest request = TriggerRequest.builder(workflow)
			// Our own transaction id, known before the call: Novu's message.* webhooks carry it, and one may
			// arrive before this call returns (see OrderNotificationWebhooks).
			.transactionId(transactionId(workflow, order))
			.to(Recipient.subscriber(SubscriberRecipient.builder(customer.id())
				.email(customer.email())
				.firstName(customer.firstName())
				.lastName(customer.lastName())
				.build()))
			.payload(payload)
			.build();
		// One key per order event: if this call is repeated (a retry, a re-submitted request), Novu answers
		// the first trigger's result instead of notifying the customer twice.
		RequestOptions options = RequestOptions.builder().idempotencyKey(workflow + "-" + order.id()).build();
		try {
			TriggerResult result = this.novu.trigger(request, options);
			logger.info("Triggered '{}' for order {} (customer {}): transactionId={}, status={}", workflow, order.id(),
					customer.id(), result.transactionId(), result.status());
			return result.transactionId();
		}
		catch (NovuException ex) {
			logger.warn("Could not trigger '{}' for order {}: {}", workflow, order.id(), ex.getMessage());
			return null;
		}
	}

}
