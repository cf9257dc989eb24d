package io.github.novu4j.client.topics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
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
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TopicSubscriber(@JsonProperty("_organizationId") @Nullable String organizationId,
		@JsonProperty("_environmentId") @Nullable String environmentId,
		@JsonProperty("_subscriberId") @Nullable String internalSubscriberId,
		@JsonProperty("_topicId") @Nullable String topicId, @JsonProperty("topicKey") @Nullable String topicKey,
		@JsonProperty("externalSubscriberId") @Nullable String externalSubscriberId) {

}
