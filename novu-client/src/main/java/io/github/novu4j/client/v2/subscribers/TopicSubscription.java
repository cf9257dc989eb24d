package io.github.novu4j.client.v2.subscribers;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A subscription of a subscriber to a topic, an item of {@code subscribers().topics().list(..)}.
 *
 * @param id the subscription's internal id ({@code _id})
 * @param identifier the subscription's identifier, e.g. {@code tk_<key>:si_<subscriberId>}
 * @param createdAt when it was created
 * @param topic the topic
 * @param subscriber the subscriber
 * @param contextKeys the contexts the subscription is scoped to, e.g. {@code tenant:acme}
 * @param additionalProperties what this record does not model
 */
public record TopicSubscription(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("identifier") @Nullable String identifier,
		@JsonProperty("createdAt") @Nullable String createdAt, @JsonProperty("topic") @Nullable Topic topic,
		@JsonProperty("subscriber") @Nullable SubscriberSummary subscriber,
		@JsonProperty("contextKeys") @Nullable List<String> contextKeys,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Normalises the unmodelled members.
	 * @param id the internal id
	 * @param identifier the identifier
	 * @param createdAt when it was created
	 * @param topic the topic
	 * @param subscriber the subscriber
	 * @param contextKeys the contexts
	 * @param additionalProperties what this record does not model
	 */
	public TopicSubscription {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * The topic of a subscription.
	 *
	 * @param id the topic's internal id ({@code _id})
	 * @param key the topic's key
	 * @param name its name
	 * @param createdAt when it was created
	 * @param updatedAt when it was last updated
	 * @param additionalProperties what this record does not model
	 */
	public record Topic(@JsonProperty("_id") @Nullable String id, @JsonProperty("key") @Nullable String key,
			@JsonProperty("name") @Nullable String name, @JsonProperty("createdAt") @Nullable String createdAt,
			@JsonProperty("updatedAt") @Nullable String updatedAt,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Normalises the unmodelled members.
		 * @param id the internal id
		 * @param key the key
		 * @param name the name
		 * @param createdAt when it was created
		 * @param updatedAt when it was last updated
		 * @param additionalProperties what this record does not model
		 */
		public Topic {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * The subscriber of a subscription.
	 *
	 * @param id the subscriber's internal id ({@code _id})
	 * @param subscriberId your id of the subscriber
	 * @param avatar avatar URL
	 * @param firstName first name
	 * @param lastName last name
	 * @param email email address
	 * @param additionalProperties what this record does not model
	 */
	public record SubscriberSummary(@JsonProperty("_id") @Nullable String id,
			@JsonProperty("subscriberId") @Nullable String subscriberId,
			@JsonProperty("avatar") @Nullable String avatar, @JsonProperty("firstName") @Nullable String firstName,
			@JsonProperty("lastName") @Nullable String lastName, @JsonProperty("email") @Nullable String email,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Normalises the unmodelled members.
		 * @param id the internal id
		 * @param subscriberId your id
		 * @param avatar avatar URL
		 * @param firstName first name
		 * @param lastName last name
		 * @param email email address
		 * @param additionalProperties what this record does not model
		 */
		public SubscriberSummary {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
