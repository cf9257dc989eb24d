package io.github.novu4j.client.v2.translations;

import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.MultipartBody;
import io.github.novu4j.client.internal.NovuTransport;
import org.springframework.http.MediaType;

/**
 * Translations of workflows and layouts ({@code /v2/translations}, an enterprise feature of Novu).
 * Obtained from {@code novu.v2().translations()}; thread-safe.
 *
 * <pre>{@code
 * novu.v2().translations().create(CreateTranslationRequest.of(TranslationResourceType.WORKFLOW,
 *         "welcome-email", "fr_FR", Map.of("welcome.title", "Bienvenue")));
 * novu.v2().translations().upload(UploadTranslationsRequest.of(TranslationResourceType.WORKFLOW,
 *         "welcome-email", TranslationFile.of(Path.of("i18n/de_DE.json"))));
 * MasterJson all = novu.v2().translations().master().retrieve("en_US");
 * }</pre>
 */
public class Translations {

	private final NovuTransport transport;

	private final TranslationGroups groups;

	private final MasterTranslations master;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Translations(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
		this.groups = new TranslationGroups(transport);
		this.master = new MasterTranslations(transport);
	}

	/** @return every locale of a workflow or layout at once: retrieve, delete */
	public TranslationGroups groups() {
		return this.groups;
	}

	/** @return the master JSON of a locale (every resource's strings): retrieve, import, upload */
	public MasterTranslations master() {
		return this.master;
	}

	/**
	 * Creates or replaces the translation of a workflow or layout into one locale
	 * ({@code POST /v2/translations}; Novu answers 200, not 201).
	 * @param request the resource, the locale and the strings
	 * @return the stored translation
	 */
	public Translation create(CreateTranslationRequest request) {
		return create(request, RequestOptions.none());
	}

	/**
	 * Creates or replaces the translation of a workflow or layout into one locale
	 * ({@code POST /v2/translations}).
	 * @param request the resource, the locale and the strings
	 * @param options per-call options
	 * @return the stored translation
	 */
	public Translation create(CreateTranslationRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("translations.create", "/v2/translations").body(request).build(),
				Translation.class, options);
	}

	/**
	 * Retrieves one translation ({@code GET /v2/translations/{resourceType}/{resourceId}/{locale}}).
	 * @param resourceType whether it is a workflow or a layout
	 * @param resourceId the workflow or layout identifier
	 * @param locale the locale, e.g. {@code en_US}
	 * @return the translation
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is none
	 */
	public Translation retrieve(TranslationResourceType resourceType, String resourceId, String locale) {
		return retrieve(resourceType, resourceId, locale, RequestOptions.none());
	}

	/**
	 * Retrieves one translation ({@code GET /v2/translations/{resourceType}/{resourceId}/{locale}}).
	 * @param resourceType whether it is a workflow or a layout
	 * @param resourceId the workflow or layout identifier
	 * @param locale the locale, e.g. {@code en_US}
	 * @param options per-call options
	 * @return the translation
	 */
	public Translation retrieve(TranslationResourceType resourceType, String resourceId, String locale,
			RequestOptions options) {
		return this.transport.call(ApiCall.get("translations.retrieve", "/v2/translations/{resourceType}/{resourceId}/{locale}")
			.path("resourceType", typeOf(resourceType))
			.path("resourceId", resourceId)
			.path("locale", locale)
			.build(), Translation.class, options);
	}

	/**
	 * Deletes one translation ({@code DELETE /v2/translations/{resourceType}/{resourceId}/{locale}}; 204).
	 * @param resourceType whether it is a workflow or a layout
	 * @param resourceId the workflow or layout identifier
	 * @param locale the locale, e.g. {@code en_US}
	 */
	public void delete(TranslationResourceType resourceType, String resourceId, String locale) {
		delete(resourceType, resourceId, locale, RequestOptions.none());
	}

	/**
	 * Deletes one translation ({@code DELETE /v2/translations/{resourceType}/{resourceId}/{locale}}; 204).
	 * @param resourceType whether it is a workflow or a layout
	 * @param resourceId the workflow or layout identifier
	 * @param locale the locale, e.g. {@code en_US}
	 * @param options per-call options
	 */
	public void delete(TranslationResourceType resourceType, String resourceId, String locale,
			RequestOptions options) {
		this.transport.callNoContent(ApiCall.delete("translations.delete", "/v2/translations/{resourceType}/{resourceId}/{locale}")
			.path("resourceType", typeOf(resourceType))
			.path("resourceId", resourceId)
			.path("locale", locale)
			.build(), options);
	}

	/**
	 * Uploads translation files of one workflow or layout, one per locale, as
	 * {@code multipart/form-data} ({@code POST /v2/translations/upload}). The files are in memory, so
	 * the upload is retried like any other POST (with its idempotency key).
	 * @param request the resource and the files
	 * @return how many files Novu stored, and why it rejected the others
	 */
	public UploadTranslationsResult upload(UploadTranslationsRequest request) {
		return upload(request, RequestOptions.none());
	}

	/**
	 * Uploads translation files of one workflow or layout ({@code POST /v2/translations/upload}).
	 * @param request the resource and the files
	 * @param options per-call options
	 * @return how many files Novu stored, and why it rejected the others
	 */
	public UploadTranslationsResult upload(UploadTranslationsRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		MultipartBody.Builder body = MultipartBody.builder()
			.text("resourceId", request.resourceId())
			.text("resourceType", request.resourceType().value());
		for (TranslationFile file : request.files()) {
			body.file("files", file.fileName(), MediaType.APPLICATION_JSON, file.bytes());
		}
		return this.transport.call(ApiCall.post("translations.upload", "/v2/translations/upload").body(body.build()).build(),
				UploadTranslationsResult.class, options);
	}

	static String typeOf(TranslationResourceType resourceType) {
		return Objects.requireNonNull(resourceType, "resourceType").value();
	}

}
