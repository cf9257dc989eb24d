package io.github.novu4j.client.notifications;

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
 * A notification: one run of a workflow for one subscriber, as the activity feed shows it. The real
 * shape, which differs from Novu's OpenAPI document: {@code channels} is an array, the workflow's
 * {@code triggers} are objects and {@code jobs} are full job objects.
 *
 * @param id the notification's id
 * @param templateId the workflow's id
 * @param environmentId the environment's id
 * @param organizationId the organization's id
 * @param internalSubscriberId Novu's internal id of the subscriber ({@code _subscriberId}), not your
 * subscriber id
 * @param transactionId the trigger's transaction id
 * @param channels the step types of the run (delivery channels and steps such as {@code digest})
 * @param digestedNotificationId the notification this one was digested into, if any
 * @param to the recipient as triggered, usually {@code {"subscriberId": ..., ...}}; kept as Novu sends it
 * @param payload the trigger payload
 * @param subscriber the subscriber (absent if deleted since)
 * @param template the workflow (absent if deleted since)
 * @param jobs the steps of the run, with their execution logs
 * @param createdAt when it was created (ISO-8601, as Novu sends it)
 * @param updatedAt when it was last changed
 * @param tags the workflow's tags
 * @param controls the step control values of the trigger
 * @param topics the topics the trigger went to
 * @param severity the workflow's severity ({@code high}, {@code medium}, {@code low}, {@code none})
 * @param critical whether the workflow is critical (ignores preferences)
 * @param contextKeys the trigger contexts as {@code type:id}
 * @param expireAt when Novu deletes the notification from the activity feed
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Notification(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("_templateId") @Nullable String templateId,
		@JsonProperty("_environmentId") @Nullable String environmentId,
		@JsonProperty("_organizationId") @Nullable String organizationId,
		@JsonProperty("_subscriberId") @Nullable String internalSubscriberId,
		@JsonProperty("transactionId") @Nullable String transactionId,
		@JsonProperty("channels") @Nullable List<StepType> channels,
		@JsonProperty("_digestedNotificationId") @Nullable String digestedNotificationId,
		@JsonProperty("to") @Nullable Object to, @JsonProperty("payload") @Nullable Map<String, Object> payload,
		@JsonProperty("subscriber") @Nullable NotificationSubscriber subscriber,
		@JsonProperty("template") @Nullable NotificationWorkflow template,
		@JsonProperty("jobs") @Nullable List<NotificationJob> jobs,
		@JsonProperty("createdAt") @Nullable String createdAt, @JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonProperty("tags") @Nullable List<String> tags,
		@JsonProperty("controls") @Nullable Map<String, Object> controls,
		@JsonProperty("topics") @Nullable List<NotificationTopic> topics,
		@JsonProperty("severity") @Nullable String severity,
		@JsonProperty("critical") @Nullable Boolean critical,
		@JsonProperty("contextKeys") @Nullable List<String> contextKeys,
		@JsonProperty("expireAt") @Nullable String expireAt,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param id the notification's id
	 * @param templateId the workflow's id
	 * @param environmentId the environment's id
	 * @param organizationId the organization's id
	 * @param internalSubscriberId Novu's internal id of the subscriber ({@code _subscriberId}), not your subscriber id
	 * @param transactionId the trigger's transaction id
	 * @param channels the step types of the run (delivery channels and steps such as {@code digest})
	 * @param digestedNotificationId the notification this one was digested into, if any
	 * @param to the recipient as triggered, usually {@code {"subscriberId": ..., ...}}; kept as Novu sends it
	 * @param payload the trigger payload
	 * @param subscriber the subscriber (absent if deleted since)
	 * @param template the workflow (absent if deleted since)
	 * @param jobs the steps of the run, with their execution logs
	 * @param createdAt when it was created (ISO-8601, as Novu sends it)
	 * @param updatedAt when it was last changed
	 * @param tags the workflow's tags
	 * @param controls the step control values of the trigger
	 * @param topics the topics the trigger went to
	 * @param severity the workflow's severity ({@code high}, {@code medium}, {@code low}, {@code none})
	 * @param critical whether the workflow is critical (ignores preferences)
	 * @param contextKeys the trigger contexts as {@code type:id}
	 * @param expireAt when Novu deletes the notification from the activity feed
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public Notification {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
