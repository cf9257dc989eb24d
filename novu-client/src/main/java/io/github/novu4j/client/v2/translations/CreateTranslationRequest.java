package io.github.novu4j.client.v2.translations;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.PathSegments;
import org.jspecify.annotations.Nullable;

/**
 * A translation to create or replace ({@code CreateTranslationRequestDto}); every field is required.
 *
 * @param resourceId the workflow or layout identifier (or slug), e.g. {@code welcome-email}
 * @param resourceType whether it is a workflow or a layout
 * @param locale the locale, e.g. {@code en_US}
 * @param content the translated strings by key; values may be nested objects
 */
public record CreateTranslationRequest(@JsonProperty("resourceId") String resourceId,
		@JsonProperty("resourceType") TranslationResourceType resourceType, @JsonProperty("locale") String locale,
		@JsonProperty("content") Map<String, @Nullable Object> content) {

	/**
	 * Checks every field and copies the content.
	 * @param resourceId the workflow or layout identifier
	 * @param resourceType whether it is a workflow or a layout
	 * @param locale the locale
	 * @param content the translated strings by key
	 * @throws IllegalArgumentException if the identifier or locale is blank
	 */
	public CreateTranslationRequest {
		PathSegments.requireId(resourceId, "resourceId");
		Objects.requireNonNull(resourceType, "resourceType");
		PathSegments.requireId(locale, "locale");
		Objects.requireNonNull(content, "content");
		content = Collections.unmodifiableMap(new LinkedHashMap<>(content));
	}

	/**
	 * @param resourceType whether it is a workflow or a layout
	 * @param resourceId the workflow or layout identifier
	 * @param locale the locale, e.g. {@code en_US}
	 * @param content the translated strings by key
	 * @return the request
	 */
	public static CreateTranslationRequest of(TranslationResourceType resourceType, String resourceId, String locale,
			Map<String, @Nullable Object> content) {
		return new CreateTranslationRequest(resourceId, resourceType, locale, content);
	}

}
