package io.github.novu4j.client.subscribers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * New values for a subscriber ({@code PUT /v1/subscribers/{subscriberId}}); fields left {@code null}
 * are not sent and keep their value. Channels are changed with {@code subscribers().credentials()}.
 *
 * <pre>{@code
 * novu.subscribers().update("user-42", UpdateSubscriberRequest.builder().locale("de-DE").build());
 * }</pre>
 *
 * @param email email address
 * @param firstName first name
 * @param lastName last name
 * @param phone phone number
 * @param avatar avatar URL
 * @param locale locale
 * @param data your custom attributes (replaces the stored object)
 */
public record UpdateSubscriberRequest(@JsonProperty("email") @Nullable String email,
		@JsonProperty("firstName") @Nullable String firstName, @JsonProperty("lastName") @Nullable String lastName,
		@JsonProperty("phone") @Nullable String phone, @JsonProperty("avatar") @Nullable String avatar,
		@JsonProperty("locale") @Nullable String locale,
		@JsonProperty("data") @Nullable Map<String, @Nullable Object> data) {

	public UpdateSubscriberRequest {
		data = (data != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(data)) : null;
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/** Builder of {@link UpdateSubscriberRequest}. */
	public static final class Builder {

		private @Nullable String email;

		private @Nullable String firstName;

		private @Nullable String lastName;

		private @Nullable String phone;

		private @Nullable String avatar;

		private @Nullable String locale;

		private @Nullable Map<String, @Nullable Object> data;

		private Builder() {
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
		 * @param locale locale, e.g. {@code en-GB}
		 * @return this builder
		 */
		public Builder locale(@Nullable String locale) {
			this.locale = locale;
			return this;
		}

		/**
		 * @param data your custom attributes; replaces the stored object
		 * @return this builder
		 */
		public Builder data(@Nullable Map<String, ?> data) {
			this.data = (data != null) ? new LinkedHashMap<>(data) : null;
			return this;
		}

		/** @return the request */
		public UpdateSubscriberRequest build() {
			return new UpdateSubscriberRequest(this.email, this.firstName, this.lastName, this.phone, this.avatar,
					this.locale, this.data);
		}

	}

}
