package io.github.novu4j.client.v2.workflows;

import io.github.novu4j.client.Severity;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A workflow of the v2 API with its steps ({@code WorkflowResponseDto}), as create, get, update, patch and
 * sync answer.
 *
 * @param id Novu's database id ({@code _id})
 * @param workflowId the workflow identifier triggers use; after {@code create}, the one Novu assigned
 * @param slug the workflow's slug (also accepted wherever a workflow id is)
 * @param name its name
 * @param description its description
 * @param tags its tags; never {@code null}
 * @param active whether it is active
 * @param validatePayload whether Novu validates trigger payloads against {@code payloadSchema}
 * @param payloadSchema the payload's JSON Schema, or {@code null}
 * @param isTranslationEnabled whether translations are enabled
 * @param createdAt when it was created (ISO-8601)
 * @param updatedAt when it was last updated (ISO-8601)
 * @param updatedBy the user who last updated it, as sent, or {@code null}
 * @param lastPublishedAt when it was last published, or {@code null}
 * @param lastPublishedBy the user who last published it, as sent, or {@code null}
 * @param lastTriggeredAt when it was last triggered, or {@code null}
 * @param steps its steps, in order; never {@code null}
 * @param origin where it was made
 * @param preferences its preferences ({@code {"user":{..},"default":{..}}}), as sent
 * @param status its status
 * @param severity its severity
 * @param issues runtime issues by field, as sent, or {@code null}
 * @param payloadExample an example payload generated from the schema, or {@code null}
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Workflow(@JsonProperty("_id") @Nullable String id, @JsonProperty("workflowId") @Nullable String workflowId,
		@JsonProperty("slug") @Nullable String slug, @JsonProperty("name") @Nullable String name,
		@JsonProperty("description") @Nullable String description, @JsonProperty("tags") List<String> tags,
		@JsonProperty("active") @Nullable Boolean active, @JsonProperty("validatePayload") @Nullable Boolean validatePayload,
		@JsonProperty("payloadSchema") @Nullable Map<String, @Nullable Object> payloadSchema,
		@JsonProperty("isTranslationEnabled") @Nullable Boolean isTranslationEnabled,
		@JsonProperty("createdAt") @Nullable String createdAt, @JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonProperty("updatedBy") @Nullable Map<String, @Nullable Object> updatedBy,
		@JsonProperty("lastPublishedAt") @Nullable String lastPublishedAt,
		@JsonProperty("lastPublishedBy") @Nullable Map<String, @Nullable Object> lastPublishedBy,
		@JsonProperty("lastTriggeredAt") @Nullable String lastTriggeredAt,
		@JsonProperty("steps") List<WorkflowStep> steps, @JsonProperty("origin") @Nullable ResourceOrigin origin,
		@JsonProperty("preferences") @Nullable Map<String, @Nullable Object> preferences,
		@JsonProperty("status") @Nullable WorkflowStatus status, @JsonProperty("severity") @Nullable Severity severity,
		@JsonProperty("issues") @Nullable Map<String, @Nullable Object> issues,
		@JsonProperty("payloadExample") @Nullable Map<String, @Nullable Object> payloadExample,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the lists; absent ones become empty.
	 * @param id Novu's database id
	 * @param workflowId the workflow identifier
	 * @param slug the workflow's slug
	 * @param name its name
	 * @param description its description
	 * @param tags its tags
	 * @param active whether it is active
	 * @param validatePayload whether Novu validates trigger payloads
	 * @param payloadSchema the payload's JSON Schema
	 * @param isTranslationEnabled whether translations are enabled
	 * @param createdAt when it was created
	 * @param updatedAt when it was last updated
	 * @param updatedBy the user who last updated it
	 * @param lastPublishedAt when it was last published
	 * @param lastPublishedBy the user who last published it
	 * @param lastTriggeredAt when it was last triggered
	 * @param steps its steps
	 * @param origin where it was made
	 * @param preferences its preferences
	 * @param status its status
	 * @param severity its severity
	 * @param issues runtime issues by field
	 * @param payloadExample an example payload
	 * @param additionalProperties what this record does not model
	 */
	public Workflow {
		tags = (tags != null) ? List.copyOf(tags) : List.of();
		steps = (steps != null) ? List.copyOf(steps) : List.of();
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
