package io.github.novu4j.sample.orders;

import org.jspecify.annotations.Nullable;

/**
 * The optional body of {@code POST /orders/{id}/ship}.
 *
 * @param carrier who carries the parcel; default {@code DHL}
 * @param trackingNumber the carrier's tracking number; made up when absent
 */
public record ShipOrderRequest(@Nullable String carrier, @Nullable String trackingNumber) {

}
