package io.github.novu4j.client.agents;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * The platform message an agent reply delivered or edited ({@code SentMessageInfoDto}).
 *
 * @param messageId the platform's message id (e.g. a Slack {@code ts})
 * @param platformThreadId the platform's thread or conversation id
 * @param additionalProperties what this record does not model
 */
public record SentMessageInfo(@JsonProperty("messageId") @Nullable String messageId,
		@JsonProperty("platformThreadId") @Nullable String platformThreadId,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the additional properties.
	 * @param messageId the platform's message id
	 * @param platformThreadId the platform's thread id
	 * @param additionalProperties what this record does not model
	 */
	public SentMessageInfo {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
