package io.github.novu4j.client.v2.workflows;

import io.github.novu4j.client.Severity;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A new workflow ({@code CreateWorkflowDto}). Build with {@link #builder(String, String)}; the workflow id
 * must be a slug (letters and digits with {@code -}, {@code _} or {@code .} between them), checked before
 * sending.
 *
 * <pre>{@code
 * CreateWorkflowRequest.builder("welcome", "Welcome")
 *     .step(StepRequest.of(StepType.IN_APP, "Welcome note").withControlValues(Map.of("body", "Hi!")))
 *     .active(true)
 *     .build();
 * }</pre>
 *
 * @param workflowId the identifier you ask for; if it is taken Novu silently picks another one
 * @param name the workflow's name
 * @param description its description, or {@code null}
 * @param tags its tags, or {@code null}
 * @param active whether it is active, or {@code null} for Novu's default (false)
 * @param validatePayload whether Novu validates trigger payloads, or {@code null}
 * @param payloadSchema the payload's JSON Schema, or {@code null}
 * @param isTranslationEnabled whether translations are enabled, or {@code null}
 * @param steps its steps, in order (may be empty)
 * @param preferences its preferences as a map, or {@code null}
 * @param severity its severity, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateWorkflowRequest(@JsonProperty("workflowId") String workflowId, @JsonProperty("name") String name,
		@JsonProperty("description") @Nullable String description, @JsonProperty("tags") @Nullable List<String> tags,
		@JsonProperty("active") @Nullable Boolean active, @JsonProperty("validatePayload") @Nullable Boolean validatePayload,
		@JsonProperty("payloadSchema") @Nullable Map<String, @Nullable Object> payloadSchema,
		@JsonProperty("isTranslationEnabled") @Nullable Boolean isTranslationEnabled,
		@JsonProperty("steps") List<StepRequest> steps,
		@JsonProperty("preferences") @Nullable Map<String, @Nullable Object> preferences,
		@JsonProperty("severity") @Nullable Severity severity) {

	/**
	 * Checks the identifier and the name.
	 * @param workflowId the identifier you ask for
	 * @param name the workflow's name
	 * @param description its description
	 * @param tags its tags
	 * @param active whether it is active
	 * @param validatePayload whether Novu validates trigger payloads
	 * @param payloadSchema the payload's JSON Schema
	 * @param isTranslationEnabled whether translations are enabled
	 * @param steps its steps
	 * @param preferences its preferences
	 * @param severity its severity
	 * @throws IllegalArgumentException if the workflow id is not a slug or the name is blank
	 */
	public CreateWorkflowRequest {
		WorkflowIds.requireSlug(workflowId, "workflowId");
		Workflows.requireName(name);
		tags = (tags != null) ? List.copyOf(tags) : null;
		steps = (steps != null) ? List.copyOf(steps) : List.of();
	}

	/**
	 * @param workflowId the identifier you ask for (a slug)
	 * @param name the workflow's name
	 * @return a builder
	 */
	public static Builder builder(String workflowId, String name) {
		return new Builder(workflowId, name);
	}

	/** Builds a {@link CreateWorkflowRequest}. */
	public static final class Builder extends WorkflowDefinitionBuilder<Builder> {

		private final String workflowId;

		private final String name;

		private Builder(String workflowId, String name) {
			this.workflowId = workflowId;
			this.name = name;
		}

		@Override
		Builder self() {
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if the workflow id is not a slug or the name is blank
		 */
		public CreateWorkflowRequest build() {
			return new CreateWorkflowRequest(this.workflowId, this.name, this.description, this.tags, this.active,
					this.validatePayload, this.payloadSchema, this.isTranslationEnabled, this.steps, this.preferences,
					this.severity);
		}

	}

}
