package io.github.novu4j.client.events;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A topic as a trigger recipient, {@code {"type":"Topic","topicKey":..,"exclude":[..]}}.
 *
 * @param topicKey the topic's key
 * @param exclude subscriber ids of the topic that must not receive this trigger, or {@code null}
 */
record TopicRecipient(@JsonProperty("topicKey") String topicKey,
		@JsonProperty("exclude") @Nullable List<String> exclude) {

	@JsonProperty("type")
	public String type() {
		return "Topic";
	}

}
