package io.github.novu4j.client.webhooks;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The type of a webhook event, e.g. {@code message.delivered}. An open set: a type Novu adds later
 * arrives as an instance too; compare with the constants.
 *
 * @param value the type as Novu sends it
 */
public record WebhookEventType(@JsonValue String value) {

	/** A message left Novu for the provider (chat delivery failures arrive as this, with {@code data.error}). */
	public static final WebhookEventType MESSAGE_SENT = new WebhookEventType("message.sent");

	/** Sending a message failed; {@code data.error} says why. */
	public static final WebhookEventType MESSAGE_FAILED = new WebhookEventType("message.failed");

	/** The provider reported the message delivered. */
	public static final WebhookEventType MESSAGE_DELIVERED = new WebhookEventType("message.delivered");

	/** The subscriber saw an in-app message. */
	public static final WebhookEventType MESSAGE_SEEN = new WebhookEventType("message.seen");

	/** The subscriber read an in-app message. */
	public static final WebhookEventType MESSAGE_READ = new WebhookEventType("message.read");

	/** An in-app message was marked unread. */
	public static final WebhookEventType MESSAGE_UNREAD = new WebhookEventType("message.unread");

	/** An in-app message was archived. */
	public static final WebhookEventType MESSAGE_ARCHIVED = new WebhookEventType("message.archived");

	/** An in-app message was unarchived. */
	public static final WebhookEventType MESSAGE_UNARCHIVED = new WebhookEventType("message.unarchived");

	/** An in-app message was snoozed. */
	public static final WebhookEventType MESSAGE_SNOOZED = new WebhookEventType("message.snoozed");

	/** An in-app message was unsnoozed. */
	public static final WebhookEventType MESSAGE_UNSNOOZED = new WebhookEventType("message.unsnoozed");

	/** A message was deleted. */
	public static final WebhookEventType MESSAGE_DELETED = new WebhookEventType("message.deleted");

	/** A workflow was created. */
	public static final WebhookEventType WORKFLOW_CREATED = new WebhookEventType("workflow.created");

	/** A workflow was updated; {@code data.previousObject} holds the stored record before the change. */
	public static final WebhookEventType WORKFLOW_UPDATED = new WebhookEventType("workflow.updated");

	/** A workflow was deleted. */
	public static final WebhookEventType WORKFLOW_DELETED = new WebhookEventType("workflow.deleted");

	/** A workflow was published to this environment; {@code data.previousObject} is the source environment's. */
	public static final WebhookEventType WORKFLOW_PUBLISHED = new WebhookEventType("workflow.published");

	/** A subscriber's preference changed. */
	public static final WebhookEventType PREFERENCE_UPDATED = new WebhookEventType("preference.updated");

	/** An email arrived on one of the environment's inbound domains. */
	public static final WebhookEventType EMAIL_RECEIVED = new WebhookEventType("email.received");

	/**
	 * Rejects a null value.
	 * @param value the type as Novu sends it
	 */
	public WebhookEventType {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a type as Novu sends it
	 * @return the type
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static WebhookEventType of(String value) {
		return new WebhookEventType(value);
	}

	/**
	 * The part before the first dot: {@code message}, {@code workflow}, {@code preference}, {@code email}.
	 * Novu's documentation once wrote {@code messages.*}; that spelling counts as {@code message}.
	 * @return the event family
	 */
	public String family() {
		int dot = this.value.indexOf('.');
		String family = (dot < 0) ? this.value : this.value.substring(0, dot);
		return "messages".equals(family) ? "message" : family;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
