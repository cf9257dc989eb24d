package io.github.novu4j.client.webhooks;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * The workflow a {@code workflow.*} event is about ({@code WorkflowResponseDto}). Its identity and state
 * are modelled; steps, payload schema, origin and the rest stay in {@link #additionalProperties()}.
 *
 * @param id the workflow's database id
 * @param workflowId the workflow's identifier (what you trigger)
 * @param name the name
 * @param slug the slug
 * @param description the description
 * @param active whether it is active
 * @param tags the tags
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param lastPublishedAt when it was last published
 * @param additionalProperties members this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebhookWorkflow(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("workflowId") @Nullable String workflowId, @JsonProperty("name") @Nullable String name,
		@JsonProperty("slug") @Nullable String slug, @JsonProperty("description") @Nullable String description,
		@JsonProperty("active") @Nullable Boolean active, @JsonProperty("tags") @Nullable List<String> tags,
		@JsonProperty("createdAt") @Nullable String createdAt, @JsonProperty("updatedAt") @Nullable String updatedAt,
		@JsonProperty("lastPublishedAt") @Nullable String lastPublishedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Copies the tags and the additional properties.
	 * @param id the database id
	 * @param workflowId the identifier
	 * @param name the name
	 * @param slug the slug
	 * @param description the description
	 * @param active whether it is active
	 * @param tags the tags
	 * @param createdAt when it was created
	 * @param updatedAt when it last changed
	 * @param lastPublishedAt when it was last published
	 * @param additionalProperties members this record does not model
	 */
	public WebhookWorkflow {
		tags = (tags != null) ? List.copyOf(tags) : null;
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
