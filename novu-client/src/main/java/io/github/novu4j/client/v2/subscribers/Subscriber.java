package io.github.novu4j.client.v2.subscribers;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A subscriber as the v2 API returns it ({@code create}, {@code retrieve}, {@code patch} and the items
 * of {@code search}). Timestamps are ISO-8601 text, as Novu sends them.
 *
 * @param id Novu's internal id ({@code _id}); not your subscriber id
 * @param subscriberId your id of the subscriber
 * @param firstName first name
 * @param lastName last name
 * @param email email address
 * @param phone phone number
 * @param avatar avatar URL
 * @param locale locale, e.g. {@code en-US}
 * @param timezone IANA time zone, e.g. {@code Europe/Paris}
 * @param data your custom attributes
 * @param channels chat and push channel settings with their credentials
 * @param topics keys of the topics the subscriber belongs to (deprecated by Novu)
 * @param isOnline whether the subscriber is online (in-app)
 * @param lastOnlineAt when the subscriber was last online
 * @param organizationId the organization ({@code _organizationId})
 * @param environmentId the environment ({@code _environmentId})
 * @param deleted whether the subscriber is deleted
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param version the document version ({@code __v})
 * @param additionalProperties what this record does not model
 */
public record Subscriber(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("subscriberId") @Nullable String subscriberId,
		@JsonProperty("firstName") @Nullable String firstName, @JsonProperty("lastName") @Nullable String lastName,
		@JsonProperty("email") @Nullable String email, @JsonProperty("phone") @Nullable String phone,
		@JsonProperty("avatar") @Nullable String avatar, @JsonProperty("locale") @Nullable String locale,
		@JsonProperty("timezone") @Nullable String timezone,
		@JsonProperty("data") @Nullable Map<String, @Nullable Object> data,
		@JsonProperty("channels") @Nullable List<SubscriberChannelSettings> channels,
		@JsonProperty("topics") @Nullable List<String> topics, @JsonProperty("isOnline") @Nullable Boolean isOnline,
		@JsonProperty("lastOnlineAt") @Nullable String lastOnlineAt,
		@JsonProperty("_organizationId") @Nullable String organizationId,
		@JsonProperty("_environmentId") @Nullable String environmentId,
		@JsonProperty("deleted") @Nullable Boolean deleted, @JsonProperty("createdAt") @Nullable String createdAt,
		@JsonProperty("updatedAt") @Nullable String updatedAt, @JsonProperty("__v") @Nullable Integer version,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Normalises the unmodelled members.
	 * @param id Novu's internal id
	 * @param subscriberId your id of the subscriber
	 * @param firstName first name
	 * @param lastName last name
	 * @param email email address
	 * @param phone phone number
	 * @param avatar avatar URL
	 * @param locale locale
	 * @param timezone time zone
	 * @param data your custom attributes
	 * @param channels chat and push channel settings
	 * @param topics topic keys
	 * @param isOnline whether the subscriber is online
	 * @param lastOnlineAt when the subscriber was last online
	 * @param organizationId the organization
	 * @param environmentId the environment
	 * @param deleted whether the subscriber is deleted
	 * @param createdAt when it was created
	 * @param updatedAt when it was last updated
	 * @param version the document version
	 * @param additionalProperties what this record does not model
	 */
	public Subscriber {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/** @return the subscriber without its channel credentials, which are secrets */
	@Override
	public String toString() {
		return "Subscriber{id=" + this.id + ", subscriberId=" + this.subscriberId + ", email=" + this.email
				+ ", channels=" + ((this.channels != null) ? this.channels.size() : 0) + "}";
	}

}
