package io.github.novu4j.client.v2.subscribers;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.novu4j.client.internal.PathSegments;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /v2/subscribers}: your subscriber id and the profile. The v2 create has no
 * {@code channels}; set chat and push credentials with the v1 credential operations.
 *
 * <pre>{@code
 * CreateSubscriberRequest.builder("user-42").email("ada@example.com").timezone("Europe/London").build();
 * }</pre>
 */
public final class CreateSubscriberRequest {

	private final Map<String, @Nullable Object> body;

	private CreateSubscriberRequest(Map<String, @Nullable Object> body) {
		this.body = body;
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
	 * @throws IllegalArgumentException if the id is blank
	 */
	public static Builder builder(String subscriberId) {
		return new Builder(subscriberId);
	}

	/** @return your id of the subscriber */
	public String subscriberId() {
		return (String) this.body.get("subscriberId");
	}

	/** @return the JSON members sent, in order */
	@JsonValue
	public Map<String, @Nullable Object> body() {
		return this.body;
	}

	@Override
	public String toString() {
		return "CreateSubscriberRequest{subscriberId=" + subscriberId() + ", fields=" + this.body.keySet() + "}";
	}

	/** Builds a {@link CreateSubscriberRequest}; a {@code null} value leaves the field out. */
	public static final class Builder extends SubscriberFields<Builder> {

		private final String subscriberId;

		private Builder(String subscriberId) {
			super(false);
			this.subscriberId = PathSegments.requireId(subscriberId, "subscriberId");
		}

		/** @return the request */
		public CreateSubscriberRequest build() {
			Map<String, @Nullable Object> body = new LinkedHashMap<>();
			body.put("subscriberId", this.subscriberId);
			body.putAll(fields());
			return new CreateSubscriberRequest(java.util.Collections.unmodifiableMap(body));
		}

	}

}
