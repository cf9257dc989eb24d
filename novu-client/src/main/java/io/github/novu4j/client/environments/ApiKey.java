package io.github.novu4j.client.environments;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An API key of an environment, as Novu lists it. The key is a secret: {@link #toString()} never shows
 * it.
 *
 * @param key the secret key itself
 * @param userId the user who owns the key
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiKey(@JsonProperty("key") @Nullable String key, @JsonProperty("_userId") @Nullable String userId) {

	@Override
	public String toString() {
		return "ApiKey{key=" + ((this.key != null) ? "<redacted>" : "null") + ", userId=" + this.userId + "}";
	}

}
