package io.github.novu4j.client.subscribers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The new state of an in-app message's action, for {@code subscribers().messages().updateAsSeen}.
 *
 * @param status the action's status
 * @param payload data to store with the action (e.g. what the subscriber chose), or {@code null}
 */
public record MessageActionRequest(@JsonProperty("status") MessageActionStatus status,
		@JsonProperty("payload") @Nullable Map<String, @Nullable Object> payload) {

	/**
	 * Checks the status and copies the payload.
	 * @param status the action's status
	 * @param payload data to store with the action (e.g. what the subscriber chose), or {@code null}
	 */
	public MessageActionRequest {
		Objects.requireNonNull(status, "status");
		payload = (payload != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(payload)) : null;
	}

	/** @return the action marked done, without payload */
	public static MessageActionRequest done() {
		return new MessageActionRequest(MessageActionStatus.DONE, null);
	}

	/**
	 * @param payload data to store with the action
	 * @return the action marked done, with the payload
	 */
	public static MessageActionRequest done(Map<String, ?> payload) {
		return new MessageActionRequest(MessageActionStatus.DONE, new LinkedHashMap<>(payload));
	}


	/**
	 * @param payload data to store with the action
	 * @return the action marked pending (not done yet), with the payload
	 */
	public static MessageActionRequest pending(Map<String, ?> payload) {
		return builder(MessageActionStatus.PENDING).payload(payload).build();
	}

	/**
	 * @param status the action's status
	 * @return a builder
	 */
	public static Builder builder(MessageActionStatus status) {
		return new Builder(status);
	}

	/** Builder of {@link MessageActionRequest}. */
	public static final class Builder {

		private final MessageActionStatus status;

		private @Nullable Map<String, @Nullable Object> payload;

		private Builder(MessageActionStatus status) {
			this.status = Objects.requireNonNull(status, "status");
		}

		/**
		 * @param payload data to store with the action (e.g. what the subscriber chose), or {@code null}
		 * @return this builder
		 */
		public Builder payload(@Nullable Map<String, ?> payload) {
			this.payload = (payload != null) ? new LinkedHashMap<>(payload) : null;
			return this;
		}

		/** @return the request */
		public MessageActionRequest build() {
			return new MessageActionRequest(this.status, this.payload);
		}

	}

}
