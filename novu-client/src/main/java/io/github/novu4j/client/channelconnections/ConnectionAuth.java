package io.github.novu4j.client.channelconnections;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * The provider credentials of a channel connection ({@code AuthDto}). Secrets: {@link #toString()} shows
 * only which tokens are present.
 *
 * @param accessToken the workspace access token
 * @param refreshToken the refresh token
 * @param expiresAt when the access token expires (ISO 8601)
 * @param refreshTokenExpiresAt when the refresh token expires (ISO 8601)
 * @param additionalProperties what this record does not model
 */
public record ConnectionAuth(@JsonProperty("accessToken") @Nullable String accessToken,
		@JsonProperty("refreshToken") @Nullable String refreshToken,
		@JsonProperty("expiresAt") @Nullable String expiresAt,
		@JsonProperty("refreshTokenExpiresAt") @Nullable String refreshTokenExpiresAt,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the additional properties.
	 * @param accessToken the access token
	 * @param refreshToken the refresh token
	 * @param expiresAt when the access token expires
	 * @param refreshTokenExpiresAt when the refresh token expires
	 * @param additionalProperties what this record does not model
	 */
	public ConnectionAuth {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * @param accessToken the workspace access token
	 * @return credentials of an access token alone
	 * @throws IllegalArgumentException if the token is blank
	 */
	public static ConnectionAuth of(String accessToken) {
		return of(accessToken, null, null, null);
	}

	/**
	 * @param accessToken the workspace access token
	 * @param refreshToken the refresh token, or {@code null}
	 * @param expiresAt when the access token expires (ISO 8601), or {@code null}
	 * @param refreshTokenExpiresAt when the refresh token expires (ISO 8601), or {@code null}
	 * @return credentials to send
	 * @throws IllegalArgumentException if the access token is blank
	 */
	public static ConnectionAuth of(String accessToken, @Nullable String refreshToken, @Nullable String expiresAt,
			@Nullable String refreshTokenExpiresAt) {
		if (accessToken == null || accessToken.isBlank()) {
			throw new IllegalArgumentException("accessToken must not be blank");
		}
		return new ConnectionAuth(accessToken, refreshToken, expiresAt, refreshTokenExpiresAt, null);
	}

	@Override
	public String toString() {
		return "ConnectionAuth{accessToken=" + ((this.accessToken != null) ? "[redacted]" : "null") + ", refreshToken="
				+ ((this.refreshToken != null) ? "[redacted]" : "null") + ", expiresAt=" + this.expiresAt
				+ ", refreshTokenExpiresAt=" + this.refreshTokenExpiresAt + ", additionalProperties="
				+ this.additionalProperties.keySet() + "}";
	}

}
