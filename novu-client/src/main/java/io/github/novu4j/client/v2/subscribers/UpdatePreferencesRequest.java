package io.github.novu4j.client.v2.subscribers;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PATCH /v2/subscribers/{subscriberId}/preferences}: without a {@code workflowId} it
 * changes the global preference, with one that workflow's preference.
 *
 * <pre>{@code
 * UpdatePreferencesRequest.builder()
 *     .workflowId("order-shipped")
 *     .channels(PreferenceChannels.builder().sms(false).build())
 *     .context(Map.of("tenant", "acme"))
 *     .build();
 * }</pre>
 *
 * @param workflowId the workflow (its id, slug or internal id); {@code null} for the global preference
 * @param channels the channels to turn on or off
 * @param schedule the delivery schedule
 * @param context the context the preference applies to: 1 to 5 entries of type to id (or to a map with {@code id} and {@code data})
 */
public record UpdatePreferencesRequest(@JsonProperty("workflowId") @Nullable String workflowId,
		@JsonProperty("channels") @Nullable PreferenceChannels channels,
		@JsonProperty("schedule") @Nullable Schedule schedule,
		@JsonProperty("context") @Nullable Map<String, Object> context) {

	/**
	 * Checks the request.
	 * @param workflowId the workflow, or {@code null} for global
	 * @param channels the channels
	 * @param schedule the delivery schedule
	 * @param context the context
	 * @throws IllegalArgumentException if nothing would change, the workflow id is blank or the context is invalid
	 */
	public UpdatePreferencesRequest {
		Checks.notBlank(workflowId, "workflowId");
		if (channels == null && schedule == null) {
			throw new IllegalArgumentException("preferences.update needs channels or a schedule to change");
		}
		context = Checks.context(context);
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/** Builds an {@link UpdatePreferencesRequest}. */
	public static final class Builder {

		private @Nullable String workflowId;

		private @Nullable PreferenceChannels channels;

		private @Nullable Schedule schedule;

		private @Nullable Map<String, Object> context;

		private Builder() {
		}

		/**
		 * @param workflowId the workflow (id, slug or internal id); unset for the global preference
		 * @return this builder
		 */
		public Builder workflowId(@Nullable String workflowId) {
			this.workflowId = workflowId;
			return this;
		}

		/**
		 * @param channels the channels to turn on or off
		 * @return this builder
		 */
		public Builder channels(@Nullable PreferenceChannels channels) {
			this.channels = channels;
			return this;
		}

		/**
		 * @param schedule the delivery schedule
		 * @return this builder
		 */
		public Builder schedule(@Nullable Schedule schedule) {
			this.schedule = schedule;
			return this;
		}

		/**
		 * @param context type to id, or type to a map with {@code id} and {@code data}; 1 to 5 entries
		 * @return this builder
		 */
		public Builder context(@Nullable Map<String, ?> context) {
			this.context = (context != null) ? new java.util.LinkedHashMap<>(context) : null;
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if the request is invalid
		 */
		public UpdatePreferencesRequest build() {
			return new UpdatePreferencesRequest(this.workflowId, this.channels, this.schedule, this.context);
		}

	}

}
