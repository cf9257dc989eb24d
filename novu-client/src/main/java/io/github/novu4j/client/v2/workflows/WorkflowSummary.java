package io.github.novu4j.client.v2.workflows;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.StepType;
import org.jspecify.annotations.Nullable;

/**
 * A workflow as {@code workflows.list} shows it ({@code WorkflowListResponseDto}): no step details,
 * no preferences.
 *
 * @param id Novu's database id ({@code _id})
 * @param workflowId the workflow identifier triggers use
 * @param slug the workflow's slug
 * @param name its name
 * @param tags its tags; never {@code null}
 * @param status its status
 * @param origin where it was made
 * @param createdAt when it was created (ISO-8601)
 * @param updatedAt when it was last updated (ISO-8601)
 * @param updatedBy the user who last updated it, as sent, or {@code null}
 * @param lastPublishedAt when it was last published, or {@code null}
 * @param lastPublishedBy the user who last published it, as sent, or {@code null}
 * @param lastTriggeredAt when it was last triggered, or {@code null}
 * @param isTranslationEnabled whether translations are enabled
 * @param stepTypeOverviews the types of its steps, in order; never {@code null}
 * @param steps its steps in short; never {@code null}
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkflowSummary(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("workflowId") @Nullable String workflowId, @JsonProperty("slug") @Nullable String slug,
		@JsonProperty("name") @Nullable String name, @JsonProperty("tags") List<String> tags,
		@JsonProperty("status") @Nullable WorkflowStatus status, @JsonProperty("origin") @Nullable ResourceOrigin origin,
		@JsonProperty("createdAt") @Nullable String createdAt, @JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonProperty("updatedBy") @Nullable Map<String, @Nullable Object> updatedBy,
		@JsonProperty("lastPublishedAt") @Nullable String lastPublishedAt,
		@JsonProperty("lastPublishedBy") @Nullable Map<String, @Nullable Object> lastPublishedBy,
		@JsonProperty("lastTriggeredAt") @Nullable String lastTriggeredAt,
		@JsonProperty("isTranslationEnabled") @Nullable Boolean isTranslationEnabled,
		@JsonProperty("stepTypeOverviews") List<StepType> stepTypeOverviews,
		@JsonProperty("steps") List<StepSummary> steps,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the lists; absent ones become empty.
	 * @param id Novu's database id
	 * @param workflowId the workflow identifier
	 * @param slug the workflow's slug
	 * @param name its name
	 * @param tags its tags
	 * @param status its status
	 * @param origin where it was made
	 * @param createdAt when it was created
	 * @param updatedAt when it was last updated
	 * @param updatedBy the user who last updated it
	 * @param lastPublishedAt when it was last published
	 * @param lastPublishedBy the user who last published it
	 * @param lastTriggeredAt when it was last triggered
	 * @param isTranslationEnabled whether translations are enabled
	 * @param stepTypeOverviews the types of its steps
	 * @param steps its steps in short
	 * @param additionalProperties what this record does not model
	 */
	public WorkflowSummary {
		tags = (tags != null) ? List.copyOf(tags) : List.of();
		stepTypeOverviews = (stepTypeOverviews != null) ? List.copyOf(stepTypeOverviews) : List.of();
		steps = (steps != null) ? List.copyOf(steps) : List.of();
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A step in short ({@code StepListResponseDto}).
	 *
	 * @param slug the step's slug
	 * @param type its type
	 * @param issues its issues, as sent, or {@code null}
	 * @param additionalProperties what this record does not model
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record StepSummary(@JsonProperty("slug") @Nullable String slug, @JsonProperty("type") @Nullable StepType type,
			@JsonProperty("issues") @Nullable Map<String, @Nullable Object> issues,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the additional properties.
		 * @param slug the step's slug
		 * @param type its type
		 * @param issues its issues
		 * @param additionalProperties what this record does not model
		 */
		public StepSummary {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
