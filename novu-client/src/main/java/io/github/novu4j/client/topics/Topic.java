package io.github.novu4j.client.topics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A topic: a named group of subscribers that a trigger can address at once ({@code TopicDto}, also the
 * answer of retrieve and rename).
 *
 * @param id Novu's id of the topic ({@code _id})
 * @param organizationId the organization it belongs to
 * @param environmentId the environment it belongs to
 * @param key your key of the topic, used in every topic operation and in triggers
 * @param name its name
 * @param subscribers the subscriber ids ({@code subscriberId}, not Novu's internal ids) of its members;
 * never {@code null}
 * @param createdAt when it was created (ISO-8601, as Novu sends it)
 * @param updatedAt when it was last changed
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Topic(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("_organizationId") @Nullable String organizationId,
		@JsonProperty("_environmentId") @Nullable String environmentId, @JsonProperty("key") @Nullable String key,
		@JsonProperty("name") @Nullable String name, @JsonProperty("subscribers") List<String> subscribers,
		@JsonProperty("createdAt") @Nullable String createdAt,
		@JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Copies the subscriber ids into an unmodifiable list, empty when Novu sent none.
	 * @param id Novu's id of the topic ({@code _id})
	 * @param organizationId the organization it belongs to
	 * @param environmentId the environment it belongs to
	 * @param key your key of the topic, used in every topic operation and in triggers
	 * @param name its name
	 * @param subscribers the subscriber ids ({@code subscriberId}, not Novu's internal ids) of its members;
	 * never {@code null}
	 * @param createdAt when it was created (ISO-8601, as Novu sends it)
	 * @param updatedAt when it was last changed
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public Topic {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		subscribers = (subscribers != null) ? Collections.unmodifiableList(new ArrayList<>(subscribers)) : List.of();
	}

}
