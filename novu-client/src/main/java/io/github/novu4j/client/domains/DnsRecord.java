package io.github.novu4j.client.domains;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A DNS record a domain needs at its DNS provider ({@code ExpectedDnsRecordDto}).
 *
 * @param type the record type, e.g. {@code MX}
 * @param name the record name, e.g. {@code inbound}
 * @param content its value, e.g. {@code inbound-smtp.us-east-1.amazonaws.com}
 * @param ttl its TTL, e.g. {@code Auto}
 * @param priority its priority (MX records)
 * @param additionalProperties what this record does not model
 */
public record DnsRecord(@JsonProperty("type") @Nullable String type, @JsonProperty("name") @Nullable String name,
		@JsonProperty("content") @Nullable String content, @JsonProperty("ttl") @Nullable String ttl,
		@JsonProperty("priority") @Nullable Integer priority,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the additional properties.
	 * @param type the record type
	 * @param name the record name
	 * @param content its value
	 * @param ttl its TTL
	 * @param priority its priority
	 * @param additionalProperties what this record does not model
	 */
	public DnsRecord {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
