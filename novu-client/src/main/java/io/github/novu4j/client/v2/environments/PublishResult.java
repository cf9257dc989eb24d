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
 * What publishing into an environment did ({@code PublishEnvironmentResponseDto}). Resources that
 * failed are listed in each {@link SyncResult#failed()}; the call itself still succeeds.
 *
 * @param results one entry per resource kind
 * @param summary the totals
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublishResult(@JsonProperty("results") List<SyncResult> results,
		@JsonProperty("summary") @Nullable Summary summary,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the results; absent becomes empty.
	 * @param results one entry per resource kind
	 * @param summary the totals
	 * @param additionalProperties what this record does not model
	 */
	public PublishResult {
		results = (results != null) ? List.copyOf(results) : List.of();
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * The totals of a publish ({@code PublishSummaryDto}).
	 *
	 * @param resources how many resources were processed
	 * @param successful how many were published
	 * @param failed how many failed
	 * @param skipped how many were skipped
	 * @param additionalProperties what this record does not model
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Summary(@JsonProperty("resources") @Nullable Integer resources,
			@JsonProperty("successful") @Nullable Integer successful, @JsonProperty("failed") @Nullable Integer failed,
			@JsonProperty("skipped") @Nullable Integer skipped,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Normalises {@code additionalProperties}.
		 * @param resources how many resources were processed
		 * @param successful how many were published
		 * @param failed how many failed
		 * @param skipped how many were skipped
		 * @param additionalProperties what this record does not model
		 */
		public Summary {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * The outcome for one resource kind ({@code SyncResultDto}). Each entry of the three lists has
	 * {@code resourceType}, {@code resourceId} and {@code resourceName}, plus {@code action}
	 * ({@code created}, {@code updated}, {@code skipped}, {@code deleted}) when successful, {@code error}
	 * (and {@code stack}) when failed, {@code reason} when skipped.
	 *
	 * @param resourceType the kind, e.g. {@link SyncResourceType#WORKFLOW}
	 * @param successful the resources published
	 * @param failed the resources that failed
	 * @param skipped the resources skipped
	 * @param totalProcessed how many were processed
	 * @param additionalProperties what this record does not model
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record SyncResult(@JsonProperty("resourceType") @Nullable SyncResourceType resourceType,
			@JsonProperty("successful") List<Map<String, @Nullable Object>> successful,
			@JsonProperty("failed") List<Map<String, @Nullable Object>> failed,
			@JsonProperty("skipped") List<Map<String, @Nullable Object>> skipped,
			@JsonProperty("totalProcessed") @Nullable Integer totalProcessed,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the lists; absent ones become empty.
		 * @param resourceType the kind
		 * @param successful the resources published
		 * @param failed the resources that failed
		 * @param skipped the resources skipped
		 * @param totalProcessed how many were processed
		 * @param additionalProperties what this record does not model
		 */
		public SyncResult {
			successful = (successful != null) ? List.copyOf(successful) : List.of();
			failed = (failed != null) ? List.copyOf(failed) : List.of();
			skipped = (skipped != null) ? List.copyOf(skipped) : List.of();
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
