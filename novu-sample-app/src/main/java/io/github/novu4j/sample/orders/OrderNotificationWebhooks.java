package io.github.novu4j.sample.orders;

import io.github.novu4j.client.webhooks.MessageDeliveryError;
import io.github.novu4j.client.webhooks.NovuMessageEvent;
import io.github.novu4j.client.webhooks.WebhookEventType;
import io.github.novu4j.client.webhooks.WebhookMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens for Novu's {@code message.delivered} and {@code message.failed} webhooks (received, verified and
 * deduplicated by the starter at {@code POST /novu/webhooks}) and records them on the order, where
 * {@code GET /orders/{id}} shows them.
 */
@Component
class OrderNotificationWebhooks {

	private static final Logger logger = LoggerFactory.getLogger(OrderNotificationWebhooks.class);

	private final OrderService orders;

	OrderNotificationWebhooks(OrderService orders) {
		this.orders = orders;
	}

	@EventListener
	void on(NovuMessageEvent event) {
		WebhookMessage message = event.data().object();
		String transactionId = message.transactionId();
		if (transactionId == null) {
			return;
		}
		String workflow = (message.templateIdentifier() != null) ? message.templateIdentifier() : "unknown";
		boolean ours;
		if (event.type().equals(WebhookEventType.MESSAGE_DELIVERED)) {
			ours = this.orders.notificationReported(transactionId, workflow, OrderNotification.Status.DELIVERED, null);
		}
		else if (event.type().equals(WebhookEventType.MESSAGE_FAILED)) {
			MessageDeliveryError error = event.data().error();
			String detail = (error != null && error.message() != null) ? error.message() : message.errorText();
			ours = this.orders.notificationReported(transactionId, workflow, OrderNotification.Status.FAILED, detail);
		}
		else {
			return;
		}
		if (!ours) {
			logger.debug("Novu webhook {} for transaction {} is not about one of our orders", event.type(), transactionId);
		}
	}

}
