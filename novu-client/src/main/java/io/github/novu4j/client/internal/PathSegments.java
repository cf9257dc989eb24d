package io.github.novu4j.client.internal;

import org.jspecify.annotations.Nullable;

/**
 * Checks values that travel as one path segment. Encoding (done by the URI template expansion) keeps
 * {@code /}, {@code ?}, {@code #} and {@code %} inside the segment; what encoding cannot neutralise is
 * a segment of {@code .} or {@code ..}, which a server or proxy resolves to another route.
 */
public final class PathSegments {

	private PathSegments() {
	}

	/**
	 * @param value the id
	 * @param name its parameter name, for the message
	 * @return the value, unchanged
	 * @throws IllegalArgumentException if the value is null, blank, {@code .} or {@code ..}
	 */
	public static String requireId(@Nullable String value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		if (value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		if (value.equals(".") || value.equals("..")) {
			throw new IllegalArgumentException(name + " must not be '" + value + "': it would leave its path segment");
		}
		return value;
	}

}
