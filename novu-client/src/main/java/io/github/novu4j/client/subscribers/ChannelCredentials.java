package io.github.novu4j.client.subscribers;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
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
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelCredentials(@JsonProperty("webhookUrl") @Nullable String webhookUrl,
		@JsonProperty("channel") @Nullable String channel,
		@JsonProperty("deviceTokens") @Nullable List<String> deviceTokens,
		@JsonProperty("alertUid") @Nullable String alertUid, @JsonProperty("title") @Nullable String title,
		@JsonProperty("imageUrl") @Nullable String imageUrl, @JsonProperty("state") @Nullable String state,
		@JsonProperty("externalUrl") @Nullable String externalUrl) {

	/**
	 * @param webhookUrl a chat provider's webhook URL
	 * @return credentials with only the webhook URL
	 */
	public static ChannelCredentials webhook(String webhookUrl) {
		return new ChannelCredentials(webhookUrl, null, null, null, null, null, null, null);
	}

	/**
	 * @param deviceTokens a push provider's device tokens
	 * @return credentials with only the device tokens
	 */
	public static ChannelCredentials deviceTokens(List<String> deviceTokens) {
		return new ChannelCredentials(null, null, List.copyOf(deviceTokens), null, null, null, null, null);
	}

	@Override
	public String toString() {
		return "ChannelCredentials{webhookUrl=" + mask(this.webhookUrl) + ", channel=" + this.channel
				+ ", deviceTokens=" + ((this.deviceTokens != null) ? this.deviceTokens.size() + " redacted" : "null")
				+ ", alertUid=" + mask(this.alertUid) + ", title=" + this.title + ", imageUrl=" + this.imageUrl
				+ ", state=" + this.state + ", externalUrl=" + mask(this.externalUrl) + "}";
	}

	private static String mask(@Nullable String secret) {
		return (secret != null) ? "<redacted>" : "null";
	}

}
