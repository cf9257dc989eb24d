package io.github.novu4j.client.subscribers;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.ChannelType;
import org.jspecify.annotations.Nullable;

/**
 * A change to a subscriber's preference for one workflow: switch the workflow on or off, or one of
 * its channels (Novu takes one channel per request).
 *
 * <pre>{@code
 * novu.subscribers().preferences().update("user-42", workflowId, UpdatePreferenceRequest.channel(ChannelType.EMAIL, false));
 * }</pre>
 *
 * @param channel the channel to switch, or {@code null}
 * @param enabled whether the workflow is on at all, or {@code null} to leave it
 */
public record UpdatePreferenceRequest(@JsonProperty("channel") @Nullable ChannelPreference channel,
		@JsonProperty("enabled") @Nullable Boolean enabled) {

	/**
	 * Checks that the request changes something.
	 * @param channel the channel to switch, or {@code null}
	 * @param enabled whether the workflow is on at all, or {@code null} to leave it
	 */
	public UpdatePreferenceRequest {
		if (channel == null && enabled == null) {
			throw new IllegalArgumentException("A preference update needs a channel or 'enabled'");
		}
	}

	/**
	 * @param type the channel
	 * @param enabled whether it is on
	 * @return a request switching one channel
	 */
	public static UpdatePreferenceRequest channel(ChannelType type, boolean enabled) {
		return new UpdatePreferenceRequest(ChannelPreference.of(type, enabled), null);
	}

	/**
	 * @param enabled whether the workflow is on at all
	 * @return a request switching the whole workflow
	 */
	public static UpdatePreferenceRequest enabled(boolean enabled) {
		return new UpdatePreferenceRequest(null, enabled);
	}


	/**
	 * For a request that sets both a channel and {@code enabled}.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** Builder of {@link UpdatePreferenceRequest}; set a channel, {@code enabled}, or both. */
	public static final class Builder {

		private @Nullable ChannelPreference channel;

		private @Nullable Boolean enabled;

		private Builder() {
		}

		/**
		 * @param type the channel to switch (Novu takes one channel per request)
		 * @param enabled whether it is on
		 * @return this builder
		 */
		public Builder channel(ChannelType type, boolean enabled) {
			this.channel = ChannelPreference.of(type, enabled);
			return this;
		}

		/**
		 * @param enabled whether the workflow is on at all
		 * @return this builder
		 */
		public Builder enabled(boolean enabled) {
			this.enabled = enabled;
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if neither a channel nor {@code enabled} was set
		 */
		public UpdatePreferenceRequest build() {
			return new UpdatePreferenceRequest(this.channel, this.enabled);
		}

	}

}
