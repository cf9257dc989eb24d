package io.github.novu4j.test;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An event the local Novu accepted (single, bulk item or broadcast).
 *
 * @param workflow the workflow's trigger identifier ({@code name})
 * @param to the recipients as sent, as plain Java values: subscriber id strings, subscriber maps or topic
 * maps ({@code {"type":"Topic","topicKey":..}}); empty for a broadcast
 * @param subscriberIds the subscribers the event reached once topics were expanded, {@code exclude} applied
 * and (for a broadcast) every stored subscriber taken
 * @param payload the payload, empty if none
 * @param transactionId the transaction id the local Novu answered
 * @param broadcast whether it came through the broadcast route
 * @param request the request that carried it
 * @param context the event's {@code context} as {@code type → id}, in the order sent; empty if none
 */
public record Trigger(String workflow, List<Object> to, List<String> subscriberIds, Map<String, @Nullable Object> payload,
		String transactionId, boolean broadcast, ReceivedRequest request, Map<String, String> context) {

	/**
	 * Copies the lists.
	 * @param workflow the workflow
	 * @param to the recipients as sent
	 * @param subscriberIds the subscribers reached
	 * @param payload the payload
	 * @param transactionId the transaction id
	 * @param broadcast whether it was a broadcast
	 * @param request the request
	 * @param context the context
	 */
	public Trigger {
		to = List.copyOf(to);
		subscriberIds = List.copyOf(subscriberIds);
		context = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(context));
	}

	/**
	 * An event without a context.
	 * @param workflow the workflow
	 * @param to the recipients as sent
	 * @param subscriberIds the subscribers reached
	 * @param payload the payload
	 * @param transactionId the transaction id
	 * @param broadcast whether it was a broadcast
	 * @param request the request
	 */
	public Trigger(String workflow, List<Object> to, List<String> subscriberIds, Map<String, @Nullable Object> payload,
			String transactionId, boolean broadcast, ReceivedRequest request) {
		this(workflow, to, subscriberIds, payload, transactionId, broadcast, request, Map.of());
	}

}
