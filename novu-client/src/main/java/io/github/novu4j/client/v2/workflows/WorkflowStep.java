package io.github.novu4j.client.v2.workflows;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.StepType;
import org.jspecify.annotations.Nullable;

/**
 * A step of a workflow ({@code StepResponseDto} and its per-type variants), as a workflow's
 * {@code steps} and {@code workflows.steps.retrieve} carry it. Control values and schemas differ by step
 * type and stay free-form maps.
 *
 * @param id Novu's database id of the step ({@code _id})
 * @param stepId the step identifier within its workflow
 * @param slug the step's slug
 * @param name its name
 * @param type its type, e.g. {@link StepType#EMAIL}
 * @param origin where it was made
 * @param workflowId the workflow identifier
 * @param workflowDatabaseId the workflow's database id
 * @param controls the controls metadata ({@code {"values":..,"dataSchema":..,"uiSchema":..}}), as sent
 * @param controlValues the control values (the same as {@code controls.values}), as sent
 * @param variables the JSON Schema of the variables a template may use, as sent
 * @param issues the step's issues, as sent, or {@code null}
 * @param stepResolverHash the hash of the deployed step resolver, or {@code null}
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkflowStep(@JsonProperty("_id") @Nullable String id, @JsonProperty("stepId") @Nullable String stepId,
		@JsonProperty("slug") @Nullable String slug, @JsonProperty("name") @Nullable String name,
		@JsonProperty("type") @Nullable StepType type, @JsonProperty("origin") @Nullable ResourceOrigin origin,
		@JsonProperty("workflowId") @Nullable String workflowId,
		@JsonProperty("workflowDatabaseId") @Nullable String workflowDatabaseId,
		@JsonProperty("controls") @Nullable Map<String, @Nullable Object> controls,
		@JsonProperty("controlValues") @Nullable Map<String, @Nullable Object> controlValues,
		@JsonProperty("variables") @Nullable Map<String, @Nullable Object> variables,
		@JsonProperty("issues") @Nullable Map<String, @Nullable Object> issues,
		@JsonProperty("stepResolverHash") @Nullable String stepResolverHash,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the additional properties.
	 * @param id Novu's database id of the step
	 * @param stepId the step identifier
	 * @param slug the step's slug
	 * @param name its name
	 * @param type its type
	 * @param origin where it was made
	 * @param workflowId the workflow identifier
	 * @param workflowDatabaseId the workflow's database id
	 * @param controls the controls metadata
	 * @param controlValues the control values
	 * @param variables the JSON Schema of the variables
	 * @param issues the step's issues
	 * @param stepResolverHash the hash of the deployed step resolver
	 * @param additionalProperties what this record does not model
	 */
	public WorkflowStep {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
