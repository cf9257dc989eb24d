package io.github.novu4j.client.v2.translations;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a translation belongs to ({@code resourceType}): a workflow or a layout. Open: a value Novu
 * adds later reads as a new instance instead of failing.
 *
 * @param value the wire value, e.g. {@code workflow}
 */
public record TranslationResourceType(@JsonValue String value) {

	/** Translations of a workflow. */
	public static final TranslationResourceType WORKFLOW = new TranslationResourceType("workflow");

	/** Translations of a layout. */
	public static final TranslationResourceType LAYOUT = new TranslationResourceType("layout");

	/**
	 * @param value the wire value, e.g. {@code workflow}
	 * @throws IllegalArgumentException if it is blank
	 */
	public TranslationResourceType {
		Objects.requireNonNull(value, "value");
		if (value.isBlank()) {
			throw new IllegalArgumentException("A translation resource type must not be blank");
		}
	}

	/**
	 * @param value the wire value, e.g. {@code workflow}
	 * @return the type
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static TranslationResourceType of(String value) {
		return new TranslationResourceType(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
