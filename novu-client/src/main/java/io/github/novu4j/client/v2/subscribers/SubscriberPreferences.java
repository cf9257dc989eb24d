package io.github.novu4j.client.v2.subscribers;

import java.util.List;
import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import tools.jackson.core.type.TypeReference;

/**
 * A subscriber's preferences in the v2 API ({@code /v2/subscribers/{subscriberId}/preferences}): list
 * them, update the global one or a workflow's, update many workflows at once. Obtained from
 * {@code novu.v2().subscribers().preferences()}; thread-safe.
 *
 * <pre>{@code
 * novu.v2().subscribers().preferences().update("user-42", UpdatePreferencesRequest.builder()
 *     .channels(PreferenceChannels.builder().sms(false).build()).build());
 * }</pre>
 */
public class SubscriberPreferences {

	private static final TypeReference<List<PreferenceResult>> RESULTS = new TypeReference<>() {
	};

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public SubscriberPreferences(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * The global preference and those of the non-critical workflows ({@code GET .../preferences}).
	 * @param subscriberId your id of the subscriber
	 * @return the preferences
	 */
	public Preferences list(String subscriberId) {
		return list(subscriberId, ListPreferencesRequest.none(), RequestOptions.none());
	}

	/**
	 * The preferences of a subscriber ({@code GET .../preferences}).
	 * @param subscriberId your id of the subscriber
	 * @param request which workflows and contexts
	 * @return the preferences
	 */
	public Preferences list(String subscriberId, ListPreferencesRequest request) {
		return list(subscriberId, request, RequestOptions.none());
	}

	/**
	 * The preferences of a subscriber ({@code GET .../preferences}).
	 * @param subscriberId your id of the subscriber
	 * @param request which workflows and contexts
	 * @param options per-call options
	 * @return the preferences
	 */
	public Preferences list(String subscriberId, ListPreferencesRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(
				ApiCall.get("subscribers.preferences.list", "/v2/subscribers/{subscriberId}/preferences")
					.path("subscriberId", subscriberId)
					.query("criticality", request.criticality())
					.query("contextKeys", request.contextKeys())
					.build(),
				Preferences.class, options);
	}

	/**
	 * Updates the global preference, or a workflow's when the request names one
	 * ({@code PATCH .../preferences}).
	 * @param subscriberId your id of the subscriber
	 * @param request the channels or schedule to change
	 * @return the preferences after the change
	 */
	public Preferences update(String subscriberId, UpdatePreferencesRequest request) {
		return update(subscriberId, request, RequestOptions.none());
	}

	/**
	 * Updates the global preference, or a workflow's when the request names one
	 * ({@code PATCH .../preferences}).
	 * @param subscriberId your id of the subscriber
	 * @param request the channels or schedule to change
	 * @param options per-call options
	 * @return the preferences after the change
	 */
	public Preferences update(String subscriberId, UpdatePreferencesRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(
				ApiCall.patch("subscribers.preferences.update", "/v2/subscribers/{subscriberId}/preferences")
					.path("subscriberId", subscriberId)
					.body(request)
					.build(),
				Preferences.class, options);
	}

	/**
	 * Updates the channels of up to 100 workflows at once ({@code PATCH .../preferences/bulk}).
	 * @param subscriberId your id of the subscriber
	 * @param request the workflows and their channels
	 * @return the updated preferences
	 */
	public List<PreferenceResult> bulkUpdate(String subscriberId, BulkUpdatePreferencesRequest request) {
		return bulkUpdate(subscriberId, request, RequestOptions.none());
	}

	/**
	 * Updates the channels of up to 100 workflows at once ({@code PATCH .../preferences/bulk}).
	 * @param subscriberId your id of the subscriber
	 * @param request the workflows and their channels
	 * @param options per-call options
	 * @return the updated preferences
	 */
	public List<PreferenceResult> bulkUpdate(String subscriberId, BulkUpdatePreferencesRequest request,
			RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(
				ApiCall.patch("subscribers.preferences.bulkUpdate", "/v2/subscribers/{subscriberId}/preferences/bulk")
					.path("subscriberId", subscriberId)
					.body(request)
					.build(),
				RESULTS, options);
	}

}
