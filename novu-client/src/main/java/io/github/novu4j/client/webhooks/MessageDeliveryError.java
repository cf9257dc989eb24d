package io.github.novu4j.client.webhooks;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * Why a message could not be sent. Email and SMS failures carry only {@code message}; push failures add
 * {@code push} (the OpenAPI document requires both, which the server does not do: WIRE-FORMAT-CURRENT §H.5).
 *
 * @param message the provider's or Novu's error text
 * @param push the push failure's details, only for push messages
 * @param additionalProperties members this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageDeliveryError(@JsonProperty("message") @Nullable String message,
		@JsonProperty("push") @Nullable PushDeliveryError push,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Copies the additional properties.
	 * @param message the error text
	 * @param push the push failure's details, or {@code null}
	 * @param additionalProperties members this record does not model
	 */
	public MessageDeliveryError {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
