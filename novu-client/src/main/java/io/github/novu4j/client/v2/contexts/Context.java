package io.github.novu4j.client.v2.contexts;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A context: a typed entity (a tenant, an app, a workspace) that triggers, subscriptions and preferences
 * can be scoped by ({@code GetContextResponseDto}).
 *
 * @param type the context type, e.g. {@code tenant}
 * @param id the context id within its type, e.g. {@code org-acme}
 * @param data its custom data; never {@code null}
 * @param createdAt when it was created (ISO-8601)
 * @param updatedAt when it was last updated (ISO-8601)
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Context(@JsonProperty("type") @Nullable String type, @JsonProperty("id") @Nullable String id,
		@JsonProperty("data") Map<String, @Nullable Object> data, @JsonProperty("createdAt") @Nullable String createdAt,
		@JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the maps.
	 * @param type the context type
	 * @param id the context id within its type
	 * @param data its custom data
	 * @param createdAt when it was created
	 * @param updatedAt when it was last updated
	 * @param additionalProperties what this record does not model
	 */
	public Context {
		data = AdditionalProperties.copyOf(data);
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/** @return the key Novu scopes notifications and subscriptions by, {@code type:id} */
	public String key() {
		return this.type + ":" + this.id;
	}

}
