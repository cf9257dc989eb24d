package io.github.novu4j.client.environmentvariables;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * The workflows that use a variable ({@code GetEnvironmentVariableUsageResponseDto}).
 *
 * @param workflows the workflows
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnvironmentVariableUsage(@JsonProperty("workflows") List<WorkflowRef> workflows,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the list; absent becomes empty.
	 * @param workflows the workflows
	 * @param additionalProperties what this record does not model
	 */
	public EnvironmentVariableUsage {
		workflows = (workflows != null) ? List.copyOf(workflows) : List.of();
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A workflow that uses the variable ({@code EnvironmentVariableWorkflowInfoDto}).
	 *
	 * @param name the workflow's name
	 * @param workflowId its identifier
	 * @param additionalProperties what this record does not model
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record WorkflowRef(@JsonProperty("name") @Nullable String name,
			@JsonProperty("workflowId") @Nullable String workflowId,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Normalises {@code additionalProperties}.
		 * @param name the workflow's name
		 * @param workflowId its identifier
		 * @param additionalProperties what this record does not model
		 */
		public WorkflowRef {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
