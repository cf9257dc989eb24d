package io.github.novu4j.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * Thrown at startup when a {@code novu.*} property has a value the client cannot use; reported by a
 * failure analyzer that names the property as written in {@code application.yml}, its value, where it was
 * set, and what is valid. Never carries the API key.
 */
public final class NovuConfigurationException extends IllegalStateException {

	/** The property, e.g. {@code novu.retry.max-attempts}. */
	private final String property;

	/** The value as written, or {@code null} when it must not be shown. */
	private final @Nullable String value;

	/** Where it was set, or {@code null} if unknown. */
	private final @Nullable String origin;

	/** What is valid. */
	private final String validValues;

	/** What is wrong with a value that is not shown, or {@code null}. */
	private final @Nullable String problem;

	/**
	 * @param property the property, e.g. {@code novu.retry.max-attempts}
	 * @param value the value as written, or {@code null} when it must not be shown (the API key)
	 * @param origin where it was set (file and line, or property source), or {@code null} if unknown
	 * @param validValues what is valid, e.g. "a whole number of at least 1"
	 * @param problem what is wrong with a value that is not shown, or {@code null}
	 */
	public NovuConfigurationException(String property, @Nullable String value, @Nullable String origin,
			String validValues, @Nullable String problem) {
		super("Invalid value " + ((value != null) ? "'" + value + "'" : "(not shown)") + " for property '" + property
				+ "': must be " + validValues + ((problem != null) ? "; " + problem : ""));
		this.property = property;
		this.value = value;
		this.origin = origin;
		this.validValues = validValues;
		this.problem = problem;
	}

	/** @return the property, e.g. {@code novu.retry.max-attempts} */
	public String getProperty() {
		return this.property;
	}

	/** @return the value as written, or {@code null} when it is not shown */
	public @Nullable String getValue() {
		return this.value;
	}

	/** @return where the value was set, or {@code null} if unknown */
	public @Nullable String getOrigin() {
		return this.origin;
	}

	/** @return what is valid */
	public String getValidValues() {
		return this.validValues;
	}

	/** @return what is wrong with a value that is not shown, or {@code null} */
	public @Nullable String getProblem() {
		return this.problem;
	}

}
