package io.github.novu4j.client.subscribers;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A subscriber's preference, global or for one workflow.
 *
 * @param enabled whether notifications are on at all
 * @param channels whether each channel is on
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Preference(@JsonProperty("enabled") @Nullable Boolean enabled,
		@JsonProperty("channels") @Nullable PreferenceChannels channels) {

}
