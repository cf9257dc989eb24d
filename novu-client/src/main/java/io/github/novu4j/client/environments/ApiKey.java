package io.github.novu4j.client.environments;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * An API key of an environment, as Novu lists it. The key is a secret: {@link #toString()} never shows
 * it.
 *
 * @param key the secret key itself
 * @param userId the user who owns the key
 * @param hash a hash of the key (a secret too; never printed)
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiKey(@JsonProperty("key") @Nullable String key, @JsonProperty("_userId") @Nullable String userId,
		@JsonProperty("hash") @Nullable String hash,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param key the secret key itself
	 * @param userId the user who owns the key
	 * @param hash a hash of the key (a secret too; never printed)
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public ApiKey {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	@Override
	public String toString() {
		return "ApiKey{key=" + ((this.key != null) ? "<redacted>" : "null") + ", userId=" + this.userId + ", hash="
				+ ((this.hash != null) ? "<redacted>" : "null") + ", additionalProperties="
				+ this.additionalProperties.keySet() + "}";
	}

}
