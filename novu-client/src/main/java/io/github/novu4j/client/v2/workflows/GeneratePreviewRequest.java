package io.github.novu4j.client.v2.workflows;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What to render a step preview with ({@code GeneratePreviewRequestDto}); both parts are optional.
 *
 * @param controlValues control values to use instead of the stored ones, or {@code null}
 * @param previewPayload the data to render with ({@code PreviewPayloadDto}: {@code subscriber},
 * {@code actor}, {@code payload}, {@code steps}, {@code context}, {@code env}), or {@code null} for
 * Novu's example
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GeneratePreviewRequest(@JsonProperty("controlValues") @Nullable Map<String, @Nullable Object> controlValues,
		@JsonProperty("previewPayload") @Nullable Map<String, @Nullable Object> previewPayload) {

	private static final GeneratePreviewRequest NONE = new GeneratePreviewRequest(null, null);

	/**
	 * Copies the maps.
	 * @param controlValues control values, or {@code null}
	 * @param previewPayload the data to render with, or {@code null}
	 */
	public GeneratePreviewRequest {
		controlValues = WorkflowDefinitionBuilder.copy(controlValues);
		previewPayload = WorkflowDefinitionBuilder.copy(previewPayload);
	}

	/** @return a preview with the stored control values and Novu's example payload */
	public static GeneratePreviewRequest none() {
		return NONE;
	}

	/**
	 * @param payload the trigger payload to render with
	 * @return a preview with the stored control values and this payload
	 */
	public static GeneratePreviewRequest withPayload(Map<String, ? extends @Nullable Object> payload) {
		return new GeneratePreviewRequest(null, Map.of("payload", payload));
	}

}
