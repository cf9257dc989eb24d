package io.github.novu4j.client.v2.topics;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A subscription of a subscriber to a topic, as listed ({@code TopicSubscriptionResponseDto}), created
 * or updated ({@code SubscriptionResponseDto}) and deleted ({@code SubscriptionDto}); each answer
 * carries a subset of these members.
 *
 * @param id Novu's id of the subscription ({@code _id})
 * @param identifier the subscription's identifier; by default {@code tk_<key>:si_<subscriberId>}, with
 * {@code :ctx_<context keys>} when it is scoped by a context
 * @param name its name
 * @param topic the topic
 * @param subscriber the subscriber ({@code null} if it no longer exists)
 * @param preferences its workflow preferences; never {@code null}
 * @param contextKeys the context keys ({@code type:id}) that scope it; never {@code null}
 * @param createdAt when it was created (ISO-8601)
 * @param updatedAt when it was last updated (ISO-8601)
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TopicSubscription(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("identifier") @Nullable String identifier, @JsonProperty("name") @Nullable String name,
		@JsonProperty("topic") @Nullable Topic topic, @JsonProperty("subscriber") @Nullable TopicSubscriber subscriber,
		@JsonProperty("preferences") List<SubscriptionPreference> preferences,
		@JsonProperty("contextKeys") List<String> contextKeys, @JsonProperty("createdAt") @Nullable String createdAt,
		@JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the lists; absent ones become empty.
	 * @param id Novu's id of the subscription
	 * @param identifier the subscription's identifier
	 * @param name its name
	 * @param topic the topic
	 * @param subscriber the subscriber
	 * @param preferences its workflow preferences
	 * @param contextKeys the context keys that scope it
	 * @param createdAt when it was created
	 * @param updatedAt when it was last updated
	 * @param additionalProperties what this record does not model
	 */
	public TopicSubscription {
		preferences = (preferences != null) ? List.copyOf(preferences) : List.of();
		contextKeys = (contextKeys != null) ? List.copyOf(contextKeys) : List.of();
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
