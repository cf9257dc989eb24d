package io.github.novu4j.client.bridge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * One workflow Novu stored while syncing a bridge: the saved workflow as Novu's {@code Sync} use case returns it
 * (its {@code NotificationTemplateEntity}). Only the members read most are modelled; steps, schemas and the
 * discovered definition ({@code rawData}) stay in {@link #additionalProperties()}.
 *
 * @param id Novu's internal id of the workflow ({@code _id})
 * @param name its name (the workflow's name, or its id when it has none)
 * @param triggers its triggers; the first one's {@code identifier} is the workflow id the bridge declared;
 * never {@code null}
 * @param tags its tags; never {@code null}
 * @param active whether it is active
 * @param type Novu's workflow type, {@code BRIDGE} for a synced one
 * @param origin where it came from, {@code external} for a synced one
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SyncedWorkflow(@JsonProperty("_id") @Nullable String id, @JsonProperty("name") @Nullable String name,
		@JsonProperty("triggers") List<Trigger> triggers, @JsonProperty("tags") List<String> tags,
		@JsonProperty("active") @Nullable Boolean active, @JsonProperty("type") @Nullable String type,
		@JsonProperty("origin") @Nullable String origin,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Copies the lists and the unknown members, empty when Novu sent none.
	 * @param id Novu's internal id of the workflow ({@code _id})
	 * @param name its name
	 * @param triggers its triggers
	 * @param tags its tags
	 * @param active whether it is active
	 * @param type Novu's workflow type
	 * @param origin where it came from
	 * @param additionalProperties what Novu sent that this record does not model
	 */
	public SyncedWorkflow {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		triggers = (triggers != null) ? Collections.unmodifiableList(new ArrayList<>(triggers)) : List.of();
		tags = (tags != null) ? Collections.unmodifiableList(new ArrayList<>(tags)) : List.of();
	}

	/**
	 * The workflow id the bridge declared: the first trigger's identifier.
	 * @return the id, or {@code null} when Novu sent no trigger
	 */
	public @Nullable String workflowId() {
		return this.triggers.isEmpty() ? null : this.triggers.get(0).identifier();
	}

	/**
	 * A trigger of a synced workflow.
	 *
	 * @param type the trigger type, {@code event}
	 * @param identifier the workflow id used to trigger it
	 * @param additionalProperties what Novu sent that this record does not model (e.g. {@code variables})
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Trigger(@JsonProperty("type") @Nullable String type,
			@JsonProperty("identifier") @Nullable String identifier,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the unknown members.
		 * @param type the trigger type
		 * @param identifier the workflow id used to trigger it
		 * @param additionalProperties what Novu sent that this record does not model
		 */
		public Trigger {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
