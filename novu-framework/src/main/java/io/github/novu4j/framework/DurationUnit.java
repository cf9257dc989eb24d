package io.github.novu4j.framework;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Units of digest, delay and throttle windows, written in lowercase as Novu expects ({@code minutes}). */
public enum DurationUnit {
	/** Seconds. */
	SECONDS,
	/** Minutes. */
	MINUTES,
	/** Hours. */
	HOURS,
	/** Days. */
	DAYS,
	/** Weeks. */
	WEEKS,
	/** Months. */
	MONTHS;

	/**
	 * The wire value.
	 *
	 * @return the lowercase name
	 */
	@JsonValue
	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}
}
