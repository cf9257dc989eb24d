package io.github.novu4j.sample.orders;

import java.math.BigDecimal;

/**
 * One line of an order.
 *
 * @param sku the product
 * @param quantity how many
 * @param unitPrice the price of one, in euros
 */
public record OrderLine(String sku, int quantity, BigDecimal unitPrice) {

	BigDecimal total() {
		return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
	}

}
