package io.github.novu4j.client.subscribers;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.ChannelType;

/**
 * One channel switched on or off, in a preference update.
 *
 * @param type the channel
 * @param enabled whether it is on
 */
public record ChannelPreference(@JsonProperty("type") ChannelType type, @JsonProperty("enabled") boolean enabled) {

	/**
	 * Rejects a null channel type.
	 * @param type the channel
	 * @param enabled whether it is on
	 */
	public ChannelPreference {
		Objects.requireNonNull(type, "type");
	}

	/**
	 * @param type the channel
	 * @param enabled whether it is on
	 * @return the preference
	 */
	public static ChannelPreference of(ChannelType type, boolean enabled) {
		return new ChannelPreference(type, enabled);
	}

}
