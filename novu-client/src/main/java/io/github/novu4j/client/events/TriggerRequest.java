package io.github.novu4j.client.events;

import io.github.novu4j.client.ContextMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An event that triggers a workflow ({@code TriggerEventRequestDto}). Build with
 * {@link #builder(String)}; {@code name} and at least one recipient are required.
 *
 * @param name the workflow's trigger identifier
 * @param to the recipients
 * @param payload data for the workflow's templates and conditions
 * @param overrides provider-specific overrides, e.g. {@code {"fcm": {"data": {..}}}}
 * @param transactionId your id for this trigger (Novu makes one if absent); used by {@code cancel}
 * @param actor the subscriber shown as the actor (avatar) of the notification
 * @param tenant the tenant context
 * @param bridgeUrl a bridge URL for Novu Framework workflows
 * @param controls step control values, {@code {"steps": {..}}}
 * @param context the trigger's contexts, 1 to 5 (newer Novu servers; see {@link ContextMap})
 */
public record TriggerRequest(@JsonProperty("name") String name, @JsonProperty("to") List<Recipient> to,
		@JsonProperty("payload") @Nullable Map<String, Object> payload,
		@JsonProperty("overrides") @Nullable Map<String, Object> overrides,
		@JsonProperty("transactionId") @Nullable String transactionId,
		@JsonProperty("actor") @Nullable Recipient actor, @JsonProperty("tenant") @Nullable Tenant tenant,
		@JsonProperty("bridgeUrl") @Nullable String bridgeUrl,
		@JsonProperty("controls") @Nullable Map<String, Object> controls,
		@JsonProperty("context") @Nullable ContextMap context) {

	/**
	 * Checks the request before anything is sent, and copies the recipients.
	 * @param name the workflow's trigger identifier
	 * @param to the recipients
	 * @param payload data for the workflow's templates and conditions
	 * @param overrides provider-specific overrides, e.g. {@code {"fcm": {"data": {..}}}}
	 * @param transactionId your id for this trigger (Novu makes one if absent); used by {@code cancel}
	 * @param actor the subscriber shown as the actor (avatar) of the notification
	 * @param tenant the tenant context
	 * @param bridgeUrl a bridge URL for Novu Framework workflows
	 * @param controls step control values, {@code {"steps": {..}}}
	 * @param context the trigger's contexts
	 * @throws IllegalArgumentException if the name is blank, there is no recipient, or the actor is a topic
	 */
	public TriggerRequest {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A trigger needs the workflow's trigger identifier (name)");
		}
		Objects.requireNonNull(to, "to");
		if (to.isEmpty()) {
			throw new IllegalArgumentException("A trigger of '" + name + "' needs at least one recipient (to)");
		}
		to = List.copyOf(to);
		if (actor != null && actor.isTopic()) {
			throw new IllegalArgumentException("The actor must be a subscriber, not a topic");
		}
	}

	/**
	 * @param workflowId the workflow's trigger identifier
	 * @return a builder
	 */
	public static Builder builder(String workflowId) {
		return new Builder(workflowId);
	}

	/** Builder of {@link TriggerRequest}. */
	public static final class Builder {

		private final String name;

		private final List<Recipient> to = new ArrayList<>();

		private @Nullable Map<String, Object> payload;

		private @Nullable Map<String, Object> overrides;

		private @Nullable String transactionId;

		private @Nullable Recipient actor;

		private @Nullable Tenant tenant;

		private @Nullable String bridgeUrl;

		private @Nullable Map<String, Object> controls;

		private @Nullable ContextMap context;

		private Builder(String name) {
			this.name = name;
		}

		/**
		 * Adds a recipient; call it again for more.
		 * @param recipient a subscriber or topic
		 * @return this builder
		 */
		public Builder to(Recipient recipient) {
			this.to.add(Objects.requireNonNull(recipient, "recipient"));
			return this;
		}

		/**
		 * Adds recipients.
		 * @param recipients subscribers or topics
		 * @return this builder
		 */
		public Builder to(List<Recipient> recipients) {
			recipients.forEach(this::to);
			return this;
		}

		/**
		 * Adds a subscriber by id.
		 * @param subscriberId the subscriber's id
		 * @return this builder
		 */
		public Builder toSubscriber(String subscriberId) {
			return to(Recipient.subscriber(subscriberId));
		}

		/**
		 * Adds a topic.
		 * @param topicKey the topic's key
		 * @return this builder
		 */
		public Builder toTopic(String topicKey) {
			return to(Recipient.topic(topicKey));
		}

		/**
		 * @param payload data for the workflow's templates and conditions
		 * @return this builder
		 */
		public Builder payload(@Nullable Map<String, Object> payload) {
			this.payload = payload;
			return this;
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
		 * @param actor the actor, with details
		 * @return this builder
		 */
		public Builder actor(SubscriberRecipient actor) {
			this.actor = Recipient.subscriber(actor);
			return this;
		}

		/**
		 * @param tenantId the tenant's identifier
		 * @return this builder
		 */
		public Builder tenant(String tenantId) {
			this.tenant = Tenant.of(tenantId);
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
		 * @param bridgeUrl a bridge URL for Novu Framework workflows
		 * @return this builder
		 */
		public Builder bridgeUrl(@Nullable String bridgeUrl) {
			this.bridgeUrl = bridgeUrl;
			return this;
		}

		/**
		 * @param controls step control values, {@code {"steps": {..}}}
		 * @return this builder
		 */
		public Builder controls(@Nullable Map<String, Object> controls) {
			this.controls = controls;
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
		 * @throws IllegalArgumentException if the name is blank or there is no recipient
		 */
		public TriggerRequest build() {
			return new TriggerRequest(this.name, this.to, this.payload, this.overrides, this.transactionId,
					this.actor, this.tenant, this.bridgeUrl, this.controls, this.context);
		}

	}

}
