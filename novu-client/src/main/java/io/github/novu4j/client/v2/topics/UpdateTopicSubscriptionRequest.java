package io.github.novu4j.client.v2.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Changes to one topic subscription ({@code UpdateTopicSubscriptionRequestDto}); unset fields stay.
 *
 * @param name the new name, or {@code null} to keep it
 * @param preferences the new workflow preferences, or {@code null} to keep them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateTopicSubscriptionRequest(@JsonProperty("name") @Nullable String name,
		@JsonProperty("preferences") @Nullable List<PreferenceRule> preferences) {

	/**
	 * Checks that something changes.
	 * @param name the new name
	 * @param preferences the new workflow preferences
	 * @throws IllegalArgumentException if both are {@code null}
	 */
	public UpdateTopicSubscriptionRequest {
		preferences = (preferences != null) ? List.copyOf(preferences) : null;
		if (name == null && preferences == null) {
			throw new IllegalArgumentException("an update of a topic subscription needs a name or preferences");
		}
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/** Builds an {@link UpdateTopicSubscriptionRequest}. */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable List<PreferenceRule> preferences;

		private Builder() {
		}

		/**
		 * @param name the new name
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * @param preference a workflow preference; the ones given replace the stored ones
		 * @return this builder
		 */
		public Builder preference(PreferenceRule preference) {
			if (this.preferences == null) {
				this.preferences = new ArrayList<>();
			}
			this.preferences.add(Objects.requireNonNull(preference, "preference"));
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if neither name nor preferences are set
		 */
		public UpdateTopicSubscriptionRequest build() {
			return new UpdateTopicSubscriptionRequest(this.name, this.preferences);
		}

	}

}
