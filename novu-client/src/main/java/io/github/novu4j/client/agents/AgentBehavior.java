package io.github.novu4j.client.agents;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * How an agent behaves in conversations ({@code AgentBehaviorDto}); sent on update, read back on every
 * agent. Unset fields keep Novu's defaults.
 *
 * @param acknowledgeOnReceived whether incoming messages are acknowledged (typing indicator, or an "eyes"
 * reaction where the platform has none); Novu's default is {@code true}
 * @param reactionOnResolved the cross-platform emoji name added when a conversation is resolved (e.g.
 * {@code check}); Novu's default is {@code check}
 * @param subscriberAccess {@code open} or {@code restricted}: whether senders not linked to a subscriber
 * are answered
 * @param additionalProperties what this record does not model
 */
public record AgentBehavior(@JsonProperty("acknowledgeOnReceived") @Nullable Boolean acknowledgeOnReceived,
		@JsonProperty("reactionOnResolved") @Nullable Object reactionOnResolved,
		@JsonProperty("subscriberAccess") @Nullable String subscriberAccess,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/** Accepts every sender: unknown senders get a lightweight subscriber (managed) or none (self-hosted). */
	public static final String ACCESS_OPEN = "open";

	/** Rejects senders not linked to a subscriber with a managed denial reply. */
	public static final String ACCESS_RESTRICTED = "restricted";

	/**
	 * Copies the additional properties.
	 * @param acknowledgeOnReceived whether incoming messages are acknowledged
	 * @param reactionOnResolved the emoji name added when a conversation is resolved
	 * @param subscriberAccess {@code open} or {@code restricted}
	 * @param additionalProperties what this record does not model
	 */
	public AgentBehavior {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * @param acknowledgeOnReceived whether incoming messages are acknowledged, or {@code null} to keep it
	 * @param reactionOnResolved the emoji name added on resolve, or {@code null} to keep it
	 * @param subscriberAccess {@link #ACCESS_OPEN} or {@link #ACCESS_RESTRICTED}, or {@code null} to keep it
	 * @return a behavior to send
	 */
	public static AgentBehavior of(@Nullable Boolean acknowledgeOnReceived, @Nullable String reactionOnResolved,
			@Nullable String subscriberAccess) {
		return new AgentBehavior(acknowledgeOnReceived, reactionOnResolved, subscriberAccess, null);
	}

}
