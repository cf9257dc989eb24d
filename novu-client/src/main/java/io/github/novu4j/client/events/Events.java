package io.github.novu4j.client.events;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import tools.jackson.core.type.TypeReference;

/**
 * The event operations; exposed as {@code trigger}, {@code triggerBulk}, {@code triggerBroadcast} and
 * {@code cancel} on {@code NovuClient}, as in Novu's TypeScript SDK.
 */
public class Events {

	/** Most events Novu accepts in one bulk trigger. */
	public static final int MAX_BULK_EVENTS = 100;

	private static final TypeReference<List<TriggerResult>> RESULTS = new TypeReference<>() {
	};

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Events(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * {@code POST /v1/events/trigger}.
	 * @param request the event
	 * @return Novu's acknowledgement
	 */
	public TriggerResult trigger(TriggerRequest request) {
		return trigger(request, RequestOptions.none());
	}

	/**
	 * {@code POST /v1/events/trigger}.
	 * @param request the event
	 * @param options per-call options
	 * @return Novu's acknowledgement
	 */
	public TriggerResult trigger(TriggerRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("events.trigger", "/v1/events/trigger").body(request).build(),
				TriggerResult.class, options);
	}

	/**
	 * {@code POST /v1/events/trigger/bulk}.
	 * @param events 1 to 100 events, each with a payload
	 * @return one result per event, in order
	 */
	public List<TriggerResult> triggerBulk(List<TriggerRequest> events) {
		return triggerBulk(events, RequestOptions.none());
	}

	/**
	 * {@code POST /v1/events/trigger/bulk}.
	 * @param events 1 to 100 events, each with a payload
	 * @param options per-call options
	 * @return one result per event, in order
	 */
	public List<TriggerResult> triggerBulk(List<TriggerRequest> events, RequestOptions options) {
		Objects.requireNonNull(events, "events");
		if (events.isEmpty() || events.size() > MAX_BULK_EVENTS) {
			throw new IllegalArgumentException(
					"triggerBulk takes 1 to " + MAX_BULK_EVENTS + " events, got " + events.size());
		}
		for (int i = 0; i < events.size(); i++) {
			TriggerRequest event = Objects.requireNonNull(events.get(i), "events[" + i + "]");
			if (event.payload() == null) {
				throw new IllegalArgumentException("triggerBulk: events[" + i + "] ('" + event.name()
						+ "') has no payload; Novu fails bulk events without one (use an empty map)");
			}
		}
		return this.transport.call(ApiCall.post("events.triggerBulk", "/v1/events/trigger/bulk")
			.body(new BulkTriggerBody(List.copyOf(events)))
			.build(), RESULTS, options);
	}

	/**
	 * {@code POST /v1/events/trigger/broadcast}.
	 * @param request the event, with a payload
	 * @return Novu's acknowledgement
	 */
	public TriggerResult triggerBroadcast(BroadcastRequest request) {
		return triggerBroadcast(request, RequestOptions.none());
	}

	/**
	 * {@code POST /v1/events/trigger/broadcast}.
	 * @param request the event, with a payload
	 * @param options per-call options
	 * @return Novu's acknowledgement
	 */
	public TriggerResult triggerBroadcast(BroadcastRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(
				ApiCall.post("events.triggerBroadcast", "/v1/events/trigger/broadcast").body(request).build(),
				TriggerResult.class, options);
	}

	/**
	 * {@code DELETE /v1/events/trigger/{transactionId}}.
	 * @param transactionId the trigger's transaction id
	 * @return whether a pending event was cancelled
	 */
	public boolean cancel(String transactionId) {
		return cancel(transactionId, RequestOptions.none());
	}

	/**
	 * {@code DELETE /v1/events/trigger/{transactionId}}.
	 * @param transactionId the trigger's transaction id
	 * @param options per-call options
	 * @return whether a pending event was cancelled
	 */
	public boolean cancel(String transactionId, RequestOptions options) {
		return this.transport.call(ApiCall.delete("events.cancel", "/v1/events/trigger/{transactionId}")
			.path("transactionId", transactionId)
			.build(), Boolean.class, options);
	}

	private record BulkTriggerBody(@JsonProperty("events") List<TriggerRequest> events) {
	}

}
