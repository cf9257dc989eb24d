package io.github.novu4j.client.subscribers;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A workflow (Novu's older name: template) as it appears inside preferences and messages. Preferences
 * carry {@code _id}, {@code name}, {@code critical} and {@code triggers}; a message may carry more.
 * Triggers are objects on the wire, although Novu's OpenAPI document types them as strings.
 *
 * @param id the workflow's id ({@code _id}); the {@code parameter} of {@code preferences().update}
 * @param name its name
 * @param description its description
 * @param active whether it is active
 * @param draft whether it is a draft
 * @param critical whether it is critical (always delivered; hide it from preference screens)
 * @param tags its tags
 * @param triggers its triggers; {@code triggers.get(0).identifier()} is what you trigger
 * @param notificationGroupId its workflow group ({@code _notificationGroupId})
 * @param data custom data of the workflow
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkflowSummary(@JsonProperty("_id") @Nullable String id, @JsonProperty("name") @Nullable String name,
		@JsonProperty("description") @Nullable String description, @JsonProperty("active") @Nullable Boolean active,
		@JsonProperty("draft") @Nullable Boolean draft, @JsonProperty("critical") @Nullable Boolean critical,
		@JsonProperty("tags") @Nullable List<String> tags, @JsonProperty("triggers") @Nullable List<Trigger> triggers,
		@JsonProperty("_notificationGroupId") @Nullable String notificationGroupId,
		@JsonProperty("data") @Nullable Map<String, Object> data) {

	/**
	 * A workflow trigger.
	 *
	 * @param identifier what to trigger, e.g. {@code order-shipped}
	 * @param type the trigger type ({@code event})
	 * @param variables payload variables the workflow uses
	 * @param subscriberVariables subscriber variables the workflow uses
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Trigger(@JsonProperty("identifier") @Nullable String identifier,
			@JsonProperty("type") @Nullable String type, @JsonProperty("variables") @Nullable List<Variable> variables,
			@JsonProperty("subscriberVariables") @Nullable List<Variable> subscriberVariables) {

	}

	/**
	 * A variable of a trigger.
	 *
	 * @param name the variable, e.g. {@code orderId}
	 * @param type its type, where Novu says
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Variable(@JsonProperty("name") @Nullable String name, @JsonProperty("type") @Nullable String type) {

	}

}
