package io.github.novu4j.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.novu4j.client.events.Recipient;
import io.github.novu4j.client.events.TriggerRequest;

/** The trigger requests sent: a typical small one, and one whose JSON body is about 10 kB. */
public enum Payload {

	/** Under 200 bytes of JSON: one subscriber and an order id. */
	SMALL(Map.of("orderId", 1234)),

	/**
	 * About 10.3 kB of JSON (the size at which the community SDK stalls): an order of 80 lines, the kind of
	 * payload a digest or order e-mail carries.
	 */
	LARGE_10KB(order(80));

	private final TriggerRequest request;

	private final Map<String, Object> payload;

	Payload(Map<String, Object> payload) {
		this.payload = payload;
		this.request = TriggerRequest.builder("order-shipped")
			.to(Recipient.subscriber("user-42"))
			.payload(payload)
			.build();
	}

	/** @return the trigger request; immutable, so it can be sent by many threads */
	public TriggerRequest request() {
		return this.request;
	}

	/** @return the trigger's payload, for the benchmarks that build the request themselves */
	public Map<String, Object> payload() {
		return this.payload;
	}

	private static Map<String, Object> order(int lines) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 0; i < lines; i++) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("sku", "SKU-%06d".formatted(i));
			item.put("name", "Stainless steel water bottle, 750 ml, model " + i);
			item.put("quantity", 1 + (i % 3));
			item.put("unitPrice", "19.90");
			item.put("currency", "EUR");
			items.add(item);
		}
		Map<String, Object> order = new LinkedHashMap<>();
		order.put("orderId", 1234);
		order.put("customer", Map.of("name", "Ada Lovelace", "email", "ada@example.com"));
		order.put("items", items);
		return order;
	}

}
