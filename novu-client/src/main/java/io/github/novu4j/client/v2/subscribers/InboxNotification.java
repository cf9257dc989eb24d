package io.github.novu4j.client.v2.subscribers;

import io.github.novu4j.client.Severity;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.ChannelType;
import org.jspecify.annotations.Nullable;

/**
 * A notification of a subscriber's Inbox, as the v2 list and every single-notification action (read,
 * archive, snooze, complete an action, ...) return it. Timestamps are ISO-8601 text.
 *
 * @param id the notification's id; pass it to the single-notification actions
 * @param transactionId the transaction of the trigger that produced it
 * @param subject the subject
 * @param body the body
 * @param to the subscriber it was sent to
 * @param isRead whether it is read
 * @param isSeen whether it is seen
 * @param isArchived whether it is archived
 * @param isSnoozed whether it is snoozed
 * @param snoozedUntil when a snooze ends
 * @param deliveredAt when it was delivered (several times after snoozes)
 * @param createdAt when it was created
 * @param readAt when it was read
 * @param firstSeenAt when it was first seen
 * @param archivedAt when it was archived
 * @param avatar the avatar URL shown with it
 * @param primaryAction the primary action button
 * @param secondaryAction the secondary action button
 * @param channelType the channel, {@code in_app}
 * @param tags the workflow's tags
 * @param data custom data of the notification
 * @param redirect where a click leads
 * @param workflow the workflow that produced it
 * @param severity its severity
 * @param additionalProperties what this record does not model
 */
public record InboxNotification(@JsonProperty("id") @Nullable String id,
		@JsonProperty("transactionId") @Nullable String transactionId,
		@JsonProperty("subject") @Nullable String subject, @JsonProperty("body") @Nullable String body,
		@JsonProperty("to") @Nullable Recipient to, @JsonProperty("isRead") @Nullable Boolean isRead,
		@JsonProperty("isSeen") @Nullable Boolean isSeen, @JsonProperty("isArchived") @Nullable Boolean isArchived,
		@JsonProperty("isSnoozed") @Nullable Boolean isSnoozed,
		@JsonProperty("snoozedUntil") @Nullable String snoozedUntil,
		@JsonProperty("deliveredAt") @Nullable List<String> deliveredAt,
		@JsonProperty("createdAt") @Nullable String createdAt, @JsonProperty("readAt") @Nullable String readAt,
		@JsonProperty("firstSeenAt") @Nullable String firstSeenAt,
		@JsonProperty("archivedAt") @Nullable String archivedAt, @JsonProperty("avatar") @Nullable String avatar,
		@JsonProperty("primaryAction") @Nullable Action primaryAction,
		@JsonProperty("secondaryAction") @Nullable Action secondaryAction,
		@JsonProperty("channelType") @Nullable ChannelType channelType,
		@JsonProperty("tags") @Nullable List<String> tags,
		@JsonProperty("data") @Nullable Map<String, @Nullable Object> data,
		@JsonProperty("redirect") @Nullable Redirect redirect, @JsonProperty("workflow") @Nullable Workflow workflow,
		@JsonProperty("severity") @Nullable Severity severity,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Normalises the unmodelled members.
	 * @param id the notification's id
	 * @param transactionId the transaction
	 * @param subject the subject
	 * @param body the body
	 * @param to the subscriber
	 * @param isRead whether it is read
	 * @param isSeen whether it is seen
	 * @param isArchived whether it is archived
	 * @param isSnoozed whether it is snoozed
	 * @param snoozedUntil when a snooze ends
	 * @param deliveredAt when it was delivered
	 * @param createdAt when it was created
	 * @param readAt when it was read
	 * @param firstSeenAt when it was first seen
	 * @param archivedAt when it was archived
	 * @param avatar the avatar URL
	 * @param primaryAction the primary action
	 * @param secondaryAction the secondary action
	 * @param channelType the channel
	 * @param tags the workflow's tags
	 * @param data custom data
	 * @param redirect where a click leads
	 * @param workflow the workflow
	 * @param severity its severity
	 * @param additionalProperties what this record does not model
	 */
	public InboxNotification {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * The subscriber a notification was sent to.
	 *
	 * @param id Novu's internal id of the subscriber
	 * @param subscriberId your id of the subscriber
	 * @param firstName first name
	 * @param lastName last name
	 * @param avatar avatar URL
	 * @param additionalProperties what this record does not model
	 */
	public record Recipient(@JsonProperty("id") @Nullable String id,
			@JsonProperty("subscriberId") @Nullable String subscriberId,
			@JsonProperty("firstName") @Nullable String firstName, @JsonProperty("lastName") @Nullable String lastName,
			@JsonProperty("avatar") @Nullable String avatar,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Normalises the unmodelled members.
		 * @param id Novu's internal id
		 * @param subscriberId your id
		 * @param firstName first name
		 * @param lastName last name
		 * @param avatar avatar URL
		 * @param additionalProperties what this record does not model
		 */
		public Recipient {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * An action button of a notification.
	 *
	 * @param label the button's label
	 * @param isCompleted whether the subscriber completed it
	 * @param redirect where the button leads
	 * @param additionalProperties what this record does not model
	 */
	public record Action(@JsonProperty("label") @Nullable String label,
			@JsonProperty("isCompleted") @Nullable Boolean isCompleted,
			@JsonProperty("redirect") @Nullable Redirect redirect,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Normalises the unmodelled members.
		 * @param label the label
		 * @param isCompleted whether it is completed
		 * @param redirect where it leads
		 * @param additionalProperties what this record does not model
		 */
		public Action {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * Where a click leads.
	 *
	 * @param url the URL
	 * @param target the link target: {@code _self}, {@code _blank}, {@code _parent}, {@code _top} or {@code _unfencedTop}
	 * @param additionalProperties what this record does not model
	 */
	public record Redirect(@JsonProperty("url") @Nullable String url, @JsonProperty("target") @Nullable String target,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Normalises the unmodelled members.
		 * @param url the URL
		 * @param target the link target
		 * @param additionalProperties what this record does not model
		 */
		public Redirect {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * The workflow a notification or preference belongs to.
	 *
	 * @param id the workflow's internal id
	 * @param identifier the workflow id used to trigger it
	 * @param name its name
	 * @param critical whether it is critical (subscribers cannot turn it off)
	 * @param tags its tags
	 * @param data custom data of the workflow
	 * @param severity its severity
	 * @param additionalProperties what this record does not model
	 */
	public record Workflow(@JsonProperty("id") @Nullable String id,
			@JsonProperty("identifier") @Nullable String identifier, @JsonProperty("name") @Nullable String name,
			@JsonProperty("critical") @Nullable Boolean critical, @JsonProperty("tags") @Nullable List<String> tags,
			@JsonProperty("data") @Nullable Map<String, @Nullable Object> data,
			@JsonProperty("severity") @Nullable Severity severity,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Normalises the unmodelled members.
		 * @param id the internal id
		 * @param identifier the workflow id
		 * @param name the name
		 * @param critical whether it is critical
		 * @param tags its tags
		 * @param data custom data
		 * @param severity its severity
		 * @param additionalProperties what this record does not model
		 */
		public Workflow {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
