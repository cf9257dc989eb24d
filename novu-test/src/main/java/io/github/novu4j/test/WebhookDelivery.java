package io.github.novu4j.test;

/**
 * A webhook delivery the local Novu posted (see {@link LocalNovu#sendWebhooksTo(java.net.URI, String)}).
 *
 * @param webhookId its {@code webhook-id}, the same on every attempt
 * @param type the event type, e.g. {@code message.delivered}
 * @param transactionId the transaction id of the trigger it is about
 * @param status the HTTP status of the last attempt, 0 if there was no answer
 */
public record WebhookDelivery(String webhookId, String type, String transactionId, int status) {

}
