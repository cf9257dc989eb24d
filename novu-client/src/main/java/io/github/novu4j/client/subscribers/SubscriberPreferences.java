package io.github.novu4j.client.subscribers;

import java.util.List;
import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import io.github.novu4j.client.internal.PathSegments;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * A subscriber's notification preferences ({@code novu.subscribers().preferences()}): global, and per
 * workflow. Thread-safe.
 *
 * <pre>{@code
 * List<SubscriberPreference> all = novu.subscribers().preferences().list("user-42");
 * novu.subscribers().preferences().update("user-42", all.get(0).template().id(),
 *     UpdatePreferenceRequest.channel(ChannelType.EMAIL, false));
 * }</pre>
 */
public class SubscriberPreferences {

	private static final TypeReference<List<SubscriberPreference>> PREFERENCES = new TypeReference<>() {
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
	 * {@code GET /v1/subscribers/{subscriberId}/preferences}: the subscriber's preference for every
	 * workflow.
	 * @param subscriberId your id of the subscriber
	 * @return one entry per workflow
	 */
	public List<SubscriberPreference> list(String subscriberId) {
		return list(subscriberId, null, RequestOptions.none());
	}

	/**
	 * {@code GET /v1/subscribers/{subscriberId}/preferences}.
	 * @param subscriberId your id of the subscriber
	 * @param options per-call options
	 * @return one entry per workflow
	 */
	public List<SubscriberPreference> list(String subscriberId, RequestOptions options) {
		return list(subscriberId, null, options);
	}

	/**
	 * {@code GET /v1/subscribers/{subscriberId}/preferences}.
	 * @param subscriberId your id of the subscriber
	 * @param includeInactiveChannels whether to include channels the workflow has no active step for,
	 * or {@code null} for Novu's default
	 * @return one entry per workflow
	 */
	public List<SubscriberPreference> list(String subscriberId, @Nullable Boolean includeInactiveChannels) {
		return list(subscriberId, includeInactiveChannels, RequestOptions.none());
	}

	/**
	 * {@code GET /v1/subscribers/{subscriberId}/preferences}.
	 * @param subscriberId your id of the subscriber
	 * @param includeInactiveChannels whether to include channels the workflow has no active step for,
	 * or {@code null} for Novu's default
	 * @param options per-call options
	 * @return one entry per workflow
	 */
	public List<SubscriberPreference> list(String subscriberId, @Nullable Boolean includeInactiveChannels,
			RequestOptions options) {
		return this.transport.call(ApiCall.get("subscribers.preferences.list", "/v1/subscribers/{subscriberId}/preferences")
			.path("subscriberId", subscriberId)
			.query("includeInactiveChannels", includeInactiveChannels)
			.build(), PREFERENCES, options);
	}

	/**
	 * {@code PATCH /v1/subscribers/{subscriberId}/preferences}: changes the global preference.
	 * @param subscriberId your id of the subscriber
	 * @param request what to change
	 * @return the global preference (Novu sends no workflow with it)
	 */
	public SubscriberPreference updateGlobal(String subscriberId, UpdateGlobalPreferencesRequest request) {
		return updateGlobal(subscriberId, request, RequestOptions.none());
	}

	/**
	 * {@code PATCH /v1/subscribers/{subscriberId}/preferences}.
	 * @param subscriberId your id of the subscriber
	 * @param request what to change
	 * @param options per-call options
	 * @return the global preference (Novu sends no workflow with it)
	 */
	public SubscriberPreference updateGlobal(String subscriberId, UpdateGlobalPreferencesRequest request,
			RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall
			.patch("subscribers.preferences.updateGlobal", "/v1/subscribers/{subscriberId}/preferences")
			.path("subscriberId", subscriberId)
			.body(request)
			.build(), SubscriberPreference.class, options);
	}

