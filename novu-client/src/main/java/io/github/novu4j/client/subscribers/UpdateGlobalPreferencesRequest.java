package io.github.novu4j.client.subscribers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.ChannelType;
import org.jspecify.annotations.Nullable;

/**
 * A change to a subscriber's global preference: switch everything on or off, or single channels.
 *
 * <pre>{@code
 * novu.subscribers().preferences().updateGlobal("user-42", UpdateGlobalPreferencesRequest.builder()
 *     .channel(ChannelType.SMS, false)
 *     .build());
 * }</pre>
 *
 * @param enabled whether notifications are on at all, or {@code null} to leave it
 * @param preferences channels to switch
 */
public record UpdateGlobalPreferencesRequest(@JsonProperty("enabled") @Nullable Boolean enabled,
		@JsonProperty("preferences") @Nullable List<ChannelPreference> preferences) {

	/**
	 * Copies the channel list and checks that the request changes something.
	 * @param enabled whether notifications are on at all, or {@code null} to leave it
	 * @param preferences channels to switch
	 */
	public UpdateGlobalPreferencesRequest {
		preferences = (preferences != null) ? List.copyOf(preferences) : null;
		if (enabled == null && (preferences == null || preferences.isEmpty())) {
			throw new IllegalArgumentException(
					"A global preference update needs 'enabled' or at least one channel preference");
		}
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/** Builder of {@link UpdateGlobalPreferencesRequest}. */
	public static final class Builder {

		private @Nullable Boolean enabled;

		private final List<ChannelPreference> preferences = new ArrayList<>();

		private Builder() {
		}

		/**
		 * @param enabled whether notifications are on at all
		 * @return this builder
		 */
		public Builder enabled(boolean enabled) {
			this.enabled = enabled;
			return this;
		}

		/**
		 * @param type a channel
		 * @param enabled whether it is on
		 * @return this builder
		 */
		public Builder channel(ChannelType type, boolean enabled) {
			this.preferences.add(ChannelPreference.of(Objects.requireNonNull(type, "type"), enabled));
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if nothing would change
		 */
		public UpdateGlobalPreferencesRequest build() {
			return new UpdateGlobalPreferencesRequest(this.enabled,
					this.preferences.isEmpty() ? null : this.preferences);
		}

	}

}
