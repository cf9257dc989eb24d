package io.github.novu4j.client.subscribers;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.PathSegments;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of Novu's chat OAuth flow for one subscriber and provider. Novu authenticates these
 * calls by {@code environmentId} and {@code hmacHash} (the HMAC-SHA256 of the subscriber id with your
 * API key), not by the API key, which is therefore not sent. {@link #toString()} hides the hash.
 *
 * @param subscriberId your id of the subscriber
 * @param providerId the chat provider, e.g. {@code slack}
 * @param environmentId the environment's id
 * @param hmacHash the subscriber's HMAC hash (secret)
 * @param integrationIdentifier the integration, when the environment has several for the provider
 */
public record ChatOauthRequest(@JsonProperty("subscriberId") String subscriberId,
		@JsonProperty("providerId") String providerId, @JsonProperty("environmentId") String environmentId,
		@JsonProperty("hmacHash") String hmacHash,
		@JsonProperty("integrationIdentifier") @Nullable String integrationIdentifier) {

	/**
	 * Checks the ids and the authentication parameters.
	 * @param subscriberId your id of the subscriber
	 * @param providerId the chat provider, e.g. {@code slack}
	 * @param environmentId the environment's id
	 * @param hmacHash the subscriber's HMAC hash (secret)
	 * @param integrationIdentifier the integration, when the environment has several for the provider
	 */
	public ChatOauthRequest {
		PathSegments.requireId(subscriberId, "subscriberId");
		PathSegments.requireId(providerId, "providerId");
		requireText(environmentId, "environmentId");
		requireText(hmacHash, "hmacHash");
	}

	/**
	 * @param subscriberId your id of the subscriber
	 * @param providerId the chat provider, e.g. {@code slack}
	 * @param environmentId the environment's id
	 * @param hmacHash the subscriber's HMAC hash
	 * @return a request for the provider's primary integration
	 */
	public static ChatOauthRequest of(String subscriberId, String providerId, String environmentId, String hmacHash) {
		return new ChatOauthRequest(subscriberId, providerId, environmentId, hmacHash, null);
	}

	/**
	 * @param subscriberId your id of the subscriber
	 * @param providerId the chat provider, e.g. {@code slack}
	 * @return a builder; {@code environmentId} and {@code hmacHash} are required
	 */
	public static Builder builder(String subscriberId, String providerId) {
		return new Builder(subscriberId, providerId);
	}

	/**
	 * @param integrationIdentifier the integration to use
	 * @return a copy for that integration
	 */
	public ChatOauthRequest withIntegrationIdentifier(String integrationIdentifier) {
		return new ChatOauthRequest(this.subscriberId, this.providerId, this.environmentId, this.hmacHash,
				integrationIdentifier);
	}

	private static void requireText(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank (Novu authenticates chat OAuth with it)");
		}
	}

	@Override
	public String toString() {
		return "ChatOauthRequest{subscriberId=" + this.subscriberId + ", providerId=" + this.providerId
				+ ", environmentId=" + this.environmentId + ", hmacHash=<redacted>, integrationIdentifier="
				+ this.integrationIdentifier + "}";
	}


	/** Builder of {@link ChatOauthRequest}. */
	public static final class Builder {

		private final String subscriberId;

		private final String providerId;

		private @Nullable String environmentId;

		private @Nullable String hmacHash;

		private @Nullable String integrationIdentifier;

		private Builder(String subscriberId, String providerId) {
			this.subscriberId = subscriberId;
			this.providerId = providerId;
		}

		/**
		 * @param environmentId the environment's id (required)
		 * @return this builder
		 */
		public Builder environmentId(String environmentId) {
			this.environmentId = environmentId;
			return this;
		}

		/**
		 * @param hmacHash the subscriber's HMAC hash (required; secret)
		 * @return this builder
		 */
		public Builder hmacHash(String hmacHash) {
			this.hmacHash = hmacHash;
			return this;
		}

		/**
		 * @param integrationIdentifier the integration, when the environment has several for the provider
		 * @return this builder
		 */
		public Builder integrationIdentifier(@Nullable String integrationIdentifier) {
			this.integrationIdentifier = integrationIdentifier;
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if an id, the environment id or the hash is missing
		 */
		public ChatOauthRequest build() {
			return new ChatOauthRequest(this.subscriberId, this.providerId, this.environmentId, this.hmacHash,
					this.integrationIdentifier);
		}

	}

}
