package io.github.novu4j.client.webhooks;

import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * The {@code data} of a {@code workflow.*} event.
 *
 * @param object the workflow as it is now (the API's workflow shape)
 * @param previousObject before the change: on {@code workflow.updated} the stored workflow record, on
 * {@code workflow.published} the source environment's workflow. Kept as plain Java values because its shape
 * differs from {@code object} (WIRE-FORMAT-CURRENT §G.1); {@code null} for created and deleted
 * @param additionalProperties members this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkflowEventData(@JsonProperty("object") WebhookWorkflow object,
		@JsonProperty("previousObject") @Nullable Map<String, @Nullable Object> previousObject,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Requires the workflow.
	 * @param object the workflow as it is now
	 * @param previousObject the workflow before the change, or {@code null}
	 * @param additionalProperties members this record does not model
	 */
	public WorkflowEventData {
		Objects.requireNonNull(object, "object");
		previousObject = (previousObject != null) ? AdditionalProperties.copyOf(previousObject) : null;
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
