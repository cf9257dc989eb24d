package io.github.novu4j.client.v2.topics;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A workflow preference of a topic subscription ({@code SubscriptionPreferenceDto}).
 *
 * @param subscriptionId the subscription it belongs to
 * @param workflow the workflow, for a workflow-level preference ({@code null} otherwise)
 * @param enabled whether the workflow notifies through this subscription
 * @param condition the JSON Logic condition evaluated at fan-out time, or {@code null}
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionPreference(@JsonProperty("subscriptionId") @Nullable String subscriptionId,
		@JsonProperty("workflow") @Nullable Workflow workflow, @JsonProperty("enabled") @Nullable Boolean enabled,
		@JsonProperty("condition") @Nullable Map<String, @Nullable Object> condition,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the additional properties.
	 * @param subscriptionId the subscription it belongs to
	 * @param workflow the workflow, for a workflow-level preference
	 * @param enabled whether the workflow notifies through this subscription
	 * @param condition the JSON Logic condition, or {@code null}
	 * @param additionalProperties what this record does not model
	 */
	public SubscriptionPreference {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * The workflow of a preference ({@code WorkflowDto}).
	 *
	 * @param id Novu's id of the workflow
	 * @param identifier the workflow identifier used in triggers
	 * @param name its name
	 * @param critical whether it is critical (subscribers cannot turn it off)
	 * @param tags its tags; never {@code null}
	 * @param data its custom data, or {@code null}
	 * @param severity its severity: {@code high}, {@code medium}, {@code low} or {@code none}
	 * @param additionalProperties what this record does not model
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Workflow(@JsonProperty("id") @Nullable String id, @JsonProperty("identifier") @Nullable String identifier,
			@JsonProperty("name") @Nullable String name, @JsonProperty("critical") @Nullable Boolean critical,
			@JsonProperty("tags") List<String> tags, @JsonProperty("data") @Nullable Map<String, @Nullable Object> data,
			@JsonProperty("severity") @Nullable String severity,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the tags and additional properties.
		 * @param id Novu's id of the workflow
		 * @param identifier the workflow identifier used in triggers
		 * @param name its name
		 * @param critical whether it is critical
		 * @param tags its tags
		 * @param data its custom data
		 * @param severity its severity
		 * @param additionalProperties what this record does not model
		 */
		public Workflow {
			tags = (tags != null) ? List.copyOf(tags) : List.of();
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
