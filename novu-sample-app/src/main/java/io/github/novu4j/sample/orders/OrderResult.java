package io.github.novu4j.sample.orders;

import org.jspecify.annotations.Nullable;

/**
 * What placing or shipping an order answers: the order, and the Novu transaction id of the notification
 * it triggered ({@code null} if Novu could not be reached; the order stands all the same).
 *
 * @param order the order
 * @param transactionId Novu's id of the triggered notification, for its activity feed
 */
public record OrderResult(Order order, @Nullable String transactionId) {

}
