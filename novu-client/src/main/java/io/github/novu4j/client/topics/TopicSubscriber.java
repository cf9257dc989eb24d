package io.github.novu4j.client.topics;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A subscriber's membership of a topic ({@code TopicSubscriberDto}).
 *
 * @param organizationId the organization
 * @param environmentId the environment
 * @param internalSubscriberId Novu's internal id of the subscriber ({@code _subscriberId})
 * @param topicId Novu's id of the topic ({@code _topicId})
 * @param topicKey the topic's key
 * @param externalSubscriberId the subscriber's id in your system ({@code subscriberId})
 * @param id the membership's id
 * @param createdAt when the subscriber joined the topic (ISO-8601)
 * @param updatedAt when the membership last changed
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TopicSubscriber(@JsonProperty("_organizationId") @Nullable String organizationId,
		@JsonProperty("_environmentId") @Nullable String environmentId,
		@JsonProperty("_subscriberId") @Nullable String internalSubscriberId,
		@JsonProperty("_topicId") @Nullable String topicId, @JsonProperty("topicKey") @Nullable String topicKey,
		@JsonProperty("externalSubscriberId") @Nullable String externalSubscriberId,
		@JsonProperty("_id") @Nullable String id,
		@JsonProperty("createdAt") @Nullable String createdAt,
		@JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param organizationId the organization
	 * @param environmentId the environment
	 * @param internalSubscriberId Novu's internal id of the subscriber ({@code _subscriberId})
	 * @param topicId Novu's id of the topic ({@code _topicId})
	 * @param topicKey the topic's key
	 * @param externalSubscriberId the subscriber's id in your system ({@code subscriberId})
	 * @param id the membership's id
	 * @param createdAt when the subscriber joined the topic (ISO-8601)
	 * @param updatedAt when the membership last changed
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public TopicSubscriber {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
