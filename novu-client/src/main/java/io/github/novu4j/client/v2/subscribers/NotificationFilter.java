package io.github.novu4j.client.v2.subscribers;

import io.github.novu4j.client.Severity;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * One filter of {@code notifications().count(..)}, and the filter Novu echoes beside each count. Unset
 * criteria match everything.
 *
 * <pre>{@code
 * NotificationFilter.builder().read(false).archived(false).build();
 * NotificationFilter.builder().tagGroups(List.of(List.of("billing", "security"), List.of("urgent"))).build();
 * }</pre>
 *
 * @param tags the workflow tags: a list (any of them) or {@code {"and":[{"or":[..]}, ..]}}
 * @param read only read ({@code true}) or unread ({@code false}) notifications
 * @param archived only archived or not archived notifications
 * @param snoozed only snoozed or not snoozed notifications
 * @param seen only seen or unseen notifications
 * @param severity only these severities (Novu also sends a single value, read as a list of one)
 * @param additionalProperties what this record does not model
 */
public record NotificationFilter(@JsonProperty("tags") @Nullable Object tags,
		@JsonProperty("read") @Nullable Boolean read, @JsonProperty("archived") @Nullable Boolean archived,
		@JsonProperty("snoozed") @Nullable Boolean snoozed, @JsonProperty("seen") @Nullable Boolean seen,
		@JsonProperty("severity") @JsonFormat(
				with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable List<Severity> severity,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Normalises the unmodelled members.
	 * @param tags the workflow tags
	 * @param read read state
	 * @param archived archived state
	 * @param snoozed snoozed state
	 * @param seen seen state
	 * @param severity severities
	 * @param additionalProperties what this record does not model
	 */
	public NotificationFilter {
		severity = (severity != null) ? List.copyOf(severity) : null;
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/** Builds a {@link NotificationFilter}. */
	public static final class Builder {

		private @Nullable Object tags;

		private @Nullable Boolean read;

		private @Nullable Boolean archived;

		private @Nullable Boolean snoozed;

		private @Nullable Boolean seen;

		private @Nullable List<Severity> severity;

		private Builder() {
		}

		/**
		 * @param tags match notifications whose workflow has any of these tags
		 * @return this builder
		 */
		public Builder tags(@Nullable List<String> tags) {
			this.tags = Checks.anyTag(tags);
			return this;
		}

		/**
		 * @param groups match notifications whose workflow has a tag of every group (an AND of ORs)
		 * @return this builder
		 */
		public Builder tagGroups(List<List<String>> groups) {
			this.tags = Checks.tagGroups(groups);
			return this;
		}

		/**
		 * @param read {@code true} for read, {@code false} for unread notifications
		 * @return this builder
		 */
		public Builder read(@Nullable Boolean read) {
			this.read = read;
			return this;
		}

		/**
		 * @param archived {@code true} for archived notifications only
		 * @return this builder
		 */
		public Builder archived(@Nullable Boolean archived) {
			this.archived = archived;
			return this;
		}

		/**
		 * @param snoozed {@code true} for snoozed notifications only
		 * @return this builder
		 */
		public Builder snoozed(@Nullable Boolean snoozed) {
			this.snoozed = snoozed;
			return this;
		}

		/**
		 * @param seen {@code true} for seen, {@code false} for unseen notifications
		 * @return this builder
		 */
		public Builder seen(@Nullable Boolean seen) {
			this.seen = seen;
			return this;
		}

		/**
		 * @param severity only these severities
		 * @return this builder
		 */
		public Builder severity(@Nullable List<Severity> severity) {
			this.severity = severity;
			return this;
		}

		/** @return the filter */
		public NotificationFilter build() {
			return new NotificationFilter(this.tags, this.read, this.archived, this.snoozed, this.seen, this.severity,
					null);
		}

	}

}
