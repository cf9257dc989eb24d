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

	/**
	 * Copies {@code data}, so later changes to the caller's map are not sent.
	 * @param email email address
	 * @param firstName first name
	 * @param lastName last name
	 * @param phone phone number
	 * @param avatar avatar URL
	 * @param locale locale
	 * @param data your custom attributes (replaces the stored object)
	 */
	public UpdateSubscriberRequest {
		data = (data != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(data)) : null;
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/** Builder of {@link UpdateSubscriberRequest}. */
	public static final class Builder extends SubscriberProfileBuilder<Builder> {

		private Builder() {
		}

		@Override
		Builder self() {
			return this;
		}

		/** @return the request */
		public UpdateSubscriberRequest build() {
			return new UpdateSubscriberRequest(this.email, this.firstName, this.lastName, this.phone, this.avatar,
					this.locale, this.data);
		}

	}

}
