package io.github.novu4j.sample.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

import io.github.novu4j.framework.DurationUnit;
import io.github.novu4j.framework.JsonType;
import io.github.novu4j.framework.Outputs;
import io.github.novu4j.framework.Results;
import io.github.novu4j.framework.Workflow;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The order notifications' content, as Java code (Novu Framework, code-first): the starter serves these
 * {@link Workflow} beans at {@code /api/novu}, Novu discovers them when the bridge is synced and calls the bridge to
 * render each step when {@link OrderNotifications} triggers a workflow. The payload records match what
 * {@link OrderNotifications} sends; control values are Liquid templates, which Novu's dashboard may override.
 */
@Configuration(proxyBeanMethods = false)
public class OrderWorkflows {

	/**
	 * The payload of {@code order-placed}.
	 *
	 * @param orderId the order
	 * @param items what was ordered
	 * @param total the sum of the lines
	 * @param currency the currency of the prices
	 */
	public record OrderPlaced(String orderId, List<Item> items, BigDecimal total, String currency) {
	}

	/**
	 * One line of {@link OrderPlaced}.
	 *
	 * @param sku the product
	 * @param quantity how many
	 * @param unitPrice the price of one
	 */
	public record Item(String sku, int quantity, BigDecimal unitPrice) {
	}

	/**
	 * The payload of {@code order-shipped}.
	 *
	 * @param orderId the order
	 * @param carrier who carries it
	 * @param trackingNumber the carrier's tracking number
	 */
	public record OrderShipped(String orderId, String carrier, String trackingNumber) {
	}

	/**
	 * A message with a title and an opening line, both Liquid templates.
	 *
	 * @param subject the title
	 * @param greeting the first line
	 */
	public record MessageControls(String subject, String greeting) {
	}

	/**
	 * How long shipping notices are collected before one email goes out.
	 *
	 * @param minutes the digest window
	 */
	public record DigestControls(int minutes) {
	}

	/**
	 * {@code order-placed}: an Inbox notification, then a confirmation email listing the items.
	 * @return the workflow
	 */
	@Bean
	public Workflow<OrderPlaced> orderPlacedWorkflow() {
		return Workflow.builder(OrderNotifications.ORDER_PLACED, OrderPlaced.class)
			.name("Order placed")
			.tags("orders")
			.inApp("inbox", JsonType.withDefaults(new MessageControls("Order {{ payload.orderId }} placed",
					"Thanks {{ subscriber.firstName }}!")),
					(ctx) -> new Outputs.InApp(ctx.controls().subject(), ctx.controls().greeting() + " We received "
							+ itemCount(ctx.payload()) + " item(s), " + money(ctx.payload().total(), ctx.payload().currency())
							+ " in total."))
			.email("confirmation", JsonType.withDefaults(new MessageControls("Your order {{ payload.orderId }}",
					"Hello {{ subscriber.firstName }},")),
					(ctx) -> new Outputs.Email(ctx.controls().subject(), "<p>" + ctx.controls().greeting()
							+ "</p><p>thank you for your order:</p><ul>" + ctx.payload()
								.items()
								.stream()
								.map((item) -> "<li>" + item.quantity() + " x " + item.sku() + " at "
										+ money(item.unitPrice(), ctx.payload().currency()) + "</li>")
								.collect(Collectors.joining())
							+ "</ul><p>Total: " + money(ctx.payload().total(), ctx.payload().currency()) + "</p>"))
			.build();
	}

	/**
	 * {@code order-shipped}: shipping notices are digested for ten minutes, then one email lists every parcel.
	 * @return the workflow
	 */
	@Bean
	public Workflow<OrderShipped> orderShippedWorkflow() {
		return Workflow.builder(OrderNotifications.ORDER_SHIPPED, OrderShipped.class)
			.name("Order shipped")
			.tags("orders")
			.digest("batch", JsonType.withDefaults(new DigestControls(10)),
					(ctx) -> new Outputs.Digest(ctx.controls().minutes(), DurationUnit.MINUTES))
			.email("shipped", JsonType.withDefaults(new MessageControls("Your order is on its way",
					"Hello {{ subscriber.firstName }},")), (ctx) -> {
						Results.Digest batch = ctx.step("batch", Results.Digest.class);
						String parcels = batch.events()
							.stream()
							.map((event) -> "<li>" + event.payload().get("orderId") + ": " + event.payload().get("carrier")
									+ " " + event.payload().get("trackingNumber") + "</li>")
							.collect(Collectors.joining());
						String subject = (batch.eventCount() == 1) ? ctx.controls().subject()
								: batch.eventCount() + " orders are on their way";
						return new Outputs.Email(subject,
								"<p>" + ctx.controls().greeting() + "</p><p>shipped:</p><ul>" + parcels + "</ul>");
					})
			.build();
	}

	private static int itemCount(OrderPlaced order) {
		return order.items().stream().mapToInt(Item::quantity).sum();
	}

	private static String money(BigDecimal amount, String currency) {
		return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + currency;
	}

}
