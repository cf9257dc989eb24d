package io.github.novu4j.sample.orders;

import org.jspecify.annotations.Nullable;

/**
 * Who placed an order; {@code id} is also the customer's Novu subscriber id.
 *
 * @param id the customer's id in this shop
 * @param email where email notifications go
 * @param firstName first name, for greetings
 * @param lastName last name
 */
public record Customer(String id, @Nullable String email, @Nullable String firstName, @Nullable String lastName) {

}
