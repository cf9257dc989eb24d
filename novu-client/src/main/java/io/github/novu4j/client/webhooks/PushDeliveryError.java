package io.github.novu4j.client.webhooks;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * The details of a failed push message: {@code {reason, deviceToken}} (the spec's {@code isInvalidToken}
 * is not sent: WIRE-FORMAT-CURRENT §G.1). On {@link #isTokenInvalid()}, drop the device token.
 * {@link #toString()} does not show the token.
 *
 * @param reason {@code token_invalid} or {@code generic_error}
 * @param deviceToken the device token the push went to
 * @param additionalProperties members this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PushDeliveryError(@JsonProperty("reason") @Nullable String reason,
		@JsonProperty("deviceToken") @Nullable String deviceToken,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/** The provider rejected the device token: it should be removed from the subscriber. */
	public static final String TOKEN_INVALID = "token_invalid";

	/** Any other push failure. */
	public static final String GENERIC_ERROR = "generic_error";

	/**
	 * Copies the additional properties.
	 * @param reason {@code token_invalid} or {@code generic_error}
	 * @param deviceToken the device token the push went to
	 * @param additionalProperties members this record does not model
	 */
	public PushDeliveryError {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/** @return whether the provider rejected the device token */
	public boolean isTokenInvalid() {
		return TOKEN_INVALID.equals(this.reason);
	}

	@Override
	public String toString() {
		return "PushDeliveryError{reason=" + this.reason + ", deviceToken=" + ((this.deviceToken != null) ? "<redacted>" : null)
				+ "}";
	}

}
