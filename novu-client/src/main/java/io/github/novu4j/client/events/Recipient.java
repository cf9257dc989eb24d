package io.github.novu4j.client.events;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.novu4j.client.internal.PathSegments;

/**
 * Who a trigger goes to: a subscriber by id, a subscriber with details (created or updated on the
 * fly), or a topic. Serialized in Novu's shapes: a string, a subscriber object, or
 * {@code {"type":"Topic","topicKey":..}}.
 */
public final class Recipient {

	private final Object json;

	private final boolean topic;

	private Recipient(Object json, boolean topic) {
		this.json = json;
		this.topic = topic;
	}

	/**
	 * @param subscriberId the subscriber's id in your system
	 * @return a recipient
	 */
	public static Recipient subscriber(String subscriberId) {
		return new Recipient(PathSegments.requireId(subscriberId, "subscriberId"), false);
	}

	/**
	 * @param subscriber a subscriber with details; Novu creates or updates it
	 * @return a recipient
	 */
	public static Recipient subscriber(SubscriberRecipient subscriber) {
		return new Recipient(Objects.requireNonNull(subscriber, "subscriber"), false);
	}

	/**
	 * @param topicKey a topic's key; every subscriber of the topic receives the notification
	 * @return a recipient
	 */
	public static Recipient topic(String topicKey) {
		return new Recipient(new TopicRecipient(PathSegments.requireId(topicKey, "topicKey")), true);
	}

	/** @return whether this is a topic */
	public boolean isTopic() {
		return this.topic;
	}

	/** @return the JSON value: a subscriber id string, a {@link SubscriberRecipient} or a topic */
	@JsonValue
	public Object toJson() {
		return this.json;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Recipient recipient) && this.json.equals(recipient.json);
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	@Override
	public String toString() {
		return "Recipient{" + this.json + "}";
	}

}
