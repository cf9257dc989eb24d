package io.github.novu4j.client.v2.topics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.PathSegments;
import io.github.novu4j.client.ContextMap;
import org.jspecify.annotations.Nullable;

/**
 * Subscribers to subscribe to a topic ({@code CreateTopicSubscriptionsRequestDto}): 1 to 100
 * subscriptions, each a subscriber id or a subscriber with your own subscription identifier, optionally
 * scoped by a context and with workflow preferences. Checked before sending. Build with
 * {@link #builder()} or {@link #of(String...)}.
 *
 * <pre>{@code
 * CreateTopicSubscriptionsRequest.builder()
 *     .subscriberIds("user-42", "user-43")
 *     .context(ContextMap.of("tenant", "org-acme"))
 *     .preference(PreferenceRule.workflow("order-shipped"))
 *     .build();
 * }</pre>
 *
 * @param subscriptions the subscriptions: subscriber ids ({@code String}) or
 * {@code {identifier, subscriberId, name?}} objects
 * @param name the topic's name, used if the topic does not exist yet and Novu creates it
 * @param context the context that scopes the subscriptions, or {@code null}
 * @param preferences workflow preferences of the subscriptions; empty for none
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CreateTopicSubscriptionsRequest(@JsonProperty("subscriptions") List<Object> subscriptions,
		@JsonProperty("name") @Nullable String name, @JsonProperty("context") @Nullable ContextMap context,
		@JsonProperty("preferences") List<PreferenceRule> preferences) {

	/** The most subscriptions Novu accepts in one call. */
	public static final int MAX_SUBSCRIPTIONS = 100;

	/**
	 * Checks the number of subscriptions.
	 * @param subscriptions the subscriptions
	 * @param name the topic's name
	 * @param context the context, or {@code null}
	 * @param preferences workflow preferences
	 * @throws IllegalArgumentException if there are no subscriptions or more than 100
	 */
	public CreateTopicSubscriptionsRequest {
		subscriptions = TopicSubscriptions.requireCount(subscriptions);
		preferences = (preferences != null) ? List.copyOf(preferences) : List.of();
	}

	/**
	 * @param subscriberIds the subscribers to subscribe
	 * @return the request
	 */
	public static CreateTopicSubscriptionsRequest of(String... subscriberIds) {
		return builder().subscriberIds(subscriberIds).build();
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/** Builds a {@link CreateTopicSubscriptionsRequest}. */
	public static final class Builder {

		private final List<Object> subscriptions = new ArrayList<>();

		private final List<PreferenceRule> preferences = new ArrayList<>();

		private @Nullable String name;

		private @Nullable ContextMap context;

		private Builder() {
		}

		/**
		 * @param subscriberIds subscribers to subscribe, each with Novu's default identifier
		 * @return this builder
		 */
		public Builder subscriberIds(String... subscriberIds) {
			for (String subscriberId : subscriberIds) {
				this.subscriptions.add(PathSegments.requireId(subscriberId, "subscriberId"));
			}
			return this;
		}

		/**
		 * @param identifier your identifier of the subscription (at most 512 characters), so one subscriber
		 * may hold several subscriptions to the topic
		 * @param subscriberId the subscriber
		 * @param name the subscription's name, or {@code null}
		 * @return this builder
		 */
		public Builder subscription(String identifier, String subscriberId, @Nullable String name) {
			PathSegments.requireId(identifier, "identifier");
			if (identifier.length() > 512) {
				throw new IllegalArgumentException("identifier must be at most 512 characters, was " + identifier.length());
			}
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("identifier", identifier);
			item.put("subscriberId", PathSegments.requireId(subscriberId, "subscriberId"));
			if (name != null) {
				item.put("name", name);
			}
			this.subscriptions.add(Collections.unmodifiableMap(item));
			return this;
		}

		/**
		 * @param name the topic's name, used if Novu creates the topic
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * @param context the context that scopes the subscriptions
		 * @return this builder
		 */
		public Builder context(@Nullable ContextMap context) {
			this.context = context;
			return this;
		}

		/**
		 * @param preference a workflow preference of the subscriptions
		 * @return this builder
		 */
		public Builder preference(PreferenceRule preference) {
			this.preferences.add(java.util.Objects.requireNonNull(preference, "preference"));
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if there are no subscriptions or more than 100
		 */
		public CreateTopicSubscriptionsRequest build() {
			return new CreateTopicSubscriptionsRequest(this.subscriptions, this.name, this.context, this.preferences);
		}

	}

}
