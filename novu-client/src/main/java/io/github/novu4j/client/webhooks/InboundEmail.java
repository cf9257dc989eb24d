package io.github.novu4j.client.webhooks;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * An email received on an inbound domain. {@code from} is a list: newer servers send an array, older ones
 * and the spec one object (WIRE-FORMAT-CURRENT §G.1); both are read.
 *
 * @param from the senders
 * @param to the recipients
 * @param subject the subject
 * @param html the HTML body
 * @param text the plain text body
 * @param messageId the {@code Message-ID} header
 * @param additionalProperties members this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InboundEmail(
		@JsonProperty("from") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Address> from,
		@JsonProperty("to") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Address> to,
		@JsonProperty("subject") @Nullable String subject, @JsonProperty("html") @Nullable String html,
		@JsonProperty("text") @Nullable String text, @JsonProperty("messageId") @Nullable String messageId,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Copies the lists; absent ones become empty.
	 * @param from the senders
	 * @param to the recipients
	 * @param subject the subject
	 * @param html the HTML body
	 * @param text the plain text body
	 * @param messageId the {@code Message-ID} header
	 * @param additionalProperties members this record does not model
	 */
	public InboundEmail {
		from = (from != null) ? List.copyOf(from) : List.of();
		to = (to != null) ? List.copyOf(to) : List.of();
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * An email address with its display name.
	 *
	 * @param address the address
	 * @param name the display name
	 * @param additionalProperties members this record does not model
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Address(@JsonProperty("address") @Nullable String address, @JsonProperty("name") @Nullable String name,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the additional properties.
		 * @param address the address
		 * @param name the display name
		 * @param additionalProperties members this record does not model
		 */
		public Address {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
