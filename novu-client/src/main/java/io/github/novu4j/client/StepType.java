package io.github.novu4j.client;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The type of a workflow step: the five delivery channels plus the action steps {@code digest},
 * {@code delay}, {@code trigger} and {@code custom}. Novu reports step types where its schema says
 * "channel" (a notification's channels, the graph statistics, execution details, jobs), which is why
 * values such as {@code digest} appear there. An open set: a type Novu adds later (such as
 * {@code throttle}) arrives as an instance too; compare with the constants.
 *
 * @param value the step type as Novu sends it
 */
public record StepType(@JsonValue String value) {

	/** Delivers an in-app message. */
	public static final StepType IN_APP = new StepType("in_app");

	/** Sends an email. */
	public static final StepType EMAIL = new StepType("email");

	/** Sends an SMS. */
	public static final StepType SMS = new StepType("sms");

	/** Sends a chat message. */
	public static final StepType CHAT = new StepType("chat");

	/** Sends a push notification. */
	public static final StepType PUSH = new StepType("push");

	/** Collects a subscriber's events over a time window and passes them on together, so one message covers them. */
	public static final StepType DIGEST = new StepType("digest");

	/** The trigger itself, which Novu records as the first step of every run. */
	public static final StepType TRIGGER = new StepType("trigger");

	/** Waits for a time, or until a scheduled date, before the next step. */
	public static final StepType DELAY = new StepType("delay");

	/** A custom step of a code-first workflow (Novu Framework), run by your code. */
	public static final StepType CUSTOM = new StepType("custom");

	/**
	 * Rejects a null value.
	 * @param value the step type as Novu sends it
	 */
	public StepType {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a step type as Novu sends it
	 * @return the step type
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static StepType of(String value) {
		return new StepType(value);
	}

	/** @return whether this step delivers a message (one of the {@link ChannelType}s) */
	public boolean isChannel() {
		return IN_APP.equals(this) || EMAIL.equals(this) || SMS.equals(this) || CHAT.equals(this)
				|| PUSH.equals(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
