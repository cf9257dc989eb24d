package io.github.novu4j.client.subscribers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.PathSegments;
import org.jspecify.annotations.Nullable;

/**
 * A subscriber to create or update ({@code subscribers().create} is an upsert), alone or in a bulk.
 *
 * <pre>{@code
 * CreateSubscriberRequest ada = CreateSubscriberRequest.builder("user-42")
 *     .email("ada@example.com")
 *     .firstName("Ada")
 *     .data(Map.of("plan", "pro"))
 *     .build();
 * }</pre>
 *
 * @param subscriberId your id of the subscriber
 * @param email email address
 * @param firstName first name
 * @param lastName last name
 * @param phone phone number
 * @param avatar avatar URL
 * @param locale locale, e.g. {@code en-GB}
 * @param data your custom attributes
 * @param channels chat and push channels with their credentials
 */
public record CreateSubscriberRequest(@JsonProperty("subscriberId") String subscriberId,
		@JsonProperty("email") @Nullable String email, @JsonProperty("firstName") @Nullable String firstName,
		@JsonProperty("lastName") @Nullable String lastName, @JsonProperty("phone") @Nullable String phone,
		@JsonProperty("avatar") @Nullable String avatar, @JsonProperty("locale") @Nullable String locale,
		@JsonProperty("data") @Nullable Map<String, @Nullable Object> data,
		@JsonProperty("channels") @Nullable List<SubscriberChannel> channels) {

	/**
	 * Checks the subscriber id and the channels, and copies {@code data}.
	 * @param subscriberId your id of the subscriber
	 * @param email email address
	 * @param firstName first name
	 * @param lastName last name
	 * @param phone phone number
	 * @param avatar avatar URL
	 * @param locale locale, e.g. {@code en-GB}
	 * @param data your custom attributes
	 * @param channels chat and push channels with their credentials
	 */
	public CreateSubscriberRequest {
		PathSegments.requireId(subscriberId, "subscriberId");
		data = (data != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(data)) : null;
		if (channels != null) {
			channels = List.copyOf(channels);
			for (int i = 0; i < channels.size(); i++) {
				channels.get(i).validateForRequest("subscriber '" + subscriberId + "' channels[" + i + "]");
			}
		}
	}

	/**
	 * @param subscriberId your id of the subscriber
	 * @return a request with only the id
	 */
	public static CreateSubscriberRequest of(String subscriberId) {
		return builder(subscriberId).build();
	}

	/**
	 * @param subscriberId your id of the subscriber
	 * @return a builder
	 */
	public static Builder builder(String subscriberId) {
		return new Builder(subscriberId);
	}

	/** Builder of {@link CreateSubscriberRequest}. */
	public static final class Builder extends SubscriberProfileBuilder<Builder> {

		private final String subscriberId;

		private @Nullable List<SubscriberChannel> channels;

		private Builder(String subscriberId) {
			this.subscriberId = subscriberId;
		}

		@Override
		Builder self() {
			return this;
		}

		/**
		 * @param channel a chat or push channel to add
		 * @return this builder
		 */
		public Builder channel(SubscriberChannel channel) {
			Objects.requireNonNull(channel, "channel");
			if (this.channels == null) {
				this.channels = new ArrayList<>();
			}
			this.channels.add(channel);
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if the subscriber id is blank or a channel is incomplete
		 */
		public CreateSubscriberRequest build() {
			return new CreateSubscriberRequest(this.subscriberId, this.email, this.firstName, this.lastName,
					this.phone, this.avatar, this.locale, this.data, this.channels);
		}

	}

}
