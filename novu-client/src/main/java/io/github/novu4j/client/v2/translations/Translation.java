package io.github.novu4j.client.v2.translations;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * The translation of one workflow or layout into one locale ({@code TranslationResponseDto}).
 *
 * @param resourceId the workflow or layout identifier, e.g. {@code welcome-email}
 * @param resourceType whether it is a workflow or a layout
 * @param locale the locale, e.g. {@code en_US}
 * @param content the translated strings by key (nested objects allowed), e.g. {@code {"welcome.title":"Welcome"}}
 * @param createdAt when it was created (ISO-8601)
 * @param updatedAt when it was last changed (ISO-8601)
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Translation(@JsonProperty("resourceId") @Nullable String resourceId,
		@JsonProperty("resourceType") @Nullable TranslationResourceType resourceType,
		@JsonProperty("locale") @Nullable String locale,
		@JsonProperty("content") @Nullable Map<String, @Nullable Object> content,
		@JsonProperty("createdAt") @Nullable String createdAt, @JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Normalises {@code additionalProperties}.
	 * @param resourceId the workflow or layout identifier
	 * @param resourceType whether it is a workflow or a layout
	 * @param locale the locale
	 * @param content the translated strings by key
	 * @param createdAt when it was created
	 * @param updatedAt when it was last changed
	 * @param additionalProperties what this record does not model
	 */
	public Translation {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
