package io.github.novu4j.sample.orders;

/**
 * There is no order with the given id.
 */
public class OrderNotFoundException extends RuntimeException {

	public OrderNotFoundException(String orderId) {
		super("No order '" + orderId + "'");
	}

}
