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
 * The answer of {@code topics.subscriptions.create} and {@code delete}: what succeeded, the counts, and
 * one error per subscriber that failed ({@code CreateSubscriptionsResponseDto},
 * {@code DeleteTopicSubscriptionsResponseDto}). Novu answers this way when at least one item succeeded;
 * when every item failed it answers 400 instead, and the same per-subscriber errors arrive as the
 * {@link io.github.novu4j.client.NovuApiException#getValidationErrors() validation errors} of the
 * exception (field = subscriber id, message = Novu's message, value = the error code).
 *
 * @param data the subscriptions created or deleted; never {@code null}
 * @param meta how many items were sent, succeeded and failed
 * @param errors one entry per failed item; never {@code null}
 * @param additionalProperties what this record does not model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TopicSubscriptionsResult(@JsonProperty("data") List<TopicSubscription> data,
		@JsonProperty("meta") @Nullable Meta meta, @JsonProperty("errors") List<Error> errors,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the lists; absent ones become empty.
	 * @param data the subscriptions created or deleted
	 * @param meta how many items were sent, succeeded and failed
	 * @param errors one entry per failed item
	 * @param additionalProperties what this record does not model
	 */
	public TopicSubscriptionsResult {
		data = (data != null) ? List.copyOf(data) : List.of();
		errors = (errors != null) ? List.copyOf(errors) : List.of();
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * The counts of a bulk subscription change ({@code MetaDto}).
	 *
	 * @param totalCount how many items were sent
	 * @param successful how many succeeded
	 * @param failed how many failed
	 * @param additionalProperties what this record does not model
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Meta(@JsonProperty("totalCount") @Nullable Integer totalCount,
			@JsonProperty("successful") @Nullable Integer successful, @JsonProperty("failed") @Nullable Integer failed,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the additional properties.
		 * @param totalCount how many items were sent
		 * @param successful how many succeeded
		 * @param failed how many failed
		 * @param additionalProperties what this record does not model
		 */
		public Meta {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * Why one item failed ({@code SubscriptionErrorDto}).
	 *
	 * @param subscriberId the subscriber of the failed item
	 * @param code Novu's error code, e.g. {@code SUBSCRIBER_NOT_FOUND}
	 * @param message Novu's message
	 * @param additionalProperties what this record does not model
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Error(@JsonProperty("subscriberId") @Nullable String subscriberId,
			@JsonProperty("code") @Nullable String code, @JsonProperty("message") @Nullable String message,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the additional properties.
		 * @param subscriberId the subscriber of the failed item
		 * @param code Novu's error code
		 * @param message Novu's message
		 * @param additionalProperties what this record does not model
		 */
		public Error {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
