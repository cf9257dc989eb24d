package io.github.novu4j.client.subscribers;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A subscriber's preference with the workflow it is about. The global preference has no workflow:
 * {@code updateGlobal} and {@code retrieveByLevel(.., GLOBAL)} answer {@code {preference:{..}}} only
 * (although Novu's OpenAPI document requires {@code template}).
 *
 * @param template the workflow, or {@code null} for the global preference
 * @param preference the preference
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriberPreference(@JsonProperty("template") @Nullable PreferenceWorkflow template,
		@JsonProperty("preference") @Nullable Preference preference,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param template the workflow, or {@code null} for the global preference
	 * @param preference the preference
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public SubscriberPreference {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/** @return whether this is the global preference (no workflow) */
	@JsonIgnore
	public boolean isGlobal() {
		return this.template == null;
	}

}
