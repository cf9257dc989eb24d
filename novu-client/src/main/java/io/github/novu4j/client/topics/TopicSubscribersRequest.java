package io.github.novu4j.client.topics;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.PathSegments;

/**
 * Subscribers to add to or remove from a topic ({@code AddSubscribersRequestDto} and
 * {@code RemoveSubscribersRequestDto}, which have the same shape).
 *
 * @param subscribers at least one subscriber id ({@code subscriberId}, not Novu's internal id)
 */
public record TopicSubscribersRequest(@JsonProperty("subscribers") List<String> subscribers) {

	/**
	 * Checks the ids and copies the list.
	 * @param subscribers at least one subscriber id ({@code subscriberId}, not Novu's internal id)
	 * @throws IllegalArgumentException if there is no id, or one is blank, {@code .} or {@code ..}
	 */
	public TopicSubscribersRequest {
		if (subscribers == null || subscribers.isEmpty()) {
			throw new IllegalArgumentException("Name at least one subscriber id");
		}
		for (int i = 0; i < subscribers.size(); i++) {
			PathSegments.requireId(subscribers.get(i), "subscribers[" + i + "]");
		}
		subscribers = List.copyOf(subscribers);
	}

	/**
	 * @param subscriberIds at least one subscriber id
	 * @return the request
	 */
	public static TopicSubscribersRequest of(String... subscriberIds) {
		return new TopicSubscribersRequest(Arrays.asList(subscriberIds));
	}

	/**
	 * @param subscriberIds at least one subscriber id
	 * @return the request
	 */
	public static TopicSubscribersRequest of(List<String> subscriberIds) {
		return new TopicSubscribersRequest(subscriberIds);
	}

}
