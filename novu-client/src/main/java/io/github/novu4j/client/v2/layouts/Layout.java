package io.github.novu4j.client.v2.layouts;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * An email layout ({@code LayoutResponseDto}): the frame around the body of every email step that uses it.
 *
 * @param id Novu's id ({@code _id})
 * @param layoutId your identifier of the layout, used in paths
 * @param slug the URL slug
 * @param name the display name
 * @param isDefault whether it is the environment's default layout (which cannot be deleted)
 * @param isTranslationEnabled whether its strings are translated
 * @param updatedAt when it was last changed (ISO-8601)
 * @param updatedBy who changed it last ({@code _id}, {@code firstName}, ...), or {@code null}
 * @param createdAt when it was created (ISO-8601)
 * @param origin where it was made: {@code novu-cloud}, {@code novu-cloud-v1} or {@code external}
 * @param type {@code REGULAR}, {@code ECHO} or {@code BRIDGE}
 * @param variables the variables its content may use, as a JSON schema, or {@code null}
 * @param controls its controls: {@code values} (e.g. {@code email.body}, {@code email.editorType}),
 * {@code dataSchema} and {@code uiSchema}
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Layout(@JsonProperty("_id") @Nullable String id, @JsonProperty("layoutId") @Nullable String layoutId,
		@JsonProperty("slug") @Nullable String slug, @JsonProperty("name") @Nullable String name,
		@JsonProperty("isDefault") @Nullable Boolean isDefault,
		@JsonProperty("isTranslationEnabled") @Nullable Boolean isTranslationEnabled,
		@JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonProperty("updatedBy") @Nullable Map<String, @Nullable Object> updatedBy,
		@JsonProperty("createdAt") @Nullable String createdAt, @JsonProperty("origin") @Nullable String origin,
		@JsonProperty("type") @Nullable String type,
		@JsonProperty("variables") @Nullable Map<String, @Nullable Object> variables,
		@JsonProperty("controls") @Nullable Map<String, @Nullable Object> controls,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Normalises {@code additionalProperties}.
	 * @param id Novu's id
	 * @param layoutId your identifier of the layout
	 * @param slug the URL slug
	 * @param name the display name
	 * @param isDefault whether it is the default layout
	 * @param isTranslationEnabled whether its strings are translated
	 * @param updatedAt when it was last changed
	 * @param updatedBy who changed it last
	 * @param createdAt when it was created
	 * @param origin where it was made
	 * @param type its type
	 * @param variables the variables its content may use
	 * @param controls its controls
	 * @param additionalProperties what this record does not model
	 */
	public Layout {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
