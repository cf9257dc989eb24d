package io.github.novu4j.client.v2.translations;

import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.MultipartBody;
import io.github.novu4j.client.internal.NovuTransport;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/**
 * The master JSON of a locale, every workflow's and layout's strings in one document:
 * {@code novu.v2().translations().master()}. Thread-safe.
 *
 * <p>{@code @novu/api} calls the import {@code translations.master.import}; {@code import} is a Java
 * keyword, so here it is {@link #importJson}.
 */
public class MasterTranslations {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public MasterTranslations(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Exports the master JSON of the organization's default locale ({@code GET /v2/translations/master-json}).
	 * @return the strings of every workflow and layout
	 */
	public MasterJson retrieve() {
		return retrieve(null, RequestOptions.none());
	}

	/**
	 * Exports the master JSON of a locale ({@code GET /v2/translations/master-json?locale=}).
	 * @param locale the locale, e.g. {@code en_US}, or {@code null} for the organization's default
	 * @return the strings of every workflow and layout
	 */
	public MasterJson retrieve(@Nullable String locale) {
		return retrieve(locale, RequestOptions.none());
	}

	/**
	 * Exports the master JSON of a locale ({@code GET /v2/translations/master-json?locale=}).
	 * @param locale the locale, e.g. {@code en_US}, or {@code null} for the organization's default
	 * @param options per-call options
	 * @return the strings of every workflow and layout
	 * @throws IllegalArgumentException if the locale is blank
	 */
	public MasterJson retrieve(@Nullable String locale, RequestOptions options) {
		if (locale != null && locale.isBlank()) {
			throw new IllegalArgumentException("locale must not be blank (pass null for the default locale)");
		}
		return this.transport.call(ApiCall.get("translations.master.retrieve", "/v2/translations/master-json")
			.query("locale", locale)
			.build(), MasterJson.class, options);
	}

	/**
	 * Imports a master JSON for one locale ({@code POST /v2/translations/master-json}; answers 200):
	 * {@code translations.master.import} of {@code @novu/api}.
	 * @param request the locale and the document
	 * @return what was imported and what failed
	 */
	public ImportMasterJsonResult importJson(ImportMasterJsonRequest request) {
		return importJson(request, RequestOptions.none());
	}

	/**
	 * Imports a master JSON for one locale ({@code POST /v2/translations/master-json}).
	 * @param request the locale and the document
	 * @param options per-call options
	 * @return what was imported and what failed
	 */
	public ImportMasterJsonResult importJson(ImportMasterJsonRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("translations.master.import", "/v2/translations/master-json").body(request).build(),
				ImportMasterJsonResult.class, options);
	}

	/**
	 * Uploads a master JSON file as {@code multipart/form-data}
	 * ({@code POST /v2/translations/master-json/upload}); Novu reads the locale from the file name
	 * ({@code en_US.json}). The file is in memory, so the upload is retried like any other POST.
	 * @param file the file
	 * @return what was imported and what failed
	 */
	public ImportMasterJsonResult upload(TranslationFile file) {
		return upload(file, RequestOptions.none());
	}

	/**
	 * Uploads a master JSON file ({@code POST /v2/translations/master-json/upload}).
	 * @param file the file, named after its locale
	 * @param options per-call options
	 * @return what was imported and what failed
	 */
	public ImportMasterJsonResult upload(TranslationFile file, RequestOptions options) {
		Objects.requireNonNull(file, "file");
		MultipartBody body = MultipartBody.builder()
			.file("file", file.fileName(), MediaType.APPLICATION_JSON, file.bytes())
			.build();
		return this.transport.call(ApiCall.post("translations.master.upload", "/v2/translations/master-json/upload").body(body).build(),
				ImportMasterJsonResult.class, options);
	}

}
