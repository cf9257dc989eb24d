package io.github.novu4j.client.domains;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * Whether DNS auto-configuration (Domain Connect) is available for a domain
 * ({@code DomainConnectStatusResponseDto}).
 *
 * @param available whether it is
 * @param providerName the DNS provider's name
 * @param providerId the DNS provider's id
 * @param reason why it is not available
 * @param reasonCode why, as a code (e.g. {@code unsupported_provider})
 * @param manualRecords when not available, the records to add by hand; empty when Novu sent none
 * @param additionalProperties what this record does not model
 */
public record DomainConnectStatus(@JsonProperty("available") @Nullable Boolean available,
		@JsonProperty("providerName") @Nullable String providerName,
		@JsonProperty("providerId") @Nullable String providerId, @JsonProperty("reason") @Nullable String reason,
		@JsonProperty("reasonCode") @Nullable String reasonCode,
		@JsonProperty("manualRecords") List<DnsRecord> manualRecords,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the records.
	 * @param available whether it is available
	 * @param providerName the provider's name
	 * @param providerId the provider's id
	 * @param reason why not
	 * @param reasonCode why not, as a code
	 * @param manualRecords the records to add by hand
	 * @param additionalProperties what this record does not model
	 */
	public DomainConnectStatus {
		manualRecords = (manualRecords != null) ? List.copyOf(manualRecords) : List.of();
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
