package io.github.novu4j.client.messages;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * The workflow of a message, as Novu embeds it in in-app messages (a few fields only).
 *
 * @param id the workflow's id
 * @param name its name
 * @param tags its tags
 * @param critical whether subscribers cannot opt out of it
 * @param data the workflow's custom data
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageWorkflow(@JsonProperty("_id") @Nullable String id, @JsonProperty("name") @Nullable String name,
		@JsonProperty("tags") @Nullable List<String> tags, @JsonProperty("critical") @Nullable Boolean critical,
		@JsonProperty("data") @Nullable Map<String, Object> data,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param id the workflow's id
	 * @param name its name
	 * @param tags its tags
	 * @param critical whether subscribers cannot opt out of it
	 * @param data the workflow's custom data
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public MessageWorkflow {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
