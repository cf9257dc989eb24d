package io.github.novu4j.client.subscribers;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Novu's answer to a chat OAuth call, which is not JSON: a redirect (302) to the provider or to your
 * redirect URL, or (callback only) a small HTML page that closes the OAuth window. Forward it to the
 * subscriber's browser.
 *
 * @param status the HTTP status, e.g. 302 or 200
 * @param location the {@code Location} of a redirect, else {@code null}
 * @param html the HTML page of a 200 answer, else {@code null}
 */
public record ChatOauthResult(@JsonProperty("status") int status, @JsonProperty("location") @Nullable String location,
		@JsonProperty("html") @Nullable String html) {

	/** @return whether Novu answered with a redirect to {@link #location()} */
	@JsonIgnore
	public boolean isRedirect() {
		return this.location != null && this.status >= 300 && this.status < 400;
	}

}
