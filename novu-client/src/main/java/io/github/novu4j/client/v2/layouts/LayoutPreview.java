package io.github.novu4j.client.v2.layouts;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A rendered layout ({@code GenerateLayoutPreviewResponseDto}).
 *
 * @param result the rendering: {@code type} (e.g. {@code email}) and {@code preview} ({@code body}, the HTML)
 * @param previewPayloadExample a payload example the preview used ({@code subscriber}, ...)
 * @param schema the JSON schema of that payload, or {@code null}
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LayoutPreview(@JsonProperty("result") @Nullable Map<String, @Nullable Object> result,
		@JsonProperty("previewPayloadExample") @Nullable Map<String, @Nullable Object> previewPayloadExample,
		@JsonProperty("schema") @Nullable Map<String, @Nullable Object> schema,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Normalises {@code additionalProperties}.
	 * @param result the rendering
	 * @param previewPayloadExample a payload example the preview used
	 * @param schema the JSON schema of that payload
	 * @param additionalProperties what this record does not model
	 */
	public LayoutPreview {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
