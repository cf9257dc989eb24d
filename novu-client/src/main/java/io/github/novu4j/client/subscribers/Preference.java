package io.github.novu4j.client.subscribers;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A subscriber's preference, global or for one workflow.
 *
 * @param enabled whether notifications are on at all
 * @param channels whether each channel is on
 * @param overrides which level decided each channel (e.g. the subscriber or the workflow)
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Preference(@JsonProperty("enabled") @Nullable Boolean enabled,
		@JsonProperty("channels") @Nullable PreferenceChannels channels,
		@JsonProperty("overrides") @Nullable List<PreferenceOverride> overrides,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param enabled whether notifications are on at all
	 * @param channels whether each channel is on
	 * @param overrides which level decided each channel (e.g. the subscriber or the workflow)
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public Preference {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
