package io.github.novu4j.client.topics;

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
 * Novu's answer to adding subscribers to a topic ({@code AssignSubscriberToTopicDto}): which ids were
 * added, and which were not because no such subscriber exists. Novu answers 200 even when some failed.
 *
 * @param succeeded the subscriber ids now in the topic; never {@code null}
 * @param failed the ids that were not added, by reason; {@code null} when Novu sent none
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssignSubscribersResult(@JsonProperty("succeeded") List<String> succeeded,
		@JsonProperty("failed") @Nullable FailedAssignments failed,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Copies the added ids into an unmodifiable list, empty when Novu sent none.
	 * @param succeeded the subscriber ids now in the topic; never {@code null}
	 * @param failed the ids that were not added, by reason; {@code null} when Novu sent none
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public AssignSubscribersResult {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		succeeded = (succeeded != null) ? Collections.unmodifiableList(new ArrayList<>(succeeded)) : List.of();
	}

	/** @return the ids Novu found no subscriber for; empty when all were found */
	public List<String> notFound() {
		return (this.failed != null) ? this.failed.notFound() : List.of();
	}

	/** @return whether every id was added */
	public boolean allSucceeded() {
		return notFound().isEmpty();
	}

	/**
	 * The ids that were not added ({@code FailedAssignmentsDto}).
	 *
	 * @param notFound ids with no subscriber behind them; never {@code null}
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record FailedAssignments(@JsonProperty("notFound") List<String> notFound,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

		/**
		 * Copies the ids into an unmodifiable list, empty when Novu sent none.
		 * @param notFound ids with no subscriber behind them; never {@code null}
		 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
		 */
		public FailedAssignments {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			notFound = (notFound != null) ? Collections.unmodifiableList(new ArrayList<>(notFound)) : List.of();
		}

	}

}
