package io.github.novu4j.client.resilience;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.subscribers.CreateSubscriberRequest;

/**
 * One Novu operation as the fault-injection suite sees it: how to call it on a {@link NovuClient}, the
 * route to stub, and its success answer in Novu's real wire format (WIRE-FORMAT §3). The result of a
 * successful call must show {@code marker} in its {@code toString()}, which proves the body was read.
 * To put another operation under the suite, add one line to {@link #ALL}.
 *
 * @param name the operation name, as in errors and observations
 * @param method the HTTP method
 * @param path the request path (ids filled in)
 * @param successStatus the status Novu answers on success
 * @param successBody Novu's success body
 * @param marker text the parsed result shows
 * @param call calls the operation with per-call options
 */
record NovuOperation(String name, String method, String path, int successStatus, String successBody, String marker,
		BiFunction<NovuClient, RequestOptions, Object> call) {

	private static final TriggerRequest TRIGGER = TriggerRequest.builder("order-shipped")
		.toSubscriber("user-42")
		.payload(Map.of("orderId", 1234))
		.build();

	private static final String TRIGGER_RESULT = "{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"tx-ok\"}";

	private static final String SUBSCRIBER = "{\"data\":{\"_id\":\"6615f3c8a1b2c3d4e5f60718\",\"_organizationId\":\"org-1\","
			+ "\"_environmentId\":\"env-1\",\"subscriberId\":\"user-42\",\"email\":\"ada@example.com\","
			+ "\"firstName\":\"Ada\",\"channels\":[],\"deleted\":false,"
			+ "\"createdAt\":\"2024-12-13T10:00:00.000Z\",\"updatedAt\":\"2024-12-13T10:00:00.000Z\",\"__v\":0}}";

	private static final CreateSubscriberRequest SUBSCRIBER_REQUEST = CreateSubscriberRequest.builder("user-42")
		.email("ada@example.com")
		.firstName("Ada")
		.build();

	/** The operations under the suite. */
	static final List<NovuOperation> ALL = List.of(
			new NovuOperation("events.trigger", "POST", "/v1/events/trigger", 201, "{\"data\":" + TRIGGER_RESULT + "}",
					"tx-ok", (novu, options) -> novu.trigger(TRIGGER, options)),
			new NovuOperation("events.triggerBulk", "POST", "/v1/events/trigger/bulk", 201,
					"{\"data\":[" + TRIGGER_RESULT + "," + TRIGGER_RESULT.replace("tx-ok", "tx-ok-2") + "]}", "tx-ok-2",
					(novu, options) -> novu.triggerBulk(List.of(TRIGGER, TRIGGER), options)),
			new NovuOperation("subscribers.create", "POST", "/v1/subscribers", 201, SUBSCRIBER, "user-42",
					(novu, options) -> novu.subscribers().create(SUBSCRIBER_REQUEST, options)),
			new NovuOperation("subscribers.retrieve", "GET", "/v1/subscribers/user-42", 200, SUBSCRIBER, "user-42",
					(novu, options) -> novu.subscribers().retrieve("user-42", options)));

	/** @return the POST and PATCH operations, which carry an {@code Idempotency-Key} */
	static List<NovuOperation> withIdempotencyKeys() {
		return ALL.stream().filter(NovuOperation::sendsIdempotencyKey).toList();
	}

	boolean sendsIdempotencyKey() {
		return this.method.equals("POST") || this.method.equals("PATCH");
	}

	/** @return a stub matcher for this operation's route */
	MappingBuilder route() {
		return WireMock.request(this.method, WireMock.urlPathEqualTo(this.path));
	}

	@Override
	public String toString() {
		return this.name;
	}

}
