package io.github.novu4j.client.events;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * Novu's answer to a trigger. HTTP 201 does not mean the workflow ran: check {@link #status()}
 * ({@link #isProcessed()}).
 *
 * @param acknowledged whether Novu accepted the event
 * @param status what happened to it
 * @param error error messages, for a bulk item that failed
 * @param transactionId the transaction id, for {@code cancel} and the activity feed
 * @param activityFeedLink a link to this trigger in Novu's activity feed (newer servers)
 * @param jobData what Novu queued for the trigger (newer servers), as Novu sends it
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TriggerResult(@JsonProperty("acknowledged") @Nullable Boolean acknowledged,
		@JsonProperty("status") @Nullable TriggerStatus status, @JsonProperty("error") @Nullable List<String> error,
		@JsonProperty("transactionId") @Nullable String transactionId,
		@JsonProperty("activityFeedLink") @Nullable String activityFeedLink,
		@JsonProperty("jobData") @Nullable Map<String, Object> jobData,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param acknowledged whether Novu accepted the event
	 * @param status what happened to it
	 * @param error error messages, for a bulk item that failed
	 * @param transactionId the transaction id, for {@code cancel} and the activity feed
	 * @param activityFeedLink a link to this trigger in Novu's activity feed (newer servers)
	 * @param jobData what Novu queued for the trigger (newer servers), as Novu sends it
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public TriggerResult {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/** @return whether the status is {@code processed} */
	public boolean isProcessed() {
		return TriggerStatus.PROCESSED.equals(this.status);
	}

}
