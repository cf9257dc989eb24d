package io.github.novu4j.client.subscribers;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A subscriber's credentials for a chat or push provider: a webhook URL (Slack, Discord, MS Teams ...)
 * or device tokens (FCM, APNs, Expo ...). Secrets: {@link #toString()} shows which fields are set, never
 * their values.
 *
 * @param webhookUrl chat webhook URL
 * @param channel chat channel
 * @param deviceTokens push device tokens
 * @param alertUid Grafana OnCall alert uid
 * @param title Grafana OnCall title
 * @param imageUrl Grafana OnCall image URL
 * @param state Grafana OnCall state
 * @param externalUrl Grafana OnCall external URL
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelCredentials(@JsonProperty("webhookUrl") @Nullable String webhookUrl,
		@JsonProperty("channel") @Nullable String channel,
		@JsonProperty("deviceTokens") @Nullable List<String> deviceTokens,
		@JsonProperty("alertUid") @Nullable String alertUid, @JsonProperty("title") @Nullable String title,
		@JsonProperty("imageUrl") @Nullable String imageUrl, @JsonProperty("state") @Nullable String state,
		@JsonProperty("externalUrl") @Nullable String externalUrl,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param webhookUrl chat webhook URL
	 * @param channel chat channel
	 * @param deviceTokens push device tokens
	 * @param alertUid Grafana OnCall alert uid
	 * @param title Grafana OnCall title
	 * @param imageUrl Grafana OnCall image URL
	 * @param state Grafana OnCall state
	 * @param externalUrl Grafana OnCall external URL
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public ChannelCredentials {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * @param webhookUrl a chat provider's webhook URL
	 * @return credentials with only the webhook URL
	 */
	public static ChannelCredentials webhook(String webhookUrl) {
		return builder().webhookUrl(webhookUrl).build();
	}

	/**
	 * @param deviceTokens a push provider's device tokens
	 * @return credentials with only the device tokens
	 */
	public static ChannelCredentials deviceTokens(List<String> deviceTokens) {
		return builder().deviceTokens(deviceTokens).build();
	}

	/** @return a builder for credentials with several fields (e.g. a webhook URL and a channel) */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public String toString() {
		return "ChannelCredentials{webhookUrl=" + mask(this.webhookUrl) + ", channel=" + this.channel
				+ ", deviceTokens=" + ((this.deviceTokens != null) ? this.deviceTokens.size() + " redacted" : "null")
				+ ", alertUid=" + mask(this.alertUid) + ", title=" + this.title + ", imageUrl=" + this.imageUrl
				+ ", state=" + this.state + ", externalUrl=" + mask(this.externalUrl) + ", additionalProperties="
				+ this.additionalProperties.keySet() + " redacted}";
	}

	private static String mask(@Nullable String secret) {
		return (secret != null) ? "<redacted>" : "null";
	}

	/** Builder of {@link ChannelCredentials}; every field is optional. */
	public static final class Builder {

		private @Nullable String webhookUrl;

		private @Nullable String channel;

		private @Nullable List<String> deviceTokens;

		private @Nullable String alertUid;

		private @Nullable String title;

		private @Nullable String imageUrl;

		private @Nullable String state;

		private @Nullable String externalUrl;

		private Builder() {
		}

		/**
		 * @param webhookUrl chat webhook URL
		 * @return this builder
		 */
		public Builder webhookUrl(@Nullable String webhookUrl) {
			this.webhookUrl = webhookUrl;
			return this;
		}

		/**
		 * @param channel chat channel
		 * @return this builder
		 */
		public Builder channel(@Nullable String channel) {
			this.channel = channel;
			return this;
		}

		/**
		 * @param deviceTokens push device tokens (copied)
		 * @return this builder
		 */
		public Builder deviceTokens(@Nullable List<String> deviceTokens) {
			this.deviceTokens = (deviceTokens != null) ? List.copyOf(deviceTokens) : null;
			return this;
		}

		/**
		 * @param alertUid Grafana OnCall alert uid
		 * @return this builder
		 */
		public Builder alertUid(@Nullable String alertUid) {
			this.alertUid = alertUid;
			return this;
		}

		/**
		 * @param title Grafana OnCall title
		 * @return this builder
		 */
		public Builder title(@Nullable String title) {
			this.title = title;
			return this;
		}

		/**
		 * @param imageUrl Grafana OnCall image URL
		 * @return this builder
		 */
		public Builder imageUrl(@Nullable String imageUrl) {
			this.imageUrl = imageUrl;
			return this;
		}

		/**
		 * @param state Grafana OnCall state
		 * @return this builder
		 */
		public Builder state(@Nullable String state) {
			this.state = state;
			return this;
		}

		/**
		 * @param externalUrl Grafana OnCall external URL
		 * @return this builder
		 */
		public Builder externalUrl(@Nullable String externalUrl) {
			this.externalUrl = externalUrl;
			return this;
		}

		/** @return the credentials */
		public ChannelCredentials build() {
			return new ChannelCredentials(this.webhookUrl, this.channel, this.deviceTokens, this.alertUid, this.title,
					this.imageUrl, this.state, this.externalUrl, null);
		}

	}

}
