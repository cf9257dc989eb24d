package io.github.novu4j.client.messages;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.ChannelType;
import org.jspecify.annotations.Nullable;

/**
 * A message Novu sent (or tried to send) to a subscriber on one channel. The real shape, which is richer
 * than the activity item Novu's OpenAPI document declares for {@code GET /v1/messages}; which fields are
 * set depends on the channel (in-app messages have {@code content}, {@code cta}, {@code read},
 * {@code seen} and an embedded {@code subscriber}; {@code errorId} and {@code errorText} are often absent).
 *
 * <p>{@link #toString()} leaves out the subscriber's chat webhook URL and device tokens (secrets) and the
 * free-form payloads.
 *
 * @param id the message's id
 * @param templateId the workflow's id
 * @param environmentId the environment's id
 * @param messageTemplateId the id of the step's message template
 * @param organizationId the organization's id
 * @param notificationId the id of the notification (workflow run) that produced it
 * @param internalSubscriberId Novu's internal id of the subscriber ({@code _subscriberId}), not your
 * subscriber id (see {@link #subscriber()})
 * @param jobId the id of the job that sent it
 * @param feedId the in-app feed's id, if any
 * @param actorId Novu's internal id of the actor subscriber, if any
 * @param subscriber the subscriber, embedded in in-app messages
 * @param actor the avatar an in-app message shows
 * @param template the workflow, embedded in in-app messages
 * @param templateIdentifier the workflow's trigger identifier
 * @param transactionId the transaction id of the trigger
 * @param identifier the message's identifier at the provider, for webhooks
 * @param channel the channel
 * @param providerId the provider that delivered it, e.g. {@code sendgrid}
 * @param subject the email subject
 * @param title the push title
 * @param content the content: text, or the blocks of a block-editor email
 * @param cta the call to action of an in-app message
 * @param email the email address it went to
 * @param phone the phone number it went to
 * @param directWebhookUrl the chat webhook URL it went to (a secret)
 * @param deviceTokens the push device tokens it went to (secrets)
 * @param read whether the subscriber read it (in-app)
 * @param seen whether the subscriber saw it (in-app)
 * @param lastSeenDate when it was last seen
 * @param lastReadDate when it was last read
 * @param status the delivery status
 * @param errorId the provider error's id, when delivery failed
 * @param errorText the provider error's text, when delivery failed
 * @param payload the trigger payload used to render it
 * @param overrides the provider overrides of the trigger
 * @param deleted whether it is deleted
 * @param createdAt when it was created (ISO-8601, as Novu sends it)
 * @param updatedAt when it was last changed
 * @param expireAt when Novu will expire it
 * @param archived whether the subscriber archived the in-app message
 * @param archivedAt when it was archived
 * @param snoozedUntil until when an in-app message is snoozed
 * @param deliveredAt when it was delivered (a list: a snoozed message is delivered again)
 * @param tags the workflow's tags at the time of sending
 * @param data the in-app message's custom data
 * @param contextKeys the trigger contexts as {@code type:id} (newer servers)
 * @param avatar the avatar URL an in-app message shows
 * @param severity the workflow's severity ({@code high}, {@code medium}, {@code low}, {@code none})
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Message(@JsonProperty("_id") @Nullable String id, @JsonProperty("_templateId") @Nullable String templateId,
		@JsonProperty("_environmentId") @Nullable String environmentId,
		@JsonProperty("_messageTemplateId") @Nullable String messageTemplateId,
		@JsonProperty("_organizationId") @Nullable String organizationId,
		@JsonProperty("_notificationId") @Nullable String notificationId,
		@JsonProperty("_subscriberId") @Nullable String internalSubscriberId,
		@JsonProperty("_jobId") @Nullable String jobId, @JsonProperty("_feedId") @Nullable String feedId,
		@JsonProperty("_actorId") @Nullable String actorId,
		@JsonProperty("subscriber") @Nullable MessageSubscriber subscriber,
		@JsonProperty("actor") @Nullable MessageActor actor,
		@JsonProperty("template") @Nullable MessageWorkflow template,
		@JsonProperty("templateIdentifier") @Nullable String templateIdentifier,
		@JsonProperty("transactionId") @Nullable String transactionId,
		@JsonProperty("identifier") @Nullable String identifier,
		@JsonProperty("channel") @Nullable ChannelType channel, @JsonProperty("providerId") @Nullable String providerId,
		@JsonProperty("subject") @Nullable String subject, @JsonProperty("title") @Nullable String title,
		@JsonProperty("content") @Nullable MessageContent content, @JsonProperty("cta") @Nullable MessageCta cta,
		@JsonProperty("email") @Nullable String email, @JsonProperty("phone") @Nullable String phone,
		@JsonProperty("directWebhookUrl") @Nullable String directWebhookUrl,
		@JsonProperty("deviceTokens") @Nullable DeviceTokens deviceTokens,
		@JsonProperty("read") @Nullable Boolean read, @JsonProperty("seen") @Nullable Boolean seen,
		@JsonProperty("lastSeenDate") @Nullable String lastSeenDate,
		@JsonProperty("lastReadDate") @Nullable String lastReadDate,
		@JsonProperty("status") @Nullable MessageStatus status, @JsonProperty("errorId") @Nullable String errorId,
		@JsonProperty("errorText") @Nullable String errorText,
		@JsonProperty("payload") @Nullable Map<String, Object> payload,
		@JsonProperty("overrides") @Nullable Map<String, Object> overrides,
		@JsonProperty("deleted") @Nullable Boolean deleted, @JsonProperty("createdAt") @Nullable String createdAt,
		@JsonProperty("updatedAt") @Nullable String updatedAt, @JsonProperty("expireAt") @Nullable String expireAt,
		@JsonProperty("archived") @Nullable Boolean archived,
		@JsonProperty("archivedAt") @Nullable String archivedAt,
		@JsonProperty("snoozedUntil") @Nullable String snoozedUntil,
		@JsonProperty("deliveredAt") @Nullable List<String> deliveredAt,
		@JsonProperty("tags") @Nullable List<String> tags,
		@JsonProperty("data") @Nullable Map<String, Object> data,
		@JsonProperty("contextKeys") @Nullable List<String> contextKeys,
		@JsonProperty("avatar") @Nullable String avatar,
		@JsonProperty("severity") @Nullable String severity,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param id the message's id
	 * @param templateId the workflow's id
	 * @param environmentId the environment's id
	 * @param messageTemplateId the id of the step's message template
	 * @param organizationId the organization's id
	 * @param notificationId the id of the notification (workflow run) that produced it
	 * @param internalSubscriberId Novu's internal id of the subscriber ({@code _subscriberId}), not your subscriber id (see {@link #subscriber()})
	 * @param jobId the id of the job that sent it
	 * @param feedId the in-app feed's id, if any
	 * @param actorId Novu's internal id of the actor subscriber, if any
	 * @param subscriber the subscriber, embedded in in-app messages
	 * @param actor the avatar an in-app message shows
	 * @param template the workflow, embedded in in-app messages
	 * @param templateIdentifier the workflow's trigger identifier
	 * @param transactionId the transaction id of the trigger
	 * @param identifier the message's identifier at the provider, for webhooks
	 * @param channel the channel
	 * @param providerId the provider that delivered it, e.g. {@code sendgrid}
	 * @param subject the email subject
	 * @param title the push title
	 * @param content the content: text, or the blocks of a block-editor email
	 * @param cta the call to action of an in-app message
	 * @param email the email address it went to
	 * @param phone the phone number it went to
	 * @param directWebhookUrl the chat webhook URL it went to (a secret)
	 * @param deviceTokens the push device tokens it went to (secrets)
	 * @param read whether the subscriber read it (in-app)
	 * @param seen whether the subscriber saw it (in-app)
	 * @param lastSeenDate when it was last seen
	 * @param lastReadDate when it was last read
	 * @param status the delivery status
	 * @param errorId the provider error's id, when delivery failed
	 * @param errorText the provider error's text, when delivery failed
	 * @param payload the trigger payload used to render it
	 * @param overrides the provider overrides of the trigger
	 * @param deleted whether it is deleted
	 * @param createdAt when it was created (ISO-8601, as Novu sends it)
	 * @param updatedAt when it was last changed
	 * @param expireAt when Novu will expire it
	 * @param archived whether the subscriber archived the in-app message
	 * @param archivedAt when it was archived
	 * @param snoozedUntil until when an in-app message is snoozed
	 * @param deliveredAt when it was delivered (a list: a snoozed message is delivered again)
	 * @param tags the workflow's tags at the time of sending
	 * @param data the in-app message's custom data
	 * @param contextKeys the trigger contexts as {@code type:id} (newer servers)
	 * @param avatar the avatar URL an in-app message shows
	 * @param severity the workflow's severity ({@code high}, {@code medium}, {@code low}, {@code none})
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public Message {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	@Override
	public String toString() {
		return "Message{id=" + this.id + ", channel=" + this.channel + ", status=" + this.status + ", transactionId="
				+ this.transactionId + ", templateIdentifier=" + this.templateIdentifier + ", providerId="
				+ this.providerId + ", subscriberId=" + ((this.subscriber != null) ? this.subscriber.subscriberId() : null)
				+ ", read=" + this.read + ", seen=" + this.seen + ", directWebhookUrl="
				+ ((this.directWebhookUrl != null) ? "<redacted>" : null) + ", deviceTokens=" + this.deviceTokens
				+ ", errorText=" + this.errorText + ", createdAt=" + this.createdAt + "}";
	}

}
