package io.github.novu4j.sample.orders;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /orders}.
 *
 * @param customer who orders
 * @param items what they order; at least one line
 */
public record PlaceOrderRequest(@Nullable Customer customer, @Nullable List<OrderLine> items) {

}
