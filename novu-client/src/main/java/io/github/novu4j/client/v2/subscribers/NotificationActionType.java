package io.github.novu4j.client.v2.subscribers;

/** Which action button of a notification to complete or revert. */
public enum NotificationActionType {

	/** The primary action button. */
	PRIMARY("primary"),

	/** The secondary action button. */
	SECONDARY("secondary");

	private final String value;

	NotificationActionType(String value) {
		this.value = value;
	}

	/** @return the value as it travels in the path, e.g. {@code primary} */
	public String value() {
		return this.value;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
