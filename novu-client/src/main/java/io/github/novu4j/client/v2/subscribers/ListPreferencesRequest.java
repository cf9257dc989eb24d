package io.github.novu4j.client.v2.subscribers;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which preferences {@code preferences().list(..)} returns.
 *
 * @param criticality which workflows: {@code nonCritical} (Novu's default), {@code critical} or {@code all}
 * @param contextKeys the preferences of these contexts, e.g. {@code tenant:acme}
 */
public record ListPreferencesRequest(@Nullable Criticality criticality, @Nullable List<String> contextKeys) {

	private static final ListPreferencesRequest NONE = new ListPreferencesRequest(null, null);

	/**
	 * Copies the keys.
	 * @param criticality which workflows
	 * @param contextKeys context keys
	 * @throws IllegalArgumentException if a key is blank
	 */
	public ListPreferencesRequest {
		contextKeys = Checks.contextKeys(contextKeys);
	}

	/** @return Novu's defaults: the non-critical workflows, no context */
	public static ListPreferencesRequest none() {
		return NONE;
	}

	/** Which workflows' preferences to list. */
	public enum Criticality {

		/** Only critical workflows. */
		CRITICAL("critical"),

		/** Only non-critical workflows (Novu's default). */
		NON_CRITICAL("nonCritical"),

		/** Every workflow. */
		ALL("all");

		private final String value;

		Criticality(String value) {
			this.value = value;
		}

		/** @return the value as it travels, e.g. {@code nonCritical} */
		public String value() {
			return this.value;
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}
