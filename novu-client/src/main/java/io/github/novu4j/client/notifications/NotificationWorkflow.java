package io.github.novu4j.client.notifications;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The workflow of a notification, as Novu embeds it (absent when the workflow was deleted since).
 *
 * @param id the workflow's id
 * @param name its name
 * @param triggers its triggers
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationWorkflow(@JsonProperty("_id") @Nullable String id,
		@JsonProperty("name") @Nullable String name,
		@JsonProperty("triggers") @Nullable List<WorkflowTrigger> triggers) {

}
