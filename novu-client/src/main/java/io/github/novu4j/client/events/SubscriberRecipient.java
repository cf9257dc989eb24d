package io.github.novu4j.client.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.PathSegments;
import io.github.novu4j.client.subscribers.SubscriberChannel;
import org.jspecify.annotations.Nullable;

/**
 * A subscriber with details, as a trigger recipient or actor; Novu creates or updates it.
 *
 * @param subscriberId the subscriber's id in your system
 * @param email email address
 * @param firstName first name
 * @param lastName last name
 * @param phone phone number
 * @param avatar avatar URL
 * @param locale locale, e.g. {@code en-US}
 * @param data your own attributes
 * @param channels chat and push channels
 * @param timezone the subscriber's IANA time zone, e.g. {@code Europe/Berlin} (newer Novu servers)
 */
public record SubscriberRecipient(@JsonProperty("subscriberId") String subscriberId,
		@JsonProperty("email") @Nullable String email, @JsonProperty("firstName") @Nullable String firstName,
		@JsonProperty("lastName") @Nullable String lastName, @JsonProperty("phone") @Nullable String phone,
		@JsonProperty("avatar") @Nullable String avatar, @JsonProperty("locale") @Nullable String locale,
		@JsonProperty("data") @Nullable Map<String, Object> data,
		@JsonProperty("channels") @Nullable List<SubscriberChannel> channels,
		@JsonProperty("timezone") @Nullable String timezone) {

	/**
	 * Checks the subscriber id.
	 * @param subscriberId the subscriber's id in your system
	 * @param email email address
	 * @param firstName first name
	 * @param lastName last name
	 * @param phone phone number
	 * @param avatar avatar URL
	 * @param locale locale, e.g. {@code en-US}
	 * @param data your own attributes
	 * @param channels chat and push channels
	 * @param timezone the subscriber's IANA time zone
	 * @throws IllegalArgumentException if the subscriber id is blank, {@code .} or {@code ..}
	 */
	public SubscriberRecipient {
		PathSegments.requireId(subscriberId, "subscriberId");
	}

	/**
	 * @param subscriberId the subscriber's id in your system
	 * @return a builder
	 */
	public static Builder builder(String subscriberId) {
		return new Builder(subscriberId);
	}

	/** Builder of {@link SubscriberRecipient}. */
	public static final class Builder {

		private final String subscriberId;

		private @Nullable String email;

		private @Nullable String firstName;

		private @Nullable String lastName;

		private @Nullable String phone;

		private @Nullable String avatar;

		private @Nullable String locale;

		private @Nullable Map<String, Object> data;

		private @Nullable String timezone;

		private final List<SubscriberChannel> channels = new ArrayList<>();

		private Builder(String subscriberId) {
			this.subscriberId = PathSegments.requireId(subscriberId, "subscriberId");
		}

		/**
		 * @param email email address
		 * @return this builder
		 */
		public Builder email(@Nullable String email) {
			this.email = email;
			return this;
		}

		/**
		 * @param firstName first name
		 * @return this builder
		 */
		public Builder firstName(@Nullable String firstName) {
			this.firstName = firstName;
			return this;
		}

		/**
		 * @param lastName last name
		 * @return this builder
		 */
		public Builder lastName(@Nullable String lastName) {
			this.lastName = lastName;
			return this;
		}

		/**
		 * @param phone phone number
		 * @return this builder
		 */
		public Builder phone(@Nullable String phone) {
			this.phone = phone;
			return this;
		}

		/**
		 * @param avatar avatar URL
		 * @return this builder
		 */
		public Builder avatar(@Nullable String avatar) {
			this.avatar = avatar;
			return this;
		}

		/**
		 * @param locale locale, e.g. {@code en-US}
		 * @return this builder
		 */
		public Builder locale(@Nullable String locale) {
			this.locale = locale;
			return this;
		}

		/**
		 * @param data your own attributes
		 * @return this builder
		 */
		public Builder data(@Nullable Map<String, Object> data) {
			this.data = data;
			return this;
		}

		/**
		 * @param timezone the subscriber's IANA time zone, e.g. {@code Europe/Berlin}
		 * @return this builder
		 */
		public Builder timezone(@Nullable String timezone) {
			this.timezone = timezone;
			return this;
		}

		/**
		 * @param channel a chat or push channel to add
		 * @return this builder
		 */
		public Builder channel(SubscriberChannel channel) {
			this.channels.add(channel);
			return this;
		}

		/**
		 * @return the recipient
		 */
		public SubscriberRecipient build() {
			return new SubscriberRecipient(this.subscriberId, this.email, this.firstName, this.lastName, this.phone,
					this.avatar, this.locale, this.data, this.channels.isEmpty() ? null : List.copyOf(this.channels),
					this.timezone);
		}

	}

}
