package io.github.novu4j.client.v2.environments;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * What publishing from one environment into another would change ({@code DiffEnvironmentResponseDto}).
 *
 * @param sourceEnvironmentId the environment compared from
 * @param targetEnvironmentId the environment compared to
 * @param resources the differences, one entry per resource
 * @param summary the totals
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnvironmentDiff(@JsonProperty("sourceEnvironmentId") @Nullable String sourceEnvironmentId,
		@JsonProperty("targetEnvironmentId") @Nullable String targetEnvironmentId,
		@JsonProperty("resources") List<ResourceDiff> resources, @JsonProperty("summary") @Nullable Summary summary,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the resources; absent becomes empty.
	 * @param sourceEnvironmentId the environment compared from
	 * @param targetEnvironmentId the environment compared to
	 * @param resources the differences
	 * @param summary the totals
	 * @param additionalProperties what this record does not model
	 */
	public EnvironmentDiff {
		resources = (resources != null) ? List.copyOf(resources) : List.of();
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * The totals of a diff ({@code EnvironmentDiffSummaryDto}).
	 *
	 * @param totalEntities how many resources were compared
	 * @param totalChanges how many differ
	 * @param hasChanges whether anything differs
	 * @param additionalProperties what this record does not model
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Summary(@JsonProperty("totalEntities") @Nullable Integer totalEntities,
			@JsonProperty("totalChanges") @Nullable Integer totalChanges,
			@JsonProperty("hasChanges") @Nullable Boolean hasChanges,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Normalises {@code additionalProperties}.
		 * @param totalEntities how many resources were compared
		 * @param totalChanges how many differ
		 * @param hasChanges whether anything differs
		 * @param additionalProperties what this record does not model
		 */
		public Summary {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * The differences of one resource ({@code ResourceDiffResultDto}).
	 *
	 * @param resourceType its kind, e.g. {@link SyncResourceType#WORKFLOW}
	 * @param sourceResource the resource in the source ({@code id}, {@code name}, {@code updatedBy},
	 * {@code updatedAt}), or {@code null} if it is only in the target
	 * @param targetResource the resource in the target, or {@code null} if it is new
	 * @param changes each change: {@code resourceType}, {@code action} ({@code added}, {@code modified},
	 * {@code deleted}, {@code unchanged}, {@code moved}), {@code diffs} ({@code previous}/{@code new}), and
	 * for steps {@code stepType}, {@code previousIndex}, {@code newIndex}
	 * @param summary counts by action: {@code added}, {@code modified}, {@code deleted}, {@code unchanged}
	 * @param dependencies resources this one needs ({@code resourceType}, {@code resourceId},
	 * {@code resourceName}, {@code isBlocking}, {@code reason}), or {@code null}
	 * @param additionalProperties what this record does not model
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ResourceDiff(@JsonProperty("resourceType") @Nullable SyncResourceType resourceType,
			@JsonProperty("sourceResource") @Nullable Map<String, @Nullable Object> sourceResource,
			@JsonProperty("targetResource") @Nullable Map<String, @Nullable Object> targetResource,
			@JsonProperty("changes") List<Map<String, @Nullable Object>> changes,
			@JsonProperty("summary") @Nullable Map<String, @Nullable Object> summary,
			@JsonProperty("dependencies") @Nullable List<Map<String, @Nullable Object>> dependencies,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the changes; absent becomes empty.
		 * @param resourceType its kind
		 * @param sourceResource the resource in the source
		 * @param targetResource the resource in the target
		 * @param changes each change
		 * @param summary counts by action
		 * @param dependencies resources this one needs
		 * @param additionalProperties what this record does not model
		 */
		public ResourceDiff {
			changes = (changes != null) ? List.copyOf(changes) : List.of();
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
