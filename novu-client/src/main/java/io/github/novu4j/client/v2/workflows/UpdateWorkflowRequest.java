package io.github.novu4j.client.v2.workflows;

import io.github.novu4j.client.Severity;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A whole workflow definition that replaces the stored one ({@code UpdateWorkflowDto}, {@code PUT}). Steps
 * left out are removed; to keep a step, send it with its {@link StepRequest#withId(String) id}. For a
 * change of a few fields use {@code patch}. Build with {@link #builder(String, ResourceOrigin)}.
 *
 * @param name the workflow's name
 * @param origin where the workflow was made, usually {@link ResourceOrigin#NOVU_CLOUD}
 * @param workflowId a new identifier (code-first workflows only), or {@code null}
 * @param description its description, or {@code null}
 * @param tags its tags, or {@code null}
 * @param active whether it is active, or {@code null}
 * @param validatePayload whether Novu validates trigger payloads, or {@code null}
 * @param payloadSchema the payload's JSON Schema, or {@code null}
 * @param isTranslationEnabled whether translations are enabled, or {@code null}
 * @param steps its steps, in order
 * @param preferences its preferences as a map (sent as {@code {}} when unset; Novu requires the member)
 * @param severity its severity, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateWorkflowRequest(@JsonProperty("name") String name, @JsonProperty("origin") ResourceOrigin origin,
		@JsonProperty("workflowId") @Nullable String workflowId,
		@JsonProperty("description") @Nullable String description, @JsonProperty("tags") @Nullable List<String> tags,
		@JsonProperty("active") @Nullable Boolean active, @JsonProperty("validatePayload") @Nullable Boolean validatePayload,
		@JsonProperty("payloadSchema") @Nullable Map<String, @Nullable Object> payloadSchema,
		@JsonProperty("isTranslationEnabled") @Nullable Boolean isTranslationEnabled,
		@JsonProperty("steps") List<StepRequest> steps,
		@JsonProperty("preferences") Map<String, @Nullable Object> preferences,
		@JsonProperty("severity") @Nullable Severity severity) {

	/**
	 * Checks the name and the origin.
	 * @param name the workflow's name
	 * @param origin where the workflow was made
	 * @param workflowId a new identifier, or {@code null}
	 * @param description its description
	 * @param tags its tags
	 * @param active whether it is active
	 * @param validatePayload whether Novu validates trigger payloads
	 * @param payloadSchema the payload's JSON Schema
	 * @param isTranslationEnabled whether translations are enabled
	 * @param steps its steps
	 * @param preferences its preferences
	 * @param severity its severity
	 * @throws IllegalArgumentException if the name is blank or the workflow id not a slug
	 */
	public UpdateWorkflowRequest {
		Workflows.requireName(name);
		Objects.requireNonNull(origin, "origin");
		if (workflowId != null) {
			WorkflowIds.requireSlug(workflowId, "workflowId");
		}
		tags = (tags != null) ? List.copyOf(tags) : null;
		steps = (steps != null) ? List.copyOf(steps) : List.of();
		preferences = (preferences != null) ? preferences : Map.of();
	}

	/**
	 * @param name the workflow's name
	 * @param origin where the workflow was made, usually {@link ResourceOrigin#NOVU_CLOUD}
	 * @return a builder
	 */
	public static Builder builder(String name, ResourceOrigin origin) {
		return new Builder(name, origin);
	}

	/** Builds an {@link UpdateWorkflowRequest}. */
	public static final class Builder extends WorkflowDefinitionBuilder<Builder> {

		private final String name;

		private final ResourceOrigin origin;

		private @Nullable String workflowId;

		private Builder(String name, ResourceOrigin origin) {
			this.name = name;
			this.origin = origin;
		}

		@Override
		Builder self() {
			return this;
		}

		/**
		 * @param workflowId a new identifier (allowed for code-first workflows only)
		 * @return this builder
		 */
		public Builder workflowId(@Nullable String workflowId) {
			this.workflowId = workflowId;
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if the name is blank or the workflow id not a slug
		 */
		public UpdateWorkflowRequest build() {
			return new UpdateWorkflowRequest(this.name, this.origin, this.workflowId, this.description, this.tags,
					this.active, this.validatePayload, this.payloadSchema, this.isTranslationEnabled, this.steps,
					this.preferences, this.severity);
		}

	}

}
