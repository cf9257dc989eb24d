package io.github.novu4j.client.subscribers;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.ChannelType;
import org.jspecify.annotations.Nullable;

/**
 * Which level decided a channel of a preference, {@code {"channel":"email","source":"subscriber"}}.
 *
 * @param channel the channel
 * @param source the level that decided it: {@code template} (the workflow), {@code subscriber},
 * {@code workflowOverride} (a tenant's override) and values Novu adds later
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PreferenceOverride(@JsonProperty("channel") @Nullable ChannelType channel,
		@JsonProperty("source") @Nullable String source,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param channel the channel
	 * @param source the level that decided it: {@code template} (the workflow), {@code subscriber}, {@code workflowOverride} (a tenant's override) and values Novu adds later
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public PreferenceOverride {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
