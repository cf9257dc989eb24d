package io.github.novu4j.client.workflowgroups;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A workflow group (Novu's notification group): a named folder of workflows.
 *
 * @param id the group's id
 * @param name its name
 * @param environmentId the environment's id
 * @param organizationId the organization's id
 * @param parentId the id of the same group in the development environment, for groups promoted from it
 * @param createdAt when it was created (ISO-8601, as Novu sends it)
 * @param updatedAt when it was last changed
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkflowGroup(@JsonProperty("_id") @Nullable String id, @JsonProperty("name") @Nullable String name,
		@JsonProperty("_environmentId") @Nullable String environmentId,
		@JsonProperty("_organizationId") @Nullable String organizationId,
		@JsonProperty("_parentId") @Nullable String parentId, @JsonProperty("createdAt") @Nullable String createdAt,
		@JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param id the group's id
	 * @param name its name
	 * @param environmentId the environment's id
	 * @param organizationId the organization's id
	 * @param parentId the id of the same group in the development environment, for groups promoted from it
	 * @param createdAt when it was created (ISO-8601, as Novu sends it)
	 * @param updatedAt when it was last changed
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public WorkflowGroup {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
