package io.github.novu4j.client.v2.subscribers;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * Which channels a preference turns on ({@code true}) or off ({@code false}); {@code null} leaves a
 * channel unchanged in an update, or means Novu did not send it.
 *
 * <pre>{@code
 * PreferenceChannels.builder().email(true).sms(false).build();
 * }</pre>
 *
 * @param email the email channel
 * @param sms the SMS channel
 * @param inApp the in-app channel ({@code in_app})
 * @param chat the chat channel
 * @param push the push channel
 * @param additionalProperties what this record does not model (channels Novu adds later)
 */
public record PreferenceChannels(@JsonProperty("email") @Nullable Boolean email,
		@JsonProperty("sms") @Nullable Boolean sms, @JsonProperty("in_app") @Nullable Boolean inApp,
		@JsonProperty("chat") @Nullable Boolean chat, @JsonProperty("push") @Nullable Boolean push,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Normalises the unmodelled members.
	 * @param email the email channel
	 * @param sms the SMS channel
	 * @param inApp the in-app channel
	 * @param chat the chat channel
	 * @param push the push channel
	 * @param additionalProperties what this record does not model
	 */
	public PreferenceChannels {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/** Builds {@link PreferenceChannels}; an unset channel is not sent. */
	public static final class Builder {

		private @Nullable Boolean email;

		private @Nullable Boolean sms;

		private @Nullable Boolean inApp;

		private @Nullable Boolean chat;

		private @Nullable Boolean push;

		private Builder() {
		}

		/**
		 * @param email whether the email channel is on
		 * @return this builder
		 */
		public Builder email(@Nullable Boolean email) {
			this.email = email;
			return this;
		}

		/**
		 * @param sms whether the SMS channel is on
		 * @return this builder
		 */
		public Builder sms(@Nullable Boolean sms) {
			this.sms = sms;
			return this;
		}

		/**
		 * @param inApp whether the in-app channel is on
		 * @return this builder
		 */
		public Builder inApp(@Nullable Boolean inApp) {
			this.inApp = inApp;
			return this;
		}

		/**
		 * @param chat whether the chat channel is on
		 * @return this builder
		 */
		public Builder chat(@Nullable Boolean chat) {
			this.chat = chat;
			return this;
		}

		/**
		 * @param push whether the push channel is on
		 * @return this builder
		 */
		public Builder push(@Nullable Boolean push) {
			this.push = push;
			return this;
		}

		/** @return the channels */
		public PreferenceChannels build() {
			return new PreferenceChannels(this.email, this.sms, this.inApp, this.chat, this.push, null);
		}

	}

}
