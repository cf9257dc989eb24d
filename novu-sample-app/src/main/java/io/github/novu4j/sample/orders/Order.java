package io.github.novu4j.sample.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An order. Immutable: shipping makes a new one.
 *
 * @param id the order's id
 * @param customer who placed it
 * @param items what was ordered
 * @param total the sum of the lines, in euros
 * @param status where it is
 * @param placedAt when it was placed
 * @param shipment the shipment, once shipped
 * @param notifications the notifications sent about it, oldest first, with what Novu's webhooks reported
 */
public record Order(String id, Customer customer, List<OrderLine> items, BigDecimal total, OrderStatus status,
		Instant placedAt, @Nullable Shipment shipment, List<OrderNotification> notifications) {

	static Order place(String id, Customer customer, List<OrderLine> items, Instant now) {
		BigDecimal total = items.stream().map(OrderLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Order(id, customer, List.copyOf(items), total, OrderStatus.PLACED, now, null, List.of());
	}

	Order ship(Shipment shipment) {
		return new Order(this.id, this.customer, this.items, this.total, OrderStatus.SHIPPED, this.placedAt, shipment,
				this.notifications);
	}

	Order notified(OrderNotification notification) {
		List<OrderNotification> updated = new java.util.ArrayList<>();
		boolean replaced = false;
		for (OrderNotification existing : this.notifications) {
			if (existing.transactionId().equals(notification.transactionId())) {
				updated.add(notification);
				replaced = true;
			}
			else {
				updated.add(existing);
			}
		}
		if (!replaced) {
			updated.add(notification);
		}
		return new Order(this.id, this.customer, this.items, this.total, this.status, this.placedAt, this.shipment,
				List.copyOf(updated));
	}

	/**
	 * A shipped order's parcel.
	 *
	 * @param carrier who carries it
	 * @param trackingNumber the carrier's tracking number
	 * @param shippedAt when it left
	 */
	public record Shipment(String carrier, String trackingNumber, Instant shippedAt) {

	}

}
