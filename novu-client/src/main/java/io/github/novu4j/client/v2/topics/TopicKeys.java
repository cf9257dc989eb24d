package io.github.novu4j.client.v2.topics;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The rule Novu applies to a new topic key (WIRE-FORMAT-CURRENT §E, 400 otherwise): 1 to 100 characters
 * of {@code a-z A-Z 0-9 _ : . -}, or an email address.
 */
final class TopicKeys {

	static final int MAX_LENGTH = 100;

	private static final Pattern KEY = Pattern.compile("[a-zA-Z0-9_:.-]+");

	private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

	private TopicKeys() {
	}

	static String require(@Nullable String key) {
		if (key == null) {
			throw new IllegalArgumentException("topic key must not be null");
		}
		if (key.isEmpty() || key.length() > MAX_LENGTH
				|| !(KEY.matcher(key).matches() || EMAIL.matcher(key).matches())) {
			throw new IllegalArgumentException("topic key must be 1 to " + MAX_LENGTH
					+ " characters of a-z, A-Z, 0-9, '_', ':', '.' and '-', or an email address, was '" + key + "'");
		}
		if (key.equals(".") || key.equals("..")) {
			throw new IllegalArgumentException("topic key must not be '" + key + "': it would leave its path segment");
		}
		return key;
	}

}
