package io.github.novu4j.sample.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Places and ships orders (kept in memory) and notifies the customer of each step.
 */
@Service
public class OrderService {

	private final Map<String, Order> orders = new ConcurrentHashMap<>();

	private final Map<String, String> orderByTransaction = new ConcurrentHashMap<>();

	private final OrderNotifications notifications;

	public OrderService(OrderNotifications notifications) {
		this.notifications = notifications;
	}

	/**
	 * Places an order and notifies the customer.
	 * @param request the customer and the items
	 * @return the order and the notification's transaction id
	 * @throws InvalidOrderException if the customer or the items are missing or invalid
	 */
	public OrderResult place(PlaceOrderRequest request) {
		Customer customer = request.customer();
		if (customer == null || !StringUtils.hasText(customer.id())) {
			throw new InvalidOrderException("An order needs a customer with an id");
		}
		List<OrderLine> items = (request.items() != null) ? request.items() : List.of();
		if (items.isEmpty()) {
			throw new InvalidOrderException("An order needs at least one item");
		}
		for (OrderLine line : items) {
			if (!StringUtils.hasText(line.sku()) || line.quantity() < 1 || line.unitPrice() == null
					|| line.unitPrice().compareTo(BigDecimal.ZERO) < 0) {
				throw new InvalidOrderException("Every item needs a sku, a quantity of at least 1 and a price: "
						+ line);
			}
		}
		// Random ids: order ids must never repeat across restarts, because they are part of the Novu
		// idempotency keys, which Novu remembers for 24 hours.
		Order order = Order.place("ord_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12),
				customer, items, Instant.now());
		this.orders.put(order.id(), order);
		String transactionId = this.notifications.orderPlaced(order);
		return new OrderResult(triggered(order.id(), OrderNotifications.ORDER_PLACED, transactionId), transactionId);
	}

	/**
	 * Ships an order and notifies the customer.
	 * @param orderId the order
	 * @param request the carrier and tracking number, or {@code null} for defaults
	 * @return the shipped order and the notification's transaction id
	 * @throws OrderNotFoundException if there is no such order
	 * @throws OrderAlreadyShippedException if the order has already been shipped
	 */
	public OrderResult ship(String orderId, @Nullable ShipOrderRequest request) {
		String carrier = (request != null && StringUtils.hasText(request.carrier())) ? request.carrier() : "DHL";
		String trackingNumber = (request != null && StringUtils.hasText(request.trackingNumber()))
				? request.trackingNumber() : madeUpTrackingNumber();
		Order.Shipment shipment = new Order.Shipment(carrier, trackingNumber, Instant.now());
		Order shipped = this.orders.compute(orderId, (id, order) -> {
			if (order == null) {
				throw new OrderNotFoundException(orderId);
			}
			if (order.status() == OrderStatus.SHIPPED) {
				throw new OrderAlreadyShippedException(orderId);
			}
			return order.ship(shipment);
		});
		String transactionId = this.notifications.orderShipped(shipped);
		return new OrderResult(triggered(orderId, OrderNotifications.ORDER_SHIPPED, transactionId), transactionId);
	}

	/** Records a triggered notification, unless a webhook about it was faster. */
	private Order triggered(String orderId, String workflow, @Nullable String transactionId) {
		if (transactionId == null) {
			return get(orderId);
		}
		this.orderByTransaction.put(transactionId, orderId);
		return this.orders.compute(orderId, (id, order) -> {
			boolean known = order.notifications().stream().anyMatch((n) -> n.transactionId().equals(transactionId));
			return known ? order : order.notified(new OrderNotification(workflow, transactionId,
					OrderNotification.Status.TRIGGERED, null, Instant.now()));
		});
	}

	/**
	 * Records what Novu reported about a notification (from its webhooks).
	 * @param transactionId the notification's transaction id
	 * @param workflow the workflow, as the webhook names it
	 * @param status the new status
	 * @param detail why it failed, or {@code null}
	 * @return whether the transaction belongs to one of our orders
	 */
	public boolean notificationReported(String transactionId, String workflow, OrderNotification.Status status,
			@Nullable String detail) {
		String orderId = this.orderByTransaction.get(transactionId);
		if (orderId == null) {
			orderId = orderIdOf(transactionId);
		}
		if (orderId == null || !this.orders.containsKey(orderId)) {
			return false;
		}
		this.orderByTransaction.put(transactionId, orderId);
		this.orders.computeIfPresent(orderId,
				(id, order) -> order.notified(new OrderNotification(workflow, transactionId, status, detail, Instant.now())));
		return true;
	}

	/** Our transaction ids are {@code <workflow>-<orderId>}, so a webhook that beats the trigger's answer still finds its order. */
	private static @Nullable String orderIdOf(String transactionId) {
		int start = transactionId.indexOf("-ord_");
		return (start < 0) ? null : transactionId.substring(start + 1);
	}

	private static String madeUpTrackingNumber() {
		return "JD" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L);
	}

	/**
	 * @param orderId the order
	 * @return the order
	 * @throws OrderNotFoundException if there is no such order
	 */
	public Order get(String orderId) {
		Order order = this.orders.get(orderId);
		if (order == null) {
			throw new OrderNotFoundException(orderId);
		}
		return order;
	}

}
