package io.github.novu4j.client;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One field that Novu rejected. Built from either validation shape Novu uses: the 2024 {@code cause}
 * map, the 2026 {@code errors} map, or (with no field) an entry of a {@code message} array.
 *
 * @param field the request field, or {@code null} when Novu did not name one
 * @param messages what is wrong with it
 * @param value the value Novu saw, as JSON text, or {@code null}
 */
public record ValidationError(@Nullable String field, List<String> messages, @Nullable String value) {

	/**
	 * Copies the messages.
	 * @param field the request field, or {@code null} when Novu did not name one
	 * @param messages what is wrong with it
	 * @param value the value Novu saw, as JSON text, or {@code null}
	 */
	public ValidationError {
		messages = List.copyOf(messages);
	}

}
