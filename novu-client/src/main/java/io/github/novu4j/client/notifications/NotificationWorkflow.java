package io.github.novu4j.client.notifications;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * The workflow of a notification, as Novu embeds it (absent when the workflow was deleted since).
 *
 * @param id the workflow's id
 * @param name its name
 * @param triggers its triggers
 * @param origin where the workflow was made ({@code novu-cloud}, {@code external}, ...)
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationWorkflow(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("name") @Nullable String name,
		@JsonProperty("triggers") @Nullable List<WorkflowTrigger> triggers,
		@JsonProperty("origin") @Nullable String origin,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param id the workflow's id
	 * @param name its name
	 * @param triggers its triggers
	 * @param origin where the workflow was made ({@code novu-cloud}, {@code external}, ...)
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public NotificationWorkflow {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
