package io.github.novu4j.client.subscribers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * Novu's answer to a bulk create (or to {@code Subscribers.importAll}, combined over its requests):
 * which subscribers were created, which already existed and were updated, and which failed and why.
 *
 * @param created subscribers that did not exist
 * @param updated subscribers that existed and were updated (a bulk create is an upsert)
 * @param failed subscribers Novu could not store, with its reason
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BulkCreateSubscribersResult(@JsonProperty("created") List<Item> created,
		@JsonProperty("updated") List<Item> updated, @JsonProperty("failed") List<Failure> failed,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Turns absent lists into empty ones.
	 * @param created subscribers that did not exist
	 * @param updated subscribers that existed and were updated (a bulk create is an upsert)
	 * @param failed subscribers Novu could not store, with its reason
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public BulkCreateSubscribersResult {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		created = (created != null) ? List.copyOf(created) : List.of();
		updated = (updated != null) ? List.copyOf(updated) : List.of();
		failed = (failed != null) ? List.copyOf(failed) : List.of();
	}

	/** @return a result with nothing in it */
	public static BulkCreateSubscribersResult empty() {
		return new BulkCreateSubscribersResult(List.of(), List.of(), List.of(), null);
	}

	/**
	 * @param other a result of a later request
	 * @return the lists of this result followed by those of the other
	 */
	public BulkCreateSubscribersResult plus(BulkCreateSubscribersResult other) {
		return new BulkCreateSubscribersResult(concat(this.created, other.created), concat(this.updated, other.updated),
				concat(this.failed, other.failed), merge(this.additionalProperties, other.additionalProperties));
	}

	/** @return the number of subscribers this result reports on */
	@JsonIgnore
	public int size() {
		return this.created.size() + this.updated.size() + this.failed.size();
	}

	private static Map<String, @Nullable Object> merge(Map<String, @Nullable Object> first,
			Map<String, @Nullable Object> second) {
		Map<String, @Nullable Object> all = new LinkedHashMap<>(first);
		all.putAll(second);
		return all;
	}

	private static <T> List<T> concat(List<T> first, List<T> second) {
		List<T> all = new ArrayList<>(first.size() + second.size());
		all.addAll(first);
		all.addAll(second);
		return all;
	}

	/**
	 * A subscriber that was created or updated.
	 *
	 * @param subscriberId your id of the subscriber
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Item(@JsonProperty("subscriberId") @Nullable String subscriberId,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

		/**
		 * Keeps the members this record does not model, unmodifiable.
		 * @param subscriberId your id of the subscriber
		 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
		 */
		public Item {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * A subscriber that could not be stored.
	 *
	 * @param subscriberId your id of the subscriber
	 * @param message Novu's reason
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Failure(@JsonProperty("subscriberId") @Nullable String subscriberId,
			@JsonProperty("message") @Nullable String message,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

		/**
		 * Keeps the members this record does not model, unmodifiable.
		 * @param subscriberId your id of the subscriber
		 * @param message Novu's reason
		 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
		 */
		public Failure {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
