package io.github.novu4j.framework;

/** The kinds of workflow step the bridge serves, with the type name Novu uses on the wire. */
public enum StepType {
	/** An email: output {@link Outputs.Email}. */
	EMAIL("email"),
	/** An SMS: output {@link Outputs.Sms}. */
	SMS("sms"),
	/** A push notification: output {@link Outputs.Push}. */
	PUSH("push"),
	/** A chat message: output {@link Outputs.Chat}. */
	CHAT("chat"),
	/** An Inbox (in-app) notification: output {@link Outputs.InApp}, result {@link Results.InApp}. */
	IN_APP("in_app"),
	/** A digest: output {@link Outputs.Digest}, result {@link Results.Digest}. */
	DIGEST("digest"),
	/** A delay: output {@link Outputs.Delay}, result {@link Results.Delay}. */
	DELAY("delay"),
	/** A throttle: output {@link Outputs.Throttle}, result {@link Results.Throttle}. */
	THROTTLE("throttle"),
	/** Custom code: its output is a record of the application's choosing and is also its result. */
	CUSTOM("custom");

	private final String wireName;

	StepType(String wireName) {
		this.wireName = wireName;
	}

	/**
	 * The name Novu uses for this type ({@code in_app} for {@link #IN_APP}).
	 *
	 * @return the wire name
	 */
	public String wireName() {
		return wireName;
	}
}
