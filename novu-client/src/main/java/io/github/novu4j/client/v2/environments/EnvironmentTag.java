package io.github.novu4j.client.v2.environments;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A tag used by the workflows of an environment ({@code GetEnvironmentTagsDto}).
 *
 * @param name the tag
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnvironmentTag(@JsonProperty("name") @Nullable String name,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Normalises {@code additionalProperties}.
	 * @param name the tag
	 * @param additionalProperties what this record does not model
	 */
	public EnvironmentTag {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
