package io.github.novu4j.client.v2.subscribers;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * Novu's answer to {@code DELETE /v2/subscribers/{subscriberId}}:
 * {@code {"acknowledged":true,"status":"deleted"}}.
 *
 * @param acknowledged whether Novu performed the deletion
 * @param status what was done, {@code deleted}; kept as text so values Novu adds later still parse
 * @param additionalProperties what this record does not model
 */
public record SubscriberDeleted(@JsonProperty("acknowledged") @Nullable Boolean acknowledged,
		@JsonProperty("status") @Nullable String status,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/** The {@link #status()} of a deletion. */
	public static final String DELETED = "deleted";

	/**
	 * Normalises the unmodelled members.
	 * @param acknowledged whether Novu performed the deletion
	 * @param status what was done
	 * @param additionalProperties what this record does not model
	 */
	public SubscriberDeleted {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/** @return whether Novu acknowledged the deletion */
	public boolean isDeleted() {
		return Boolean.TRUE.equals(this.acknowledged) && DELETED.equals(this.status);
	}

}
