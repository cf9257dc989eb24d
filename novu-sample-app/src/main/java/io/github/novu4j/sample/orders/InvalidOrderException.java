package io.github.novu4j.sample.orders;

/**
 * An order request that cannot be placed as it is.
 */
public class InvalidOrderException extends IllegalArgumentException {

	public InvalidOrderException(String message) {
		super(message);
	}

}
