package io.github.novu4j.client.v2.subscribers;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PATCH /v2/subscribers/{subscriberId}}: only the fields you set are sent. Setting a
 * field to {@code null} sends it as JSON {@code null} (the document marks every field nullable), which
 * is how a value is cleared; a field you never set is left out and stays as it is.
 *
 * <pre>{@code
 * PatchSubscriberRequest.builder().firstName("Ada").avatar(null).build();
 * }</pre>
 */
public final class PatchSubscriberRequest {

	private final Map<String, @Nullable Object> body;

	private PatchSubscriberRequest(Map<String, @Nullable Object> body) {
		this.body = body;
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the JSON members sent, in order */
	@JsonValue
	public Map<String, @Nullable Object> body() {
		return this.body;
	}

	@Override
	public String toString() {
		return "PatchSubscriberRequest{fields=" + this.body.keySet() + "}";
	}

	/** Builds a {@link PatchSubscriberRequest}; a {@code null} value is sent as JSON {@code null}. */
	public static final class Builder extends SubscriberFields<Builder> {

		private Builder() {
			super(true);
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if no field was set
		 */
		public PatchSubscriberRequest build() {
			Map<String, @Nullable Object> body = fields();
			if (body.isEmpty()) {
				throw new IllegalArgumentException("subscribers.patch needs at least one field to change");
			}
			return new PatchSubscriberRequest(body);
		}

	}

}
