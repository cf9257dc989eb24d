package io.github.novu4j.client.integrations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.ChannelType;
import org.jspecify.annotations.Nullable;

/**
 * A provider integration ({@code IntegrationResponseDto}, plus {@code priority}, {@code removeNovuBranding},
 * {@code createdAt} and {@code updatedAt}, which Novu sends though its document does not list them).
 * Any component may be absent or {@code null} in an answer: all are nullable but {@code conditions},
 * which reads as empty.
 *
 * <p>{@link #credentials()} holds the provider's secrets; {@link #toString()} never prints their values.
 *
 * @param id the integration's id ({@code _id}); use it for update, delete and setAsPrimary
 * @param environmentId the environment it belongs to
 * @param organizationId the organization it belongs to
 * @param name its display name
 * @param identifier its unique identifier, as used by subscriber credentials and triggers
 * @param providerId the provider, e.g. {@code sendgrid}, {@code twilio}; text, so providers Novu adds
 * later still work
 * @param channel the channel it delivers on
 * @param credentials the provider credentials (secret)
 * @param active whether it delivers
 * @param deleted whether it is soft-deleted
 * @param deletedAt when it was deleted
 * @param deletedBy who deleted it
 * @param primary whether it is the channel's primary integration
 * @param priority its rank among the channel's active integrations
 * @param conditions when Novu picks it (e.g. for one tenant); never {@code null}
 * @param removeNovuBranding whether the Inbox hides Novu's branding (in-app integrations)
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param kind the integration kind (newer servers), e.g. {@code delivery}
 * @param configurations provider settings beyond credentials, e.g. {@code inboundWebhookEnabled}
 * @param connected whether Novu could connect to the provider (newer servers)
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Integration(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("_environmentId") @Nullable String environmentId,
		@JsonProperty("_organizationId") @Nullable String organizationId, @JsonProperty("name") @Nullable String name,
		@JsonProperty("identifier") @Nullable String identifier,
		@JsonProperty("providerId") @Nullable String providerId,
		@JsonProperty("channel") @Nullable ChannelType channel,
		@JsonProperty("credentials") @Nullable IntegrationCredentials credentials,
		@JsonProperty("active") @Nullable Boolean active, @JsonProperty("deleted") @Nullable Boolean deleted,
		@JsonProperty("deletedAt") @Nullable String deletedAt, @JsonProperty("deletedBy") @Nullable String deletedBy,
		@JsonProperty("primary") @Nullable Boolean primary, @JsonProperty("priority") @Nullable Integer priority,
		@JsonProperty("conditions") List<StepFilter> conditions,
		@JsonProperty("removeNovuBranding") @Nullable Boolean removeNovuBranding,
		@JsonProperty("createdAt") @Nullable String createdAt,
		@JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonProperty("kind") @Nullable String kind,
		@JsonProperty("configurations") @Nullable Map<String, Object> configurations,
		@JsonProperty("connected") @Nullable Boolean connected,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Copies the conditions into an unmodifiable list, empty when Novu sent none.
	 * @param id the integration's id ({@code _id}); use it for update, delete and setAsPrimary
	 * @param environmentId the environment it belongs to
	 * @param organizationId the organization it belongs to
	 * @param name its display name
	 * @param identifier its unique identifier, as used by subscriber credentials and triggers
	 * @param providerId the provider, e.g. {@code sendgrid}, {@code twilio}; text, so providers Novu adds
	 * later still work
	 * @param channel the channel it delivers on
	 * @param credentials the provider credentials (secret)
	 * @param active whether it delivers
	 * @param deleted whether it is soft-deleted
	 * @param deletedAt when it was deleted, as Novu sends it (ISO-8601)
	 * @param deletedBy who deleted it
	 * @param primary whether it is the channel's primary integration
	 * @param priority its rank among the channel's active integrations
	 * @param conditions when Novu picks it (e.g. for one tenant); never {@code null}
	 * @param removeNovuBranding whether the Inbox hides Novu's branding (in-app integrations)
	 * @param createdAt when it was created (ISO-8601)
	 * @param updatedAt when it last changed (ISO-8601)
	 * @param kind the integration kind (newer servers), e.g. {@code delivery}
	 * @param configurations provider settings beyond credentials, e.g. {@code inboundWebhookEnabled}
	 * @param connected whether Novu could connect to the provider (newer servers)
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public Integration {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		conditions = (conditions != null) ? Collections.unmodifiableList(new ArrayList<>(conditions)) : List.of();
	}

	/** @return whether Novu marks it active (an absent flag reads as inactive) */
	public boolean isActive() {
		return Boolean.TRUE.equals(this.active);
	}

	/** @return whether it is the channel's primary integration (an absent flag reads as not primary) */
	public boolean isPrimary() {
		return Boolean.TRUE.equals(this.primary);
	}

	/**
	 * Names the configuration and unmodelled members without their values (a configuration such as
	 * {@code inboundWebhookSigningKey} is a secret); the credentials print redacted.
	 * @return a description without secrets
	 */
	@Override
	public String toString() {
		return "Integration{id=" + this.id + ", environmentId=" + this.environmentId + ", organizationId="
				+ this.organizationId + ", name=" + this.name + ", identifier=" + this.identifier + ", providerId="
				+ this.providerId + ", channel=" + this.channel + ", credentials=" + this.credentials + ", active="
				+ this.active + ", deleted=" + this.deleted + ", deletedAt=" + this.deletedAt + ", deletedBy="
				+ this.deletedBy + ", primary=" + this.primary + ", priority=" + this.priority + ", conditions="
				+ this.conditions + ", removeNovuBranding=" + this.removeNovuBranding + ", createdAt=" + this.createdAt
				+ ", updatedAt=" + this.updatedAt + ", kind=" + this.kind + ", connected=" + this.connected + ", configurations="
				+ ((this.configurations != null) ? this.configurations.keySet() + " redacted" : "null")
				+ ", additionalProperties=" + this.additionalProperties.keySet() + " redacted}";
	}

}
