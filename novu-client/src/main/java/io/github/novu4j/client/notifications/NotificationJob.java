package io.github.novu4j.client.notifications;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.StepType;
import io.github.novu4j.client.executiondetails.ExecutionDetail;
import org.jspecify.annotations.Nullable;

/**
 * One step of a notification's workflow run, as Novu embeds it in the notification (Novu's OpenAPI
 * document types jobs as strings; the server sends these objects).
 *
 * @param id the job's id
 * @param type the step type
 * @param status the job's status
 * @param providerId the provider used, for delivery steps
 * @param payload the trigger payload
 * @param digest the digest settings and digested events, for digest steps
 * @param step the workflow step the job ran
 * @param executionDetails the job's execution log
 * @param createdAt when it was created (ISO-8601, as Novu sends it)
 * @param updatedAt when it was last changed
 * @param overrides the provider overrides the job used
 * @param scheduleExtensionsCount how often a digest or delay was extended
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationJob(@JsonProperty("_id") @Nullable String id, @JsonProperty("type") @Nullable StepType type,
		@JsonProperty("status") @Nullable JobStatus status, @JsonProperty("providerId") @Nullable String providerId,
		@JsonProperty("payload") @Nullable Map<String, Object> payload,
		@JsonProperty("digest") @Nullable Map<String, Object> digest, @JsonProperty("step") @Nullable Step step,
		@JsonProperty("executionDetails") @Nullable List<ExecutionDetail> executionDetails,
		@JsonProperty("createdAt") @Nullable String createdAt, @JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonProperty("overrides") @Nullable Map<String, Object> overrides,
		@JsonProperty("scheduleExtensionsCount") @Nullable Integer scheduleExtensionsCount,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param id the job's id
	 * @param type the step type
	 * @param status the job's status
	 * @param providerId the provider used, for delivery steps
	 * @param payload the trigger payload
	 * @param digest the digest settings and digested events, for digest steps
	 * @param step the workflow step the job ran
	 * @param executionDetails the job's execution log
	 * @param createdAt when it was created (ISO-8601, as Novu sends it)
	 * @param updatedAt when it was last changed
	 * @param overrides the provider overrides the job used
	 * @param scheduleExtensionsCount how often a digest or delay was extended
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public NotificationJob {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * The workflow step a job ran.
	 *
	 * @param id the step's id
	 * @param parentId the previous step's id
	 * @param templateId the step's message template id
	 * @param active whether the step is active
	 * @param filters the step's conditions
	 * @param template the step's message template (subject, content, ...)
	 * @param uuid the step's stable id within the workflow
	 * @param name the step's name
	 * @param shouldStopOnFail whether the run stops when this step fails
	 * @param metadata digest or delay settings ({@code amount}, {@code unit}, {@code type}, ...)
	 * @param replyCallback the reply callback settings
	 * @param controlVariables the step's control values
	 * @param issues problems Novu found in the step
	 * @param variants the step's conditional variants
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Step(@JsonProperty("_id") @Nullable String id, @JsonProperty("_parentId") @Nullable String parentId,
			@JsonProperty("_templateId") @Nullable String templateId, @JsonProperty("active") @Nullable Boolean active,
			@JsonProperty("filters") @Nullable List<StepFilter> filters,
			@JsonProperty("template") @Nullable Map<String, Object> template,
			@JsonProperty("uuid") @Nullable String uuid,
			@JsonProperty("name") @Nullable String name,
			@JsonProperty("shouldStopOnFail") @Nullable Boolean shouldStopOnFail,
			@JsonProperty("metadata") @Nullable Map<String, Object> metadata,
			@JsonProperty("replyCallback") @Nullable Map<String, Object> replyCallback,
			@JsonProperty("controlVariables") @Nullable Map<String, Object> controlVariables,
			@JsonProperty("issues") @Nullable Map<String, Object> issues,
			@JsonProperty("variants") @Nullable List<Step> variants,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

		/**
		 * Keeps the members this record does not model, unmodifiable.
		 * @param id the step's id
		 * @param parentId the previous step's id
		 * @param templateId the step's message template id
		 * @param active whether the step is active
		 * @param filters the step's conditions
		 * @param template the step's message template (subject, content, ...)
		 * @param uuid the step's stable id within the workflow
		 * @param name the step's name
		 * @param shouldStopOnFail whether the run stops when this step fails
		 * @param metadata digest or delay settings ({@code amount}, {@code unit}, {@code type}, ...)
		 * @param replyCallback the reply callback settings
		 * @param controlVariables the step's control values
		 * @param issues problems Novu found in the step
		 * @param variants the step's conditional variants
		 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
		 */
		public Step {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
