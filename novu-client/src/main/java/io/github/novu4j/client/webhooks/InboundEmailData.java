package io.github.novu4j.client.webhooks;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * The {@code data} of an {@code email.received} event. Newer servers wrap it as
 * {@code {"object":{"domain","route","mail"}}}, older ones and the spec send {@code {domain, route, mail}}
 * directly (WIRE-FORMAT-CURRENT §G.1); both arrive here the same way.
 *
 * @param domain the inbound domain that received the email
 * @param route the route that matched, if any
 * @param mail the email
 * @param additionalProperties members this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InboundEmailData(@JsonProperty("domain") @Nullable InboundEmailDomain domain,
		@JsonProperty("route") @Nullable InboundEmailRoute route, @JsonProperty("mail") @Nullable InboundEmail mail,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Copies the additional properties.
	 * @param domain the inbound domain
	 * @param route the matched route
	 * @param mail the email
	 * @param additionalProperties members this record does not model
	 */
	public InboundEmailData {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * An inbound domain.
	 *
	 * @param id the domain's id
	 * @param name the domain name
	 * @param additionalProperties members this record does not model
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record InboundEmailDomain(@JsonProperty("id") @Nullable String id, @JsonProperty("name") @Nullable String name,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the additional properties.
		 * @param id the domain's id
		 * @param name the domain name
		 * @param additionalProperties members this record does not model
		 */
		public InboundEmailDomain {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * The route of an inbound domain that matched.
	 *
	 * @param address the local part of the address that matched
	 * @param additionalProperties members this record does not model
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record InboundEmailRoute(@JsonProperty("address") @Nullable String address,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the additional properties.
		 * @param address the local part of the address that matched
		 * @param additionalProperties members this record does not model
		 */
		public InboundEmailRoute {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
