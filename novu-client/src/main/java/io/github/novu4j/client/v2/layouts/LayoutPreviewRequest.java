package io.github.novu4j.client.v2.layouts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What to render a layout preview with ({@code LayoutPreviewRequestDto}); both fields are optional.
 * {@link #none()} renders the stored layout with Novu's example payload.
 *
 * @param controlValues control values to render instead of the stored ones, e.g. {@code {"email":{"body":".."}}}
 * @param previewPayload the payload to render with, e.g. {@code {"subscriber":{"firstName":"Ada"}}}
 */
public record LayoutPreviewRequest(@JsonProperty("controlValues") @Nullable Map<String, @Nullable Object> controlValues,
		@JsonProperty("previewPayload") @Nullable Map<String, @Nullable Object> previewPayload) {

	private static final LayoutPreviewRequest NONE = new LayoutPreviewRequest(null, null);

	/**
	 * Copies both maps.
	 * @param controlValues control values to render instead of the stored ones
	 * @param previewPayload the payload to render with
	 */
	public LayoutPreviewRequest {
		controlValues = (controlValues != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(controlValues)) : null;
		previewPayload = (previewPayload != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(previewPayload)) : null;
	}

	/** @return a request that renders the stored layout with Novu's example payload ({@code {}}) */
	public static LayoutPreviewRequest none() {
		return NONE;
	}

	/**
	 * @param controlValues control values to render instead of the stored ones, or {@code null}
	 * @param previewPayload the payload to render with, or {@code null}
	 * @return the request
	 */
	public static LayoutPreviewRequest of(@Nullable Map<String, @Nullable Object> controlValues,
			@Nullable Map<String, @Nullable Object> previewPayload) {
		return new LayoutPreviewRequest(controlValues, previewPayload);
	}

}
