package io.github.novu4j.client.v2.translations;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * Every translation of one locale in one document ({@code GetMasterJsonResponseDto}), the shape
 * {@link MasterTranslations#importJson} and {@link MasterTranslations#upload} take back.
 *
 * @param workflows the strings of each workflow, by workflow identifier
 * @param layouts the strings of each layout, by layout identifier
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MasterJson(@JsonProperty("workflows") @Nullable Map<String, @Nullable Object> workflows,
		@JsonProperty("layouts") @Nullable Map<String, @Nullable Object> layouts,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Normalises {@code additionalProperties}.
	 * @param workflows the strings of each workflow, by workflow identifier
	 * @param layouts the strings of each layout, by layout identifier
	 * @param additionalProperties what this record does not model
	 */
	public MasterJson {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
