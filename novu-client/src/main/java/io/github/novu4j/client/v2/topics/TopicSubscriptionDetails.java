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
 * One topic subscription with its preferences, as {@code topics.subscriptions.getSubscription} answers
 * ({@code SubscriptionDetailsResponseDto}; note {@code id}, not {@code _id}).
 *
 * @param id Novu's id of the subscription
 * @param identifier the subscription's identifier
 * @param name its name
 * @param preferences its workflow preferences; never {@code null}
 * @param contextKeys the context keys ({@code type:id}) that scope it; never {@code null}
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TopicSubscriptionDetails(@JsonProperty("id") @Nullable String id,
		@JsonProperty("identifier") @Nullable String identifier, @JsonProperty("name") @Nullable String name,
		@JsonProperty("preferences") List<SubscriptionPreference> preferences,
		@JsonProperty("contextKeys") List<String> contextKeys,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the lists; absent ones become empty.
	 * @param id Novu's id of the subscription
	 * @param identifier the subscription's identifier
	 * @param name its name
	 * @param preferences its workflow preferences
	 * @param contextKeys the context keys that scope it
	 * @param additionalProperties what this record does not model
	 */
	public TopicSubscriptionDetails {
		preferences = (preferences != null) ? List.copyOf(preferences) : List.of();
		contextKeys = (contextKeys != null) ? List.copyOf(contextKeys) : List.of();
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
