package io.github.novu4j.client;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The workflows that use something: the answer of {@code layouts.usage} ({@code GetLayoutUsageResponseDto})
 * and {@code environmentVariables.usage} ({@code GetEnvironmentVariableUsageResponseDto}), which share
 * one shape, {@code {"workflows":[{"name","workflowId"}]}}.
 *
 * @param workflows the workflows
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkflowUsage(@JsonProperty("workflows") List<Workflow> workflows,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the list; absent becomes empty.
	 * @param workflows the workflows
	 * @param additionalProperties what this record does not model
	 */
	public WorkflowUsage {
		workflows = (workflows != null) ? List.copyOf(workflows) : List.of();
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * One workflow that uses it.
	 *
	 * @param name the workflow's name
	 * @param workflowId its identifier
	 * @param additionalProperties what this record does not model
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Workflow(@JsonProperty("name") @Nullable String name,
			@JsonProperty("workflowId") @Nullable String workflowId,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Normalises {@code additionalProperties}.
		 * @param name the workflow's name
		 * @param workflowId its identifier
		 * @param additionalProperties what this record does not model
		 */
		public Workflow {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
