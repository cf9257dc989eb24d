package io.github.novu4j.client.environments;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A Novu environment (Development, Production, ...). Its {@link #apiKeys()} are secrets: they are
 * listed by {@code environments().list()} only, and {@link #toString()} never shows them.
 *
 * @param id the environment id ({@code _id})
 * @param name the display name, e.g. {@code Production}
 * @param organizationId the organization it belongs to
 * @param identifier the public application identifier (used by Novu's in-app inbox)
 * @param apiKeys its API keys; objects on the wire although Novu's OpenAPI document says strings;
 * absent on {@code environments().retrieve()}
 * @param parentId the environment this one was derived from (Production's parent is Development)
 * @param slug the URL slug, e.g. {@code production}
 * @param type the environment type, e.g. {@code dev} or {@code prod}
 * @param color the colour Novu's dashboard shows the environment in
 * @param widget the in-app widget settings, e.g. {@code {"notificationCenterEncryption": false}}
 * @param createdAt when it was created (ISO-8601, as Novu sends it)
 * @param updatedAt when it was last changed
 * @param dns the inbound-email settings, e.g. {@code {"inboundParseDomain": ..., "mxRecordConfigured": false}}
 * @param bridge the Novu Framework bridge, {@code {"url": ...}}
 * @param echo the legacy name of the bridge settings, {@code {"url": ...}}
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Environment(@JsonProperty("_id") @Nullable String id, @JsonProperty("name") @Nullable String name,
		@JsonProperty("_organizationId") @Nullable String organizationId,
		@JsonProperty("identifier") @Nullable String identifier,
		@JsonProperty("apiKeys") @Nullable List<ApiKey> apiKeys, @JsonProperty("_parentId") @Nullable String parentId,
		@JsonProperty("slug") @Nullable String slug,
		@JsonProperty("type") @Nullable String type,
		@JsonProperty("color") @Nullable String color,
		@JsonProperty("widget") @Nullable Map<String, Object> widget,
		@JsonProperty("createdAt") @Nullable String createdAt,
		@JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonProperty("dns") @Nullable Map<String, Object> dns,
		@JsonProperty("bridge") @Nullable Map<String, Object> bridge,
		@JsonProperty("echo") @Nullable Map<String, Object> echo,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param id the environment id ({@code _id})
	 * @param name the display name, e.g. {@code Production}
	 * @param organizationId the organization it belongs to
	 * @param identifier the public application identifier (used by Novu's in-app inbox)
	 * @param apiKeys its API keys; objects on the wire although Novu's OpenAPI document says strings; absent on {@code environments().retrieve()}
	 * @param parentId the environment this one was derived from (Production's parent is Development)
	 * @param slug the URL slug, e.g. {@code production}
	 * @param type the environment type, e.g. {@code dev} or {@code prod}
	 * @param color the colour Novu's dashboard shows the environment in
	 * @param widget the in-app widget settings, e.g. {@code {"notificationCenterEncryption": false}}
	 * @param createdAt when it was created (ISO-8601, as Novu sends it)
	 * @param updatedAt when it was last changed
	 * @param dns the inbound-email settings, e.g. {@code {"inboundParseDomain": ..., "mxRecordConfigured": false}}
	 * @param bridge the Novu Framework bridge, {@code {"url": ...}}
	 * @param echo the legacy name of the bridge settings, {@code {"url": ...}}
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public Environment {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	@Override
	public String toString() {
		// Spelled out rather than relying on ApiKey.toString(), so a future change there cannot leak keys here.
		return "Environment{id=" + this.id + ", name=" + this.name + ", organizationId=" + this.organizationId
				+ ", identifier=" + this.identifier + ", apiKeys="
				+ ((this.apiKeys != null) ? this.apiKeys.size() + " redacted" : "null") + ", parentId=" + this.parentId
				+ ", slug=" + this.slug + ", type=" + this.type + ", createdAt=" + this.createdAt + ", updatedAt="
				+ this.updatedAt + ", additionalProperties=" + this.additionalProperties.keySet() + "}";
	}

}
