package io.github.novu4j.client.domains;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * The signed URL that applies Novu's DNS records at the DNS provider
 * ({@code DomainConnectApplyUrlResponseDto}); send the domain owner there.
 *
 * @param applyUrl the URL to follow
 * @param providerName the DNS provider's name
 * @param redirectUri where the provider returns to afterwards
 * @param additionalProperties what this record does not model
 */
public record DomainConnectApplyUrl(@JsonProperty("applyUrl") @Nullable String applyUrl,
		@JsonProperty("providerName") @Nullable String providerName,
		@JsonProperty("redirectUri") @Nullable String redirectUri,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the additional properties.
	 * @param applyUrl the URL to follow
	 * @param providerName the provider's name
	 * @param redirectUri where the provider returns to
	 * @param additionalProperties what this record does not model
	 */
	public DomainConnectApplyUrl {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
