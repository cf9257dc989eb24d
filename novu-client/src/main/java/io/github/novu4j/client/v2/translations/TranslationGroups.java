package io.github.novu4j.client.v2.translations;

import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;

/**
 * All translations of one workflow or layout at once: {@code novu.v2().translations().groups()}.
 * Thread-safe.
 */
public class TranslationGroups {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public TranslationGroups(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Retrieves which locales a workflow or layout is translated into
	 * ({@code GET /v2/translations/group/{resourceType}/{resourceId}}).
	 * @param resourceType whether it is a workflow or a layout
	 * @param resourceId the workflow or layout identifier
	 * @return the group
	 */
	public TranslationGroup retrieve(TranslationResourceType resourceType, String resourceId) {
		return retrieve(resourceType, resourceId, RequestOptions.none());
	}

	/**
	 * Retrieves which locales a workflow or layout is translated into
	 * ({@code GET /v2/translations/group/{resourceType}/{resourceId}}).
	 * @param resourceType whether it is a workflow or a layout
	 * @param resourceId the workflow or layout identifier
	 * @param options per-call options
	 * @return the group
	 */
	public TranslationGroup retrieve(TranslationResourceType resourceType, String resourceId, RequestOptions options) {
		return this.transport.call(ApiCall.get("translations.groups.retrieve", "/v2/translations/group/{resourceType}/{resourceId}")
			.path("resourceType", Translations.typeOf(resourceType))
			.path("resourceId", resourceId)
			.build(), TranslationGroup.class, options);
	}

	/**
	 * Deletes every translation of a workflow or layout
	 * ({@code DELETE /v2/translations/{resourceType}/{resourceId}}; 204).
	 * @param resourceType whether it is a workflow or a layout
	 * @param resourceId the workflow or layout identifier
	 */
	public void delete(TranslationResourceType resourceType, String resourceId) {
		delete(resourceType, resourceId, RequestOptions.none());
	}

	/**
	 * Deletes every translation of a workflow or layout
	 * ({@code DELETE /v2/translations/{resourceType}/{resourceId}}; 204).
	 * @param resourceType whether it is a workflow or a layout
	 * @param resourceId the workflow or layout identifier
	 * @param options per-call options
	 */
	public void delete(TranslationResourceType resourceType, String resourceId, RequestOptions options) {
		this.transport.callNoContent(ApiCall.delete("translations.groups.delete", "/v2/translations/{resourceType}/{resourceId}")
			.path("resourceType", Translations.typeOf(resourceType))
			.path("resourceId", resourceId)
			.build(), options);
	}

}
