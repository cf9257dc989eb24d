package io.github.novu4j.client.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Checks of text fields that requests run before anything is sent.
 */
public final class TextChecks {

	private static final Pattern CONTEXT_KEY = Pattern.compile("^[a-zA-Z0-9_-]{1,100}:[a-zA-Z0-9_-]{1,100}$");

	private TextChecks() {
	}

	/**
	 * @param value a required value
	 * @param name its name, for the message
	 * @return the value
	 * @throws IllegalArgumentException if it is null or blank
	 */
	public static String requireText(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return value;
	}

	/**
	 * @param value an optional value
	 * @param name its name, for the message
	 * @return the value
	 * @throws IllegalArgumentException if it is blank (leave it unset instead)
	 */
	public static @Nullable String requireNullOrText(@Nullable String value, String name) {
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank; leave it unset instead");
		}
		return value;
	}

	/**
	 * Checks and copies context keys ({@code type:id}, each part 1 to 100 letters, digits, {@code _} or
	 * {@code -}; WIRE-FORMAT-CURRENT §F).
	 * @param contextKeys the keys, or {@code null}
	 * @return an unmodifiable copy, empty for {@code null}
	 * @throws IllegalArgumentException if a key is not {@code type:id}
	 */
	public static List<String> contextKeys(@Nullable List<String> contextKeys) {
		if (contextKeys == null) {
			return List.of();
		}
		for (String key : contextKeys) {
			if (key == null || !CONTEXT_KEY.matcher(key).matches()) {
				throw new IllegalArgumentException("context key must be type:id, was '" + key + "'");
			}
		}
		return List.copyOf(contextKeys);
	}

}
