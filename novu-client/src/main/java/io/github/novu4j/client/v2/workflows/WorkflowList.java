package io.github.novu4j.client.v2.workflows;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * One offset page of {@code workflows.list} ({@code ListWorkflowResponse}, sent as
 * {@code {"data":{"workflows":[..],"totalCount":n}}}).
 *
 * @param workflows the workflows of this page; never {@code null}
 * @param totalCount how many workflows the whole filter matches
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkflowList(@JsonProperty("workflows") List<WorkflowSummary> workflows,
		@JsonProperty("totalCount") @Nullable Integer totalCount,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the list; absent becomes empty.
	 * @param workflows the workflows of this page
	 * @param totalCount how many workflows the whole filter matches
	 * @param additionalProperties what this record does not model
	 */
	public WorkflowList {
		workflows = (workflows != null) ? List.copyOf(workflows) : List.of();
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
