package io.github.novu4j.client.subscribers;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A subscriber as Novu returns it from {@code retrieve}, {@code create}, {@code update}, {@code list} and
 * the credential and online-status operations. Timestamps are ISO-8601 text, as Novu sends them.
 *
 * <p>{@link #data()} holds your own attributes: Novu returns it although its OpenAPI document does not
 * list it. Channel credentials inside {@link #channels()} are never printed by {@link #toString()}.
 *
 * @param id Novu's internal id ({@code _id}); not your subscriber id
 * @param subscriberId your id of the subscriber
 * @param firstName first name
 * @param lastName last name
 * @param email email address
 * @param phone phone number
 * @param avatar avatar URL
 * @param locale locale, e.g. {@code en-GB}
 * @param data your custom attributes
 * @param channels chat and push channels with their credentials
 * @param topics keys of the topics the subscriber belongs to, when requested
 * @param isOnline whether the subscriber is online (in-app)
 * @param lastOnlineAt when the subscriber was last online
 * @param organizationId the organization ({@code _organizationId})
 * @param environmentId the environment ({@code _environmentId})
 * @param deleted whether the subscriber is deleted
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param version the document version ({@code __v})
 * @param timezone the subscriber's IANA time zone, e.g. {@code Europe/Berlin}
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Subscriber(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("subscriberId") @Nullable String subscriberId,
		@JsonProperty("firstName") @Nullable String firstName, @JsonProperty("lastName") @Nullable String lastName,
		@JsonProperty("email") @Nullable String email, @JsonProperty("phone") @Nullable String phone,
		@JsonProperty("avatar") @Nullable String avatar, @JsonProperty("locale") @Nullable String locale,
		@JsonProperty("data") @Nullable Map<String, Object> data,
		@JsonProperty("channels") @Nullable List<SubscriberChannel> channels,
		@JsonProperty("topics") @Nullable List<String> topics, @JsonProperty("isOnline") @Nullable Boolean isOnline,
		@JsonProperty("lastOnlineAt") @Nullable String lastOnlineAt,
		@JsonProperty("_organizationId") @Nullable String organizationId,
		@JsonProperty("_environmentId") @Nullable String environmentId,
		@JsonProperty("deleted") @Nullable Boolean deleted, @JsonProperty("createdAt") @Nullable String createdAt,
		@JsonProperty("updatedAt") @Nullable String updatedAt, @JsonProperty("__v") @Nullable Integer version,
		@JsonProperty("timezone") @Nullable String timezone,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param id Novu's internal id ({@code _id}); not your subscriber id
	 * @param subscriberId your id of the subscriber
	 * @param firstName first name
	 * @param lastName last name
	 * @param email email address
	 * @param phone phone number
	 * @param avatar avatar URL
	 * @param locale locale, e.g. {@code en-GB}
	 * @param data your custom attributes
	 * @param channels chat and push channels with their credentials
	 * @param topics keys of the topics the subscriber belongs to, when requested
	 * @param isOnline whether the subscriber is online (in-app)
	 * @param lastOnlineAt when the subscriber was last online
	 * @param organizationId the organization ({@code _organizationId})
	 * @param environmentId the environment ({@code _environmentId})
	 * @param deleted whether the subscriber is deleted
	 * @param createdAt when it was created
	 * @param updatedAt when it was last updated
	 * @param version the document version ({@code __v})
	 * @param timezone the subscriber's IANA time zone, e.g. {@code Europe/Berlin}
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public Subscriber {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
