package io.github.novu4j.client.domains;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * An inbound e-mail domain ({@code DomainResponseDto}): the answer of create, retrieve, update and
 * verify, and the items of list.
 *
 * @param id Novu's id ({@code _id})
 * @param name the domain name, e.g. {@code inbound.example.com}
 * @param status pending until the MX record is found, then verified
 * @param mxRecordConfigured whether the MX record was found
 * @param dnsProvider the DNS provider Novu detected
 * @param environmentId the environment ({@code _environmentId})
 * @param organizationId the organization ({@code _organizationId})
 * @param createdAt when it was created (ISO 8601)
 * @param updatedAt when it was last updated (ISO 8601)
 * @param expectedDnsRecords the records to add at the DNS provider; empty when Novu sent none
 * @param data your metadata (string values); empty when Novu sent none
 * @param additionalProperties what this record does not model
 */
public record Domain(@JsonProperty("_id") @Nullable String id, @JsonProperty("name") @Nullable String name,
		@JsonProperty("status") @Nullable DomainStatus status,
		@JsonProperty("mxRecordConfigured") @Nullable Boolean mxRecordConfigured,
		@JsonProperty("dnsProvider") @Nullable String dnsProvider,
		@JsonProperty("_environmentId") @Nullable String environmentId,
		@JsonProperty("_organizationId") @Nullable String organizationId,
		@JsonProperty("createdAt") @Nullable String createdAt, @JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonProperty("expectedDnsRecords") List<DnsRecord> expectedDnsRecords,
		@JsonProperty("data") Map<String, @Nullable Object> data,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the collections.
	 * @param id Novu's id
	 * @param name the domain name
	 * @param status its status
	 * @param mxRecordConfigured whether the MX record was found
	 * @param dnsProvider the DNS provider
	 * @param environmentId the environment
	 * @param organizationId the organization
	 * @param createdAt when it was created
	 * @param updatedAt when it was last updated
	 * @param expectedDnsRecords the records to add
	 * @param data your metadata
	 * @param additionalProperties what this record does not model
	 */
	public Domain {
		expectedDnsRecords = (expectedDnsRecords != null) ? List.copyOf(expectedDnsRecords) : List.of();
		data = AdditionalProperties.copyOf(data);
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
