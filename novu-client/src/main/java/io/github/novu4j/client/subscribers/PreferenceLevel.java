package io.github.novu4j.client.subscribers;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The level of {@code subscribers.preferences.retrieveByLevel}: the subscriber's global preference or
 * their per-workflow ({@code template}) preferences. An open set, so a level Novu adds later can be
 * requested with {@link #of(String)}.
 *
 * @param value the level as it goes in the path, e.g. {@code global}
 */
public record PreferenceLevel(@JsonValue String value) {

	/** The subscriber's global preference: one entry, without a workflow. */
	public static final PreferenceLevel GLOBAL = new PreferenceLevel("global");

	/** One entry per workflow. */
	public static final PreferenceLevel TEMPLATE = new PreferenceLevel("template");

	/**
	 * Rejects a null value.
	 * @param value the level as it goes in the path, e.g. {@code global}
	 */
	public PreferenceLevel {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a value as Novu sends it
	 * @return the instance for it
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static PreferenceLevel of(String value) {
		return new PreferenceLevel(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
