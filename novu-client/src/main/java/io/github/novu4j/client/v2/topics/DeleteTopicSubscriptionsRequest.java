package io.github.novu4j.client.v2.topics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.PathSegments;
import org.jspecify.annotations.Nullable;

/**
 * Subscriptions to remove from a topic ({@code DeleteTopicSubscriptionsRequestDto}): 1 to 100 items,
 * each every subscription of a subscriber, or one subscription by its identifier. Checked before sending.
 *
 * <pre>{@code
 * DeleteTopicSubscriptionsRequest.builder().subscriberIds("user-42").identifier("tk_ops:si_user-43").build();
 * }</pre>
 *
 * @param subscriptions the items: subscriber ids ({@code String}) or {@code {identifier?, subscriberId?}}
 */
public record DeleteTopicSubscriptionsRequest(@JsonProperty("subscriptions") List<Object> subscriptions) {

	/**
	 * Checks the number of items.
	 * @param subscriptions the items
	 * @throws IllegalArgumentException if there are none or more than 100
	 */
	public DeleteTopicSubscriptionsRequest {
		subscriptions = TopicSubscriptions.requireCount(subscriptions);
	}

	/**
	 * @param subscriberIds the subscribers whose subscriptions to the topic are removed
	 * @return the request
	 */
	public static DeleteTopicSubscriptionsRequest of(String... subscriberIds) {
		return builder().subscriberIds(subscriberIds).build();
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/** Builds a {@link DeleteTopicSubscriptionsRequest}. */
	public static final class Builder {

		private final List<Object> subscriptions = new ArrayList<>();

		private Builder() {
		}

		/**
		 * @param subscriberIds subscribers whose every subscription to the topic is removed
		 * @return this builder
		 */
		public Builder subscriberIds(String... subscriberIds) {
			for (String subscriberId : subscriberIds) {
				this.subscriptions.add(PathSegments.requireId(subscriberId, "subscriberId"));
			}
			return this;
		}

		/**
		 * @param identifier the identifier of one subscription to remove
		 * @return this builder
		 */
		public Builder identifier(String identifier) {
			return subscription(identifier, null);
		}

		/**
		 * @param identifier the identifier of one subscription, or {@code null} for all of the subscriber's
		 * @param subscriberId its subscriber, or {@code null}
		 * @return this builder
		 * @throws IllegalArgumentException if both are {@code null} or one is blank
		 */
		public Builder subscription(@Nullable String identifier, @Nullable String subscriberId) {
			if (identifier == null && subscriberId == null) {
				throw new IllegalArgumentException("a subscription to remove needs an identifier or a subscriberId");
			}
			Map<String, Object> item = new LinkedHashMap<>();
			if (identifier != null) {
				item.put("identifier", PathSegments.requireId(identifier, "identifier"));
			}
			if (subscriberId != null) {
				item.put("subscriberId", PathSegments.requireId(subscriberId, "subscriberId"));
			}
			this.subscriptions.add(Collections.unmodifiableMap(item));
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if there are no items or more than 100
		 */
		public DeleteTopicSubscriptionsRequest build() {
			return new DeleteTopicSubscriptionsRequest(this.subscriptions);
		}

	}

}
