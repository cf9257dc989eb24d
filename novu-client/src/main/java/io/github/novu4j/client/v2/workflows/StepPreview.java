package io.github.novu4j.client.v2.workflows;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A rendered preview of a step ({@code GeneratePreviewResponseDto}).
 *
 * @param result the preview: {@code {"type":"email","preview":{"subject":..,"body":..}}} and the like per
 * step type, as sent
 * @param previewPayloadExample the example payload the preview used, as sent
 * @param schema the payload schema the example was generated from, or {@code null}
 * @param novuSignature a sample {@code novu-signature} header value (HTTP request steps), or {@code null}
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StepPreview(@JsonProperty("result") @Nullable Map<String, @Nullable Object> result,
		@JsonProperty("previewPayloadExample") @Nullable Map<String, @Nullable Object> previewPayloadExample,
		@JsonProperty("schema") @Nullable Map<String, @Nullable Object> schema,
		@JsonProperty("novuSignature") @Nullable String novuSignature,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the additional properties.
	 * @param result the preview
	 * @param previewPayloadExample the example payload the preview used
	 * @param schema the payload schema
	 * @param novuSignature a sample {@code novu-signature} header value
	 * @param additionalProperties what this record does not model
	 */
	public StepPreview {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
