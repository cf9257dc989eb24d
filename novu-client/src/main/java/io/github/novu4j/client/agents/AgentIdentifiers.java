package io.github.novu4j.client.agents;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The checks Novu's agent DTOs make, run before anything is sent.
 */
final class AgentIdentifiers {

	/** Novu's {@code SLUG_IDENTIFIER_REGEX}: letters and digits, {@code - _ .} only between them. */
	static final Pattern SLUG = Pattern.compile("^[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$");

	/** The longest agent name Novu accepts ({@code maxLength} of the DTOs). */
	static final int MAX_NAME_LENGTH = 60;

	private AgentIdentifiers() {
	}

	static String requireSlug(@Nullable String identifier) {
		if (identifier == null || identifier.isBlank()) {
			throw new IllegalArgumentException("agent identifier must not be blank");
		}
		if (!SLUG.matcher(identifier).matches()) {
			throw new IllegalArgumentException("agent identifier '" + identifier
					+ "' must be a slug: letters and digits, with - _ or . only between them (Novu answers 422 otherwise)");
		}
		return identifier;
	}

	static @Nullable String checkName(@Nullable String name, boolean required) {
		if (name == null) {
			if (required) {
				throw new IllegalArgumentException("agent name is required");
			}
			return null;
		}
		if (name.isBlank()) {
			throw new IllegalArgumentException("agent name must not be blank");
		}
		if (name.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException(
					"agent name must be at most " + MAX_NAME_LENGTH + " characters, was " + name.length());
		}
		return name;
	}

}
