package io.github.novu4j.client.v2.translations;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * What a translation file upload did ({@code UploadTranslationsResponseDto}). A file Novu rejects (bad
 * JSON, a name that is not a locale) is counted in {@link #failedUploads()} and explained in
 * {@link #errors()}; the call itself still succeeds.
 *
 * @param totalFiles how many files were sent
 * @param successfulUploads how many were stored
 * @param failedUploads how many were rejected
 * @param errors why, one message per rejected file, e.g. {@code Invalid JSON in file: es-ES.json}
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UploadTranslationsResult(@JsonProperty("totalFiles") @Nullable Integer totalFiles,
		@JsonProperty("successfulUploads") @Nullable Integer successfulUploads,
		@JsonProperty("failedUploads") @Nullable Integer failedUploads,
		@JsonProperty("errors") @Nullable List<String> errors,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Normalises {@code additionalProperties}.
	 * @param totalFiles how many files were sent
	 * @param successfulUploads how many were stored
	 * @param failedUploads how many were rejected
	 * @param errors why, one message per rejected file
	 * @param additionalProperties what this record does not model
	 */
	public UploadTranslationsResult {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
