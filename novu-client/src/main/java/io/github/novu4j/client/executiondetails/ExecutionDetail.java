package io.github.novu4j.client.executiondetails;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.StepType;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a notification's execution log: what happened in one step of a workflow run. Also
 * embedded in the jobs of a {@code Notification} (with fewer fields set).
 *
 * @param id the entry's id
 * @param organizationId the organization's id
 * @param jobId the job's id
 * @param environmentId the environment's id
 * @param notificationId the notification's id
 * @param notificationTemplateId the workflow's id
 * @param internalSubscriberId Novu's internal id of the subscriber ({@code _subscriberId}), not your
 * subscriber id
 * @param messageId the message's id, for delivery steps
 * @param providerId the provider, e.g. {@code sendgrid}
 * @param transactionId the trigger's transaction id
 * @param channel the step type ({@code email}, {@code digest}, ...)
 * @param detail what happened, e.g. {@code Message sent}
 * @param source where the entry comes from
 * @param status the outcome
 * @param isTest whether the run was a test
 * @param isRetry whether the step was a retry
 * @param raw the raw provider response or error, as text
 * @param webhookStatus the provider's webhook status, for entries from webhooks
 * @param createdAt when it was logged (ISO-8601, as Novu sends it)
 * @param updatedAt when it was last changed
 * @param expireAt when Novu deletes this entry
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExecutionDetail(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("_organizationId") @Nullable String organizationId,
		@JsonProperty("_jobId") @Nullable String jobId, @JsonProperty("_environmentId") @Nullable String environmentId,
		@JsonProperty("_notificationId") @Nullable String notificationId,
		@JsonProperty("_notificationTemplateId") @Nullable String notificationTemplateId,
		@JsonProperty("_subscriberId") @Nullable String internalSubscriberId,
		@JsonProperty("_messageId") @Nullable String messageId, @JsonProperty("providerId") @Nullable String providerId,
		@JsonProperty("transactionId") @Nullable String transactionId,
		@JsonProperty("channel") @Nullable StepType channel, @JsonProperty("detail") @Nullable String detail,
		@JsonProperty("source") @Nullable ExecutionDetailSource source,
		@JsonProperty("status") @Nullable ExecutionDetailStatus status, @JsonProperty("isTest") @Nullable Boolean isTest,
		@JsonProperty("isRetry") @Nullable Boolean isRetry, @JsonProperty("raw") @Nullable String raw,
		@JsonProperty("webhookStatus") @Nullable String webhookStatus,
		@JsonProperty("createdAt") @Nullable String createdAt, @JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonProperty("expireAt") @Nullable String expireAt,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param id the entry's id
	 * @param organizationId the organization's id
	 * @param jobId the job's id
	 * @param environmentId the environment's id
	 * @param notificationId the notification's id
	 * @param notificationTemplateId the workflow's id
	 * @param internalSubscriberId Novu's internal id of the subscriber ({@code _subscriberId}), not your subscriber id
	 * @param messageId the message's id, for delivery steps
	 * @param providerId the provider, e.g. {@code sendgrid}
	 * @param transactionId the trigger's transaction id
	 * @param channel the step type ({@code email}, {@code digest}, ...)
	 * @param detail what happened, e.g. {@code Message sent}
	 * @param source where the entry comes from
	 * @param status the outcome
	 * @param isTest whether the run was a test
	 * @param isRetry whether the step was a retry
	 * @param raw the raw provider response or error, as text
	 * @param webhookStatus the provider's webhook status, for entries from webhooks
	 * @param createdAt when it was logged (ISO-8601, as Novu sends it)
	 * @param updatedAt when it was last changed
	 * @param expireAt when Novu deletes this entry
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public ExecutionDetail {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
