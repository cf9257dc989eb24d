package io.github.novu4j.sample.orders;

/**
 * Where an order is.
 */
public enum OrderStatus {

	/** Placed and paid, waiting to be shipped. */
	PLACED,

	/** Handed to the carrier. */
	SHIPPED

}
