package io.github.novu4j.client.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.novu4j.client.internal.PathSegments;

/**
 * Who a trigger goes to: a subscriber by id, a subscriber with details (created or updated on the
 * fly), or a topic. Serialized in Novu's shapes: a string, a subscriber object, or
 * {@code {"type":"Topic","topicKey":..}}.
 */
public final class Recipient {

	/** The most subscribers a topic recipient may exclude. */
	public static final int MAX_EXCLUDED = 100;

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
		return new Recipient(new TopicRecipient(PathSegments.requireId(topicKey, "topicKey"), null), true);
	}

	/**
	 * A topic without some of its subscribers ({@code exclude}, newer Novu servers).
	 * @param topicKey a topic's key
	 * @param excludedSubscriberIds 1 to {@value #MAX_EXCLUDED} subscriber ids of the topic that must not
	 * receive the notification
	 * @return a recipient
	 * @throws IllegalArgumentException if the list is empty, too long or holds a blank id
	 */
	public static Recipient topic(String topicKey, List<String> excludedSubscriberIds) {
		Objects.requireNonNull(excludedSubscriberIds, "excludedSubscriberIds");
		if (excludedSubscriberIds.isEmpty() || excludedSubscriberIds.size() > MAX_EXCLUDED) {
			throw new IllegalArgumentException("A topic recipient excludes 1 to " + MAX_EXCLUDED
					+ " subscribers, got " + excludedSubscriberIds.size());
		}
		List<String> excluded = new ArrayList<>(excludedSubscriberIds.size());
		for (String id : excludedSubscriberIds) {
			excluded.add(PathSegments.requireId(id, "excluded subscriberId"));
		}
		return new Recipient(new TopicRecipient(PathSegments.requireId(topicKey, "topicKey"), List.copyOf(excluded)),
				true);
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
