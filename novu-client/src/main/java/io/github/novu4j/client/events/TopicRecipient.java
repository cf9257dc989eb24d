package io.github.novu4j.client.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A topic as a trigger recipient, {@code {"type":"Topic","topicKey":..}}.
 *
 * @param topicKey the topic's key
 */
record TopicRecipient(@JsonProperty("topicKey") String topicKey) {

	@JsonProperty("type")
	public String type() {
		return "Topic";
	}

}
