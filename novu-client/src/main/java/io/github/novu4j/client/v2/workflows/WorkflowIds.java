package io.github.novu4j.client.v2.workflows;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The slug rule of Novu's {@code SLUG_IDENTIFIER_REGEX} for new workflow and step identifiers: letters and
 * digits, with {@code -}, {@code _} or {@code .} only between them.
 */
final class WorkflowIds {

	private static final Pattern SLUG = Pattern.compile("[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*");

	private WorkflowIds() {
	}

	static String requireSlug(@Nullable String value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		if (!SLUG.matcher(value).matches()) {
			throw new IllegalArgumentException(name + " must be letters and digits with '-', '_' or '.' between them, was '"
					+ value + "'");
		}
		return value;
	}

}
