package io.github.novu4j.client.subscribers;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.notifications.WorkflowTrigger;
import org.jspecify.annotations.Nullable;

/**
 * The workflow (Novu's older name: template) a preference is about. Its triggers are objects on the
 * wire, although Novu's OpenAPI document types them as strings.
 *
 * @param id the workflow's id ({@code _id}); the {@code parameter} of {@code preferences().update}
 * @param name its name
 * @param critical whether it is critical (always delivered; hide it from preference screens)
 * @param triggers its triggers; {@code triggers().get(0).identifier()} is what you trigger
 * @param tags the workflow's tags
 * @param data the workflow's custom data
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PreferenceWorkflow(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("name") @Nullable String name, @JsonProperty("critical") @Nullable Boolean critical,
		@JsonProperty("triggers") @Nullable List<WorkflowTrigger> triggers,
		@JsonProperty("tags") @Nullable List<String> tags,
		@JsonProperty("data") @Nullable Map<String, Object> data,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param id the workflow's id ({@code _id}); the {@code parameter} of {@code preferences().update}
	 * @param name its name
	 * @param critical whether it is critical (always delivered; hide it from preference screens)
	 * @param triggers its triggers; {@code triggers().get(0).identifier()} is what you trigger
	 * @param tags the workflow's tags
	 * @param data the workflow's custom data
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public PreferenceWorkflow {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
