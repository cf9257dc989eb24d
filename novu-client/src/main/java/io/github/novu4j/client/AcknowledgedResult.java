package io.github.novu4j.client;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Novu's acknowledgement of an action on one entity, {@code {"acknowledged":true,"status":"deleted"}}, as
 * the delete operations of messages, workflow groups and subscribers answer.
 *
 * @param acknowledged whether Novu performed the action
 * @param status what was done, e.g. {@code deleted}; kept as text so values Novu adds later still parse
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AcknowledgedResult(@JsonProperty("acknowledged") @Nullable Boolean acknowledged,
		@JsonProperty("status") @Nullable String status,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param acknowledged whether Novu performed the action
	 * @param status what was done, e.g. {@code deleted}; kept as text so values Novu adds later still parse
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public AcknowledgedResult {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/** The {@link #status()} of a deletion. */
	public static final String DELETED = "deleted";

	/** @return whether Novu acknowledged the action and reports the entity deleted */
	public boolean isDeleted() {
		return Boolean.TRUE.equals(this.acknowledged) && DELETED.equals(this.status);
	}

}
