package io.github.novu4j.client.messages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The push device tokens a message was sent to. Secrets: {@link #toString()} shows only how many there are.
 *
 * <p>Read tolerantly: Novu's message schema declares the field as an array of arrays, so tokens may
 * arrive nested ({@code [["t1"],["t2"]]}) as well as flat; both become one flat list.
 *
 * @param values the tokens
 */
public record DeviceTokens(@JsonValue List<String> values) {

	/**
	 * Copies the tokens.
	 * @param values the tokens
	 */
	public DeviceTokens {
		values = List.copyOf(values);
	}

	/**
	 * @param raw the JSON value, as plain Java objects: a list (possibly nested) or a single token
	 * @return the tokens
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static DeviceTokens of(Object raw) {
		List<String> tokens = new ArrayList<>();
		flatten(raw, tokens);
		return new DeviceTokens(tokens);
	}

	private static void flatten(@Nullable Object value, List<String> into) {
		if (value instanceof Collection<?> items) {
			items.forEach((item) -> flatten(item, into));
		}
		else if (value != null) {
			into.add(String.valueOf(value));
		}
	}

	@Override
	public String toString() {
		return "DeviceTokens[" + this.values.size() + " redacted]";
	}

}
