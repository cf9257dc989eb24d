package io.github.novu4j.client.v2.subscribers;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * One preference as {@code preferences().bulkUpdate(..)} returns it.
 *
 * @param level {@code global} or {@code template} (a workflow's preference)
 * @param workflow the workflow, for a {@code template} preference
 * @param enabled whether the preference is on
 * @param channels the channels
 * @param condition a JSON Logic condition, if the workflow has one
 * @param additionalProperties what this record does not model
 */
public record PreferenceResult(@JsonProperty("level") @Nullable String level,
		@JsonProperty("workflow") InboxNotification.@Nullable Workflow workflow,
		@JsonProperty("enabled") @Nullable Boolean enabled,
		@JsonProperty("channels") @Nullable PreferenceChannels channels,
		@JsonProperty("condition") @Nullable Map<String, @Nullable Object> condition,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Normalises the unmodelled members.
	 * @param level the level
	 * @param workflow the workflow
	 * @param enabled whether it is on
	 * @param channels the channels
	 * @param condition a JSON Logic condition
	 * @param additionalProperties what this record does not model
	 */
	public PreferenceResult {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
