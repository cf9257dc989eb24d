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
 * What a master JSON import or upload did ({@code ImportMasterJsonResponseDto}). Resources Novu could not
 * import are listed in {@link #failed()}; the call itself still succeeds.
 *
 * @param success whether the import as a whole succeeded
 * @param message Novu's summary, e.g. {@code Successfully imported translations for 2 resources: ...}
 * @param successful the identifiers of the resources imported
 * @param failed the identifiers of the resources not imported (e.g. an unknown workflow)
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportMasterJsonResult(@JsonProperty("success") @Nullable Boolean success,
		@JsonProperty("message") @Nullable String message, @JsonProperty("successful") @Nullable List<String> successful,
		@JsonProperty("failed") @Nullable List<String> failed,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Normalises {@code additionalProperties}.
	 * @param success whether the import as a whole succeeded
	 * @param message Novu's summary
	 * @param successful the identifiers of the resources imported
	 * @param failed the identifiers of the resources not imported
	 * @param additionalProperties what this record does not model
	 */
	public ImportMasterJsonResult {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
