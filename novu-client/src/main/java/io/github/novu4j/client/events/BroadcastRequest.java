package io.github.novu4j.client.events;

import io.github.novu4j.client.ContextMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An event for every subscriber of the environment ({@code TriggerEventToAllRequestDto}). Novu
 * requires a payload (an empty map is fine).
 *
 * @param name the workflow's trigger identifier
 * @param payload data for the workflow
 * @param overrides provider-specific overrides
 * @param transactionId your id for this trigger
 * @param actor the actor subscriber
 * @param tenant the tenant context
 * @param context the trigger's contexts, 1 to 5 (newer Novu servers; see {@link ContextMap})
 */
public record BroadcastRequest(@JsonProperty("name") String name,
		@JsonProperty("payload") Map<String, Object> payload,
		@JsonProperty("overrides") @Nullable Map<String, Object> overrides,
		@JsonProperty("transactionId") @Nullable String transactionId,
		@JsonProperty("actor") @Nullable Recipient actor, @JsonProperty("tenant") @Nullable Tenant tenant,
		@JsonProperty("context") @Nullable ContextMap context) {

	/**
	 * Checks the request before anything is sent.
	 * @param name the workflow's trigger identifier
	 * @param payload data for the workflow
	 * @param overrides provider-specific overrides
	 * @param transactionId your id for this trigger
	 * @param actor the actor subscriber
	 * @param tenant the tenant context
	 * @param context the trigger's contexts
	 * @throws IllegalArgumentException if the name is blank, the payload is missing (Novu requires one), or the
	 * actor is a topic
	 */
	public BroadcastRequest {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A broadcast needs the workflow's trigger identifier (name)");
		}
		requirePayload(name, payload);
		if (actor != null && actor.isTopic()) {
			throw new IllegalArgumentException("The actor must be a subscriber, not a topic");
		}
	}

	/**
	 * @param workflowId the workflow's trigger identifier
	 * @param payload data for the workflow; required (an empty map is fine)
	 * @return a builder
	 * @throws IllegalArgumentException if the payload is {@code null}
	 */
	public static Builder builder(String workflowId, Map<String, Object> payload) {
		requirePayload(workflowId, payload);
		return new Builder(workflowId, payload);
	}

	private static void requirePayload(String name, @Nullable Map<String, Object> payload) {
		if (payload == null) {
			throw new IllegalArgumentException("A broadcast of '" + name + "' needs a payload (Novu requires one;"
					+ " use an empty map if the workflow needs no data)");
		}
	}

	/** Builder of {@link BroadcastRequest}. */
	public static final class Builder {

		private final String name;

		private final Map<String, Object> payload;

		private @Nullable Map<String, Object> overrides;

		private @Nullable String transactionId;

		private @Nullable Recipient actor;

		private @Nullable Tenant tenant;

		private @Nullable ContextMap context;

		private Builder(String name, Map<String, Object> payload) {
			this.name = name;
			this.payload = payload;
		}

		/**
		 * @param overrides provider-specific overrides, e.g. {@code {"fcm": {"data": {..}}}}
		 * @return this builder
		 */
		public Builder overrides(@Nullable Map<String, Object> overrides) {
			this.overrides = overrides;
			return this;
		}

		/**
		 * @param transactionId your id for this trigger (Novu makes one if absent); used by {@code cancel}
		 * @return this builder
		 */
		public Builder transactionId(@Nullable String transactionId) {
			this.transactionId = transactionId;
			return this;
		}

		/**
		 * @param subscriberId the actor's subscriber id
		 * @return this builder
		 */
		public Builder actor(String subscriberId) {
			this.actor = Recipient.subscriber(subscriberId);
			return this;
		}

		/**
		 * @param tenant the tenant context, or {@code null}
		 * @return this builder
		 */
		public Builder tenant(@Nullable Tenant tenant) {
			this.tenant = tenant;
			return this;
		}

		/**
		 * Replaces the trigger's contexts ({@code context}, newer Novu servers).
		 * @param context the contexts, or {@code null} for none
		 * @return this builder
		 */
		public Builder context(@Nullable ContextMap context) {
			this.context = context;
			return this;
		}

		/**
		 * Adds a context entry ({@code context}, newer Novu servers), e.g. {@code context("tenant", "acme")}.
		 * @param type the context type
		 * @param id the context id
		 * @return this builder
		 * @throws IllegalArgumentException if the type or id is invalid, or this makes more than five entries
		 */
		public Builder context(String type, String id) {
			this.context = (this.context == null) ? ContextMap.of(type, id) : this.context.with(type, id);
			return this;
		}

		/**
		 * Adds a context entry with data, used when Novu creates the context.
		 * @param type the context type
		 * @param id the context id
		 * @param data the context's data, e.g. {@code {"name": "Acme"}}
		 * @return this builder
		 * @throws IllegalArgumentException if the type or id is invalid, or this makes more than five entries
		 */
		public Builder context(String type, String id, Map<String, ?> data) {
			this.context = (this.context == null) ? ContextMap.of(type, id, Objects.requireNonNull(data, "data")) : this.context.with(type, id, Objects.requireNonNull(data, "data"));
			return this;
		}

		/**
		 * @return the request
		 */
		public BroadcastRequest build() {
			return new BroadcastRequest(this.name, this.payload, this.overrides, this.transactionId, this.actor,
					this.tenant, this.context);
		}

	}

}
