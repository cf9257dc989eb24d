package io.github.novu4j.client.webhooks;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.ChannelType;
import io.github.novu4j.client.messages.MessageStatus;
import org.jspecify.annotations.Nullable;

/**
 * The message a {@code message.*} event is about, as the webhook carries it (the OpenAPI document leaves it
 * untyped). The fields that identify it and its delivery are modelled; everything else Novu sends (content,
 * payload, device tokens, ...) stays in {@link #additionalProperties()}. {@link #toString()} shows only the
 * modelled fields.
 *
 * @param id the message's id
 * @param subscriberId your id of the subscriber, as newer servers send it (see {@link #recipientId()})
 * @param subscriber the subscriber, as older servers embed it (plain Java values)
 * @param transactionId the transaction id of the trigger that produced the message
 * @param templateIdentifier the workflow's trigger identifier
 * @param channel the channel
 * @param providerId the provider, e.g. {@code sendgrid}
 * @param status the delivery status
 * @param errorId the provider error's id, when delivery failed
 * @param errorText the provider error's text, when delivery failed
 * @param notificationId the notification (workflow run) that produced it
 * @param jobId the job that sent it
 * @param createdAt when it was created (ISO-8601)
 * @param updatedAt when it last changed
 * @param additionalProperties members this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebhookMessage(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("subscriberId") @Nullable String subscriberId,
		@JsonProperty("subscriber") @Nullable Map<String, @Nullable Object> subscriber,
		@JsonProperty("transactionId") @Nullable String transactionId,
		@JsonProperty("templateIdentifier") @Nullable String templateIdentifier,
		@JsonProperty("channel") @Nullable ChannelType channel, @JsonProperty("providerId") @Nullable String providerId,
		@JsonProperty("status") @Nullable MessageStatus status, @JsonProperty("errorId") @Nullable String errorId,
		@JsonProperty("errorText") @Nullable String errorText,
		@JsonProperty("_notificationId") @Nullable String notificationId, @JsonProperty("_jobId") @Nullable String jobId,
		@JsonProperty("createdAt") @Nullable String createdAt, @JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Copies the additional properties.
	 * @param id the message's id
	 * @param subscriberId your id of the subscriber (newer servers)
	 * @param subscriber the embedded subscriber (older servers)
	 * @param transactionId the trigger's transaction id
	 * @param templateIdentifier the workflow's trigger identifier
	 * @param channel the channel
	 * @param providerId the provider
	 * @param status the delivery status
	 * @param errorId the provider error's id
	 * @param errorText the provider error's text
	 * @param notificationId the notification that produced it
	 * @param jobId the job that sent it
	 * @param createdAt when it was created
	 * @param updatedAt when it last changed
	 * @param additionalProperties members this record does not model
	 */
	public WebhookMessage {
		subscriber = (subscriber != null) ? AdditionalProperties.copyOf(subscriber) : null;
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Your id of the subscriber the message went to, whichever shape the server sent: the top-level
	 * {@code subscriberId} of newer servers or the embedded {@code subscriber.subscriberId} of older ones
	 * (WIRE-FORMAT-CURRENT §G.1).
	 * @return the subscriber id, or {@code null} when neither is present
	 */
	public @Nullable String recipientId() {
		if (this.subscriberId != null) {
			return this.subscriberId;
		}
		return (this.subscriber != null && this.subscriber.get("subscriberId") instanceof String nested) ? nested : null;
	}

	@Override
	public String toString() {
		return "WebhookMessage{id=" + this.id + ", channel=" + this.channel + ", status=" + this.status
				+ ", transactionId=" + this.transactionId + ", templateIdentifier=" + this.templateIdentifier
				+ ", subscriberId=" + recipientId() + ", providerId=" + this.providerId + ", errorText=" + this.errorText
				+ "}";
	}

}
