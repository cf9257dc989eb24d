package io.github.novu4j.sample.orders;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One notification about an order and what Novu's webhooks said about it.
 *
 * @param workflow the workflow triggered, e.g. {@code order-placed}
 * @param transactionId the trigger's transaction id, which Novu's {@code message.*} webhooks carry
 * @param status where it is
 * @param detail why it failed, for {@link Status#FAILED}
 * @param updatedAt when the status last changed
 */
public record OrderNotification(String workflow, String transactionId, Status status, @Nullable String detail,
		Instant updatedAt) {

	/** Where a notification is. */
	public enum Status {

		/** Novu accepted the trigger; no webhook has arrived yet. */
		TRIGGERED,

		/** Novu reported the message delivered ({@code message.delivered}). */
		DELIVERED,

		/** Novu reported that sending failed ({@code message.failed}). */
		FAILED

	}

	OrderNotification with(Status status, @Nullable String detail, Instant now) {
		return new OrderNotification(this.workflow, this.transactionId, status, detail, now);
	}

}