	/**
	 * {@code GET /v1/subscribers/{subscriberId}/preferences/{parameter}}: the global preference (a list
	 * of one entry without workflow) or the per-workflow ones.
	 * @param subscriberId your id of the subscriber
	 * @param level {@link PreferenceLevel#GLOBAL} or {@link PreferenceLevel#TEMPLATE}
	 * @return the preferences at that level
	 */
	public List<SubscriberPreference> retrieveByLevel(String subscriberId, PreferenceLevel level) {
		return retrieveByLevel(subscriberId, level, null, RequestOptions.none());
	}

	/**
	 * {@code GET /v1/subscribers/{subscriberId}/preferences/{parameter}}.
	 * @param subscriberId your id of the subscriber
	 * @param level {@link PreferenceLevel#GLOBAL} or {@link PreferenceLevel#TEMPLATE}
	 * @param options per-call options
	 * @return the preferences at that level
	 */
	public List<SubscriberPreference> retrieveByLevel(String subscriberId, PreferenceLevel level,
			RequestOptions options) {
		return retrieveByLevel(subscriberId, level, null, options);
	}

	/**
	 * {@code GET /v1/subscribers/{subscriberId}/preferences/{parameter}}.
	 * @param subscriberId your id of the subscriber
	 * @param level {@link PreferenceLevel#GLOBAL} or {@link PreferenceLevel#TEMPLATE}
	 * @param includeInactiveChannels whether to include channels without an active step, or
	 * {@code null} for Novu's default
	 * @return the preferences at that level
	 */
	public List<SubscriberPreference> retrieveByLevel(String subscriberId, PreferenceLevel level, @Nullable Boolean includeInactiveChannels) {
		return retrieveByLevel(subscriberId, level, includeInactiveChannels, RequestOptions.none());
	}

	/**
	 * {@code GET /v1/subscribers/{subscriberId}/preferences/{parameter}}.
	 * @param subscriberId your id of the subscriber
	 * @param level {@link PreferenceLevel#GLOBAL} or {@link PreferenceLevel#TEMPLATE}
	 * @param includeInactiveChannels whether to include channels without an active step, or
	 * {@code null} for Novu's default
	 * @param options per-call options
	 * @return the preferences at that level
	 */
	public List<SubscriberPreference> retrieveByLevel(String subscriberId, PreferenceLevel level,
			@Nullable Boolean includeInactiveChannels, RequestOptions options) {
		Objects.requireNonNull(level, "level");
		return this.transport.call(ApiCall
			.get("subscribers.preferences.retrieveByLevel", "/v1/subscribers/{subscriberId}/preferences/{parameter}")
			.path("subscriberId", subscriberId)
			.path("parameter", level.value())
			.query("includeInactiveChannels", includeInactiveChannels)
			.build(), PREFERENCES, options);
	}

	/**
	 * {@code PATCH /v1/subscribers/{subscriberId}/preferences/{parameter}}: changes the preference for
	 * one workflow. Novu answers 404 {@code Workflow not found} for an unknown id.
	 * @param subscriberId your id of the subscriber
	 * @param workflowId the workflow's id ({@link PreferenceWorkflow#id()}, the {@code parameter})
	 * @param request what to change
	 * @return the preference with its workflow
	 */
	public SubscriberPreference update(String subscriberId, String workflowId, UpdatePreferenceRequest request) {
		return update(subscriberId, workflowId, request, RequestOptions.none());
	}

	/**
	 * {@code PATCH /v1/subscribers/{subscriberId}/preferences/{parameter}}.
	 * @param subscriberId your id of the subscriber
	 * @param workflowId the workflow's id (the {@code parameter})
	 * @param request what to change
	 * @param options per-call options
	 * @return the preference with its workflow
	 */
	public SubscriberPreference update(String subscriberId, String workflowId, UpdatePreferenceRequest request,
			RequestOptions options) {
		Objects.requireNonNull(request, "request");
		PathSegments.requireId(workflowId, "workflowId");
		return this.transport.call(ApiCall
			.patch("subscribers.preferences.update", "/v1/subscribers/{subscriberId}/preferences/{parameter}")
			.path("subscriberId", subscriberId)
			.path("parameter", workflowId)
			.body(request)
			.build(), SubscriberPreference.class, options);
	}

}
