package io.github.novu4j.client.subscribers;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A message Novu sent to a subscriber: an item of the in-app feed, or a message returned by the
 * mark operations. This is the message object Novu really sends (content, call to action, read and
 * seen flags, payload, the populated subscriber ...), not the feed item of its OpenAPI document.
 * {@code errorId} and {@code errorText} are absent on in-app messages although the document requires
 * them. Timestamps are ISO-8601 text.
 *
 * <p>{@link #toString()} hides the push device tokens and the chat webhook URL.
 *
 * @param id the message id ({@code _id}); use it with {@code markAllAs} and {@code updateAsSeen}
 * @param templateId the workflow ({@code _templateId})
 * @param environmentId the environment ({@code _environmentId})
 * @param messageTemplateId the step's template ({@code _messageTemplateId})
 * @param organizationId the organization ({@code _organizationId})
 * @param notificationId the notification ({@code _notificationId})
 * @param subscriberInternalId Novu's internal id of the subscriber ({@code _subscriberId}); not your
 * subscriber id, which is in {@link #subscriber()}
 * @param jobId the job that sent it ({@code _jobId})
 * @param feedId the feed it belongs to ({@code _feedId}), or {@code null}
 * @param subscriber the subscriber, populated with a few fields (in the feed)
 * @param template the workflow, when populated
 * @param templateIdentifier the workflow's trigger identifier
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param lastSeenDate when it was last seen
 * @param lastReadDate when it was last read
 * @param content its content
 * @param transactionId the trigger's transaction id
 * @param subject the email subject
 * @param title the push title
 * @param channel its channel
 * @param read whether it was read
 * @param seen whether it was seen
 * @param deleted whether it was deleted
 * @param email the email address it went to
 * @param phone the phone number it went to
 * @param directWebhookUrl the chat webhook it went to (secret)
 * @param providerId the provider that sent it
 * @param deviceTokens the push device tokens it went to (secret)
 * @param avatar the avatar shown with it
 * @param actor who it appears to come from (in-app)
 * @param cta its call to action (in-app)
 * @param status its delivery status
 * @param errorId the provider's error id, on failure
 * @param errorText the provider's error text, on failure
 * @param payload the trigger's payload
 * @param overrides the trigger's provider overrides
 * @param tags the workflow's tags
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriberMessage(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("_templateId") @Nullable String templateId,
		@JsonProperty("_environmentId") @Nullable String environmentId,
		@JsonProperty("_messageTemplateId") @Nullable String messageTemplateId,
		@JsonProperty("_organizationId") @Nullable String organizationId,
		@JsonProperty("_notificationId") @Nullable String notificationId,
		@JsonProperty("_subscriberId") @Nullable String subscriberInternalId,
		@JsonProperty("_jobId") @Nullable String jobId, @JsonProperty("_feedId") @Nullable String feedId,
		@JsonProperty("subscriber") @Nullable Subscriber subscriber,
		@JsonProperty("template") @Nullable WorkflowSummary template,
		@JsonProperty("templateIdentifier") @Nullable String templateIdentifier,
		@JsonProperty("createdAt") @Nullable String createdAt, @JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonProperty("lastSeenDate") @Nullable String lastSeenDate,
		@JsonProperty("lastReadDate") @Nullable String lastReadDate,
		@JsonProperty("content") @Nullable MessageContent content,
		@JsonProperty("transactionId") @Nullable String transactionId,
		@JsonProperty("subject") @Nullable String subject, @JsonProperty("title") @Nullable String title,
		@JsonProperty("channel") @Nullable ChannelType channel, @JsonProperty("read") @Nullable Boolean read,
		@JsonProperty("seen") @Nullable Boolean seen, @JsonProperty("deleted") @Nullable Boolean deleted,
		@JsonProperty("email") @Nullable String email, @JsonProperty("phone") @Nullable String phone,
		@JsonProperty("directWebhookUrl") @Nullable String directWebhookUrl,
		@JsonProperty("providerId") @Nullable String providerId,
		@JsonProperty("deviceTokens") @Nullable List<String> deviceTokens,
		@JsonProperty("avatar") @Nullable String avatar, @JsonProperty("actor") @Nullable Actor actor,
		@JsonProperty("cta") @Nullable Cta cta, @JsonProperty("status") @Nullable MessageStatus status,
		@JsonProperty("errorId") @Nullable String errorId, @JsonProperty("errorText") @Nullable String errorText,
		@JsonProperty("payload") @Nullable Map<String, Object> payload,
		@JsonProperty("overrides") @Nullable Map<String, Object> overrides,
		@JsonProperty("tags") @Nullable List<String> tags) {

	@Override
	public String toString() {
		return "SubscriberMessage{id=" + this.id + ", channel=" + this.channel + ", templateIdentifier="
				+ this.templateIdentifier + ", transactionId=" + this.transactionId + ", read=" + this.read
				+ ", seen=" + this.seen + ", status=" + this.status + ", createdAt=" + this.createdAt
				+ ", directWebhookUrl=" + ((this.directWebhookUrl != null) ? "<redacted>" : "null")
				+ ", deviceTokens="
				+ ((this.deviceTokens != null) ? this.deviceTokens.size() + " redacted" : "null") + "}";
	}

	/**
	 * Who an in-app message appears to come from.
	 *
	 * @param type {@code none}, {@code user}, {@code system_icon} or {@code system_custom}
	 * @param data the user id or icon, by type
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Actor(@JsonProperty("type") @Nullable String type, @JsonProperty("data") @Nullable String data) {

	}

	/**
	 * The call to action of an in-app message.
	 *
	 * @param type {@code redirect}
	 * @param data where it leads
	 * @param action its buttons and what the subscriber did
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Cta(@JsonProperty("type") @Nullable String type, @JsonProperty("data") @Nullable CtaData data,
			@JsonProperty("action") @Nullable CtaAction action) {

	}

	/**
	 * Where a call to action leads.
	 *
	 * @param url the link
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record CtaData(@JsonProperty("url") @Nullable String url) {

	}

	/**
	 * The buttons of a call to action and what the subscriber did.
	 *
	 * @param status {@code pending} until a button was used, then {@code done}
	 * @param buttons the buttons
	 * @param result the button used and its payload
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record CtaAction(@JsonProperty("status") @Nullable MessageActionStatus status,
			@JsonProperty("buttons") @Nullable List<Button> buttons,
			@JsonProperty("result") @Nullable ActionResult result) {

	}

	/**
	 * A button of an in-app message.
	 *
	 * @param type {@code primary} or {@code secondary}
	 * @param content its label
	 * @param resultContent the text shown after it was used
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Button(@JsonProperty("type") @Nullable ButtonType type,
			@JsonProperty("content") @Nullable String content,
			@JsonProperty("resultContent") @Nullable String resultContent) {

	}

	/**
	 * The button a subscriber used, and the payload sent with it.
	 *
	 * @param type the button
	 * @param payload the payload
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ActionResult(@JsonProperty("type") @Nullable ButtonType type,
			@JsonProperty("payload") @Nullable Map<String, Object> payload) {

	}

}
