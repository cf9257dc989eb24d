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
 * Every locale a workflow or layout is translated into ({@code TranslationGroupDto}).
 *
 * @param resourceId the workflow or layout identifier
 * @param resourceType whether it is a workflow or a layout
 * @param resourceName the workflow's or layout's name
 * @param locales the locales it has translations for
 * @param outdatedLocales locales behind the default locale; absent when none are
 * @param createdAt when the group was created (ISO-8601)
 * @param updatedAt when it was last changed (ISO-8601)
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TranslationGroup(@JsonProperty("resourceId") @Nullable String resourceId,
		@JsonProperty("resourceType") @Nullable TranslationResourceType resourceType,
		@JsonProperty("resourceName") @Nullable String resourceName,
		@JsonProperty("locales") @Nullable List<String> locales,
		@JsonProperty("outdatedLocales") @Nullable List<String> outdatedLocales,
		@JsonProperty("createdAt") @Nullable String createdAt, @JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Normalises {@code additionalProperties}.
	 * @param resourceId the workflow or layout identifier
	 * @param resourceType whether it is a workflow or a layout
	 * @param resourceName the workflow's or layout's name
	 * @param locales the locales it has translations for
	 * @param outdatedLocales locales behind the default locale
	 * @param createdAt when the group was created
	 * @param updatedAt when it was last changed
	 * @param additionalProperties what this record does not model
	 */
	public TranslationGroup {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
