package io.github.novu4j.client.v2.subscribers;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PATCH /v2/subscribers/{subscriberId}/preferences/bulk}: the channels of up to 100
 * workflows at once.
 *
 * <pre>{@code
 * BulkUpdatePreferencesRequest.of(List.of(
 *     BulkUpdatePreferencesRequest.Item.of("order-shipped", PreferenceChannels.builder().email(false).build())));
 * }</pre>
 *
 * @param preferences 1 to 100 workflow preferences
 * @param context the context the preferences apply to, 1 to 5 entries, or {@code null}
 */
public record BulkUpdatePreferencesRequest(@JsonProperty("preferences") List<Item> preferences,
		@JsonProperty("context") @Nullable Map<String, Object> context) {

	/** The most workflow preferences one bulk update takes. */
	public static final int MAX_ITEMS = 100;

	/**
	 * Checks the request.
	 * @param preferences 1 to 100 workflow preferences
	 * @param context the context, or {@code null}
	 * @throws IllegalArgumentException if there are no preferences or more than 100, or the context is invalid
	 */
	public BulkUpdatePreferencesRequest {
		Objects.requireNonNull(preferences, "preferences");
		Checks.range(preferences.size(), 1, MAX_ITEMS, "preferences.bulkUpdate item count");
		preferences = List.copyOf(preferences);
		context = Checks.context(context);
	}

	/**
	 * @param preferences 1 to 100 workflow preferences
	 * @return the request, without a context
	 */
	public static BulkUpdatePreferencesRequest of(List<Item> preferences) {
		return new BulkUpdatePreferencesRequest(preferences, null);
	}

	/**
	 * @param preferences 1 to 100 workflow preferences
	 * @param context type to id (or to a map with {@code id} and {@code data}), 1 to 5 entries
	 * @return the request
	 */
	public static BulkUpdatePreferencesRequest of(List<Item> preferences, Map<String, ?> context) {
		return new BulkUpdatePreferencesRequest(preferences, new java.util.LinkedHashMap<>(context));
	}

	/**
	 * One workflow's channels.
	 *
	 * @param workflowId the workflow (id, slug or internal id)
	 * @param channels the channels to turn on or off
	 */
	public record Item(@JsonProperty("workflowId") String workflowId,
			@JsonProperty("channels") PreferenceChannels channels) {

		/**
		 * Checks the item.
		 * @param workflowId the workflow
		 * @param channels the channels
		 * @throws IllegalArgumentException if the workflow id is blank
		 */
		public Item {
			if (workflowId == null || workflowId.isBlank()) {
				throw new IllegalArgumentException("workflowId must not be null or blank");
			}
			Objects.requireNonNull(channels, "channels");
		}

		/**
		 * @param workflowId the workflow (id, slug or internal id)
		 * @param channels the channels to turn on or off
		 * @return the item
		 */
		public static Item of(String workflowId, PreferenceChannels channels) {
			return new Item(workflowId, channels);
		}

	}

}
