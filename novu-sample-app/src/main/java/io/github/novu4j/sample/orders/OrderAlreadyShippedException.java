package io.github.novu4j.sample.orders;

/**
 * An order cannot be shipped twice.
 */
public class OrderAlreadyShippedException extends IllegalStateException {

	public OrderAlreadyShippedException(String orderId) {
		super("Order '" + orderId + "' has already been shipped");
	}

}
