package io.github.novu4j.client.v2.subscribers;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.ChannelType;
import org.jspecify.annotations.Nullable;

/**
 * A subscriber's preferences as the v2 API returns them ({@code preferences().list(..)} and
 * {@code preferences().update(..)}): the global preference and one per workflow.
 *
 * @param global the global preference
 * @param workflows the preference of each workflow
 * @param additionalProperties what this record does not model
 */
public record Preferences(@JsonProperty("global") @Nullable Global global,
		@JsonProperty("workflows") @Nullable List<WorkflowPreference> workflows,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Normalises the unmodelled members.
	 * @param global the global preference
	 * @param workflows the preference of each workflow
	 * @param additionalProperties what this record does not model
	 */
	public Preferences {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * The global preference of a subscriber.
	 *
	 * @param enabled whether notifications are on at all
	 * @param channels the channels
	 * @param schedule the delivery schedule
	 * @param additionalProperties what this record does not model
	 */
	public record Global(@JsonProperty("enabled") @Nullable Boolean enabled,
			@JsonProperty("channels") @Nullable PreferenceChannels channels,
			@JsonProperty("schedule") @Nullable Schedule schedule,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Normalises the unmodelled members.
		 * @param enabled whether notifications are on
		 * @param channels the channels
		 * @param schedule the delivery schedule
		 * @param additionalProperties what this record does not model
		 */
		public Global {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * A subscriber's preference for one workflow.
	 *
	 * @param enabled whether the workflow's notifications are on
	 * @param channels the channels
	 * @param overrides which level decided each channel
	 * @param workflow the workflow
	 * @param updatedAt when the subscriber last set it (absent if never)
	 * @param additionalProperties what this record does not model
	 */
	public record WorkflowPreference(@JsonProperty("enabled") @Nullable Boolean enabled,
			@JsonProperty("channels") @Nullable PreferenceChannels channels,
			@JsonProperty("overrides") @Nullable List<ChannelOverride> overrides,
			@JsonProperty("workflow") @Nullable WorkflowInfo workflow,
			@JsonProperty("updatedAt") @Nullable String updatedAt,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Normalises the unmodelled members.
		 * @param enabled whether the workflow's notifications are on
		 * @param channels the channels
		 * @param overrides which level decided each channel
		 * @param workflow the workflow
		 * @param updatedAt when the subscriber last set it
		 * @param additionalProperties what this record does not model
		 */
		public WorkflowPreference {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * Which level decided a channel of a workflow preference.
	 *
	 * @param channel the channel
	 * @param source {@code subscriber}, {@code template} or {@code workflowOverride}
	 * @param additionalProperties what this record does not model
	 */
	public record ChannelOverride(@JsonProperty("channel") @Nullable ChannelType channel,
			@JsonProperty("source") @Nullable String source,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Normalises the unmodelled members.
		 * @param channel the channel
		 * @param source the deciding level
		 * @param additionalProperties what this record does not model
		 */
		public ChannelOverride {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * The workflow of a preference.
	 *
	 * @param slug the workflow's slug
	 * @param identifier the workflow id used to trigger it
	 * @param name its name
	 * @param updatedAt when it was last updated
	 * @param additionalProperties what this record does not model
	 */
	public record WorkflowInfo(@JsonProperty("slug") @Nullable String slug,
			@JsonProperty("identifier") @Nullable String identifier, @JsonProperty("name") @Nullable String name,
			@JsonProperty("updatedAt") @Nullable String updatedAt,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Normalises the unmodelled members.
		 * @param slug the slug
		 * @param identifier the workflow id
		 * @param name the name
		 * @param updatedAt when it was last updated
		 * @param additionalProperties what this record does not model
		 */
		public WorkflowInfo {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
