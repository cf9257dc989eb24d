package io.github.novu4j.client.subscribers;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Novu's answer to deleting a subscriber: {@code {"acknowledged":true,"status":"deleted"}}.
 *
 * @param acknowledged whether Novu performed the deletion
 * @param status {@code deleted}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeleteSubscriberResult(@JsonProperty("acknowledged") @Nullable Boolean acknowledged,
		@JsonProperty("status") @Nullable String status) {

	/** @return whether Novu acknowledged the deletion with status {@code deleted} */
	@JsonIgnore
	public boolean isDeleted() {
		return Boolean.TRUE.equals(this.acknowledged) && "deleted".equals(this.status);
	}

}
